"""A cursor older than the log's retention answers 410 with a problem telling the client to sync again from a
snapshot; the snapshot's cursor then works."""

from __future__ import annotations

import datetime

from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from app.domain.changes.repositories import ChangeLogRepository
from tests.support.api import assert_problem
from tests.support.factories import make_forum, make_session
from tests.support.statements import Client


async def prune(database_url: str, keep: datetime.timedelta) -> int:
    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await ChangeLogRepository(connection).prune(keep)
    finally:
        await engine.dispose()


async def test_a_cursor_from_before_pruning_is_gone_and_a_new_snapshot_recovers(
    client: Client, db: AsyncSession, database_url: str
) -> None:
    forum = await make_forum(db)
    session = await make_session(db, forum)
    await db.commit()
    url = f"/api/v1/forums/{forum.id}/changes"
    old = (await client.get(url, params={"since": (await client.get(url)).json()["next"]})).json()["next"]
    session.title = {"en": "Changed after the cursor"}
    await db.commit()

    assert await prune(database_url, datetime.timedelta(0)) > 0

    problem = assert_problem(await client.get(url, params={"since": old}), 410)
    assert "snapshot" in problem["detail"]
    snapshot = (await client.get(url)).json()
    assert str(session.id) in {item["id"] for item in snapshot["items"]}
    assert (await client.get(url, params={"since": snapshot["next"]})).status_code == 200


async def test_pruning_keeps_what_is_younger_than_the_retention(db: AsyncSession, database_url: str) -> None:
    forum = await make_forum(db)
    await make_session(db, forum)
    await db.commit()
    assert await prune(database_url, datetime.timedelta(days=30)) == 0
