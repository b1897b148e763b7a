"""The Python SDK's sync helper (qurultay_client.api.changes.sync_forum, written by hand in
openapi/templates/python/changes_sync.py.jinja) against the real server on the demo forum: a first sync pages
through the whole public forum, an incremental one gives exactly what changed, an expired cursor is an error that
says so."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from qurultay_client import Client
from qurultay_client.api.changes import ChangeFeedError, ForumSync, asyncio_sync_forum, sync_forum
from qurultay_client.api.sessions import list_forum_sessions
from qurultay_client.models import Forum, SessionPage
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from app.demo.baku import DEMO_FORUM_SLUG
from tests.support.postgres import DEMO_TEMPLATE

from .databases import scratch_database
from .server import running_server


async def _execute(url: str, statement: str, **params: object) -> None:
    """A write straight to the database, committed: the change log's triggers record it like any other."""
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(statement), params)
    finally:
        await engine.dispose()


@pytest.fixture
def served(server_url: str, demo_template_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    with (
        scratch_database(server_url, "pysync", template=DEMO_TEMPLATE) as url,
        running_server(url, tmp_path / "serve.log") as base,
    ):
        yield base, url


def test_the_python_client_syncs_the_demo_forum_then_only_what_changed(served: tuple[str, str]) -> None:
    base, url = served
    with Client(base_url=base) as public:
        first = sync_forum(DEMO_FORUM_SLUG, client=public, limit=7, lang="en")

        assert isinstance(first, ForumSync)
        assert first.snapshot
        assert first.pages > 1, "a small page, so the helper follows `next`"
        kinds = Counter(str(item.kind) for item in first.items)
        assert kinds["forum"] == 1
        assert {"session", "participant", "person", "organization", "statement"} <= set(kinds)
        assert len({(str(item.kind), item.id) for item in first.items}) == len(first.items), "an object twice"
        forum = next(item.forum for item in first.items if str(item.kind) == "forum")
        assert isinstance(forum, Forum)
        assert forum.slug == DEMO_FORUM_SLUG
        agenda = list_forum_sessions.sync(forum.id, client=public, limit=100)
        assert isinstance(agenda, SessionPage), agenda
        assert {item.id for item in first.items if str(item.kind) == "session"} == {s.id for s in agenda.items}

        statement_id = next(item.id for item in first.items if str(item.kind) == "statement")
        asyncio.run(
            _execute(
                url,
                "UPDATE statements SET status = 'retracted', retraction_reason = 'misquoted' WHERE id = :id",
                id=statement_id,
            )
        )

        async def incremental() -> ForumSync:
            async with Client(base_url=base) as client:
                return await asyncio_sync_forum(DEMO_FORUM_SLUG, client=client, since=first.next)

        later = asyncio.run(incremental())
        assert not later.snapshot
        assert [(str(i.kind), i.id, str(i.change), i.reason) for i in later.items] == [
            ("statement", statement_id, "upsert", "retracted")
        ]
        assert getattr(later.items[0].statement, "retraction_reason", None) == "misquoted"

        # The log no longer reaches back to the first sync's cursor.
        asyncio.run(_execute(url, "UPDATE change_log_state SET pruned_xid = pg_current_xact_id(), pruned_id = 1"))
        with pytest.raises(ChangeFeedError) as expired:
            sync_forum(DEMO_FORUM_SLUG, client=public, since=first.next)
        assert expired.value.cursor_expired
        assert expired.value.problem is not None
        assert expired.value.problem.status == 410
