"""The order of the log: a change written by a transaction that commits late must never land behind a cursor a
reader already holds. With sequence numbers alone it does (the control); the feed's horizon prevents it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from uuid import UUID

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.factories import make_forum, make_session
from tests.support.postgres import libpq
from tests.support.statements import Client

RENAME = "UPDATE forum_sessions SET title = jsonb_build_object('en', $2::text) WHERE id = $1"


@pytest.fixture
async def connections(database_url: str) -> AsyncIterator[tuple[asyncpg.Connection, asyncpg.Connection]]:
    late, early = await asyncpg.connect(libpq(database_url)), await asyncpg.connect(libpq(database_url))
    try:
        yield late, early
    finally:
        await late.close()
        await early.close()


async def _two_sessions(db: AsyncSession) -> tuple[UUID, UUID, UUID]:
    forum = await make_forum(db)
    first, second = await make_session(db, forum), await make_session(db, forum)
    await db.commit()
    return forum.id, first.id, second.id


async def test_control_sequence_numbers_alone_let_a_reader_miss_a_committed_change(
    db: AsyncSession, connections: tuple[asyncpg.Connection, asyncpg.Connection]
) -> None:
    forum_id, first, second = await _two_sessions(db)
    late, early = connections
    reader = early
    start = cursor = await reader.fetchval("SELECT max(id) FROM change_events")

    transaction = late.transaction()
    await transaction.start()
    await late.execute(RENAME, first, "late")  # takes the lower sequence number, commits last
    await early.execute(RENAME, second, "early")  # takes the higher one and commits at once
    seen = await reader.fetch(
        "SELECT id, object_id FROM change_events WHERE forum_id = $1 AND id > $2 ORDER BY id", forum_id, cursor
    )
    cursor = max(row["id"] for row in seen)  # a naive reader's cursor: the highest number it saw
    await transaction.commit()
    later = await reader.fetch(
        "SELECT id, object_id FROM change_events WHERE forum_id = $1 AND id > $2 ORDER BY id", forum_id, cursor
    )

    read = {row["object_id"] for row in [*seen, *later]}
    assert second in read
    assert first not in read, "expected the naive reader to miss the late commit"
    written = "SELECT count(*) FROM change_events WHERE object_id = $1 AND id > $2"
    assert await reader.fetchval(written, first, start) == 1, "the late change is in the log all the same"


async def test_the_feed_holds_a_change_back_until_everything_before_it_committed(
    client: Client, db: AsyncSession, connections: tuple[asyncpg.Connection, asyncpg.Connection]
) -> None:
    forum_id, first, second = await _two_sessions(db)
    late, early = connections
    url = f"/api/v1/forums/{forum_id}/changes"
    cursor = (await client.get(url)).json()["next"]  # a first sync's cursor

    transaction = late.transaction()
    await transaction.start()
    await late.execute(RENAME, first, "late")
    await early.execute(RENAME, second, "early")
    page = (await client.get(url, params={"since": cursor})).json()
    # The early commit is held back behind the transaction still running: nothing can land behind `next`.
    assert page["items"] == []
    await transaction.commit()
    page = (await client.get(url, params={"since": page["next"]})).json()

    titles = {item["id"]: item["session"]["title"]["text"] for item in page["items"]}
    assert titles == {str(first): "late", str(second): "early"}
