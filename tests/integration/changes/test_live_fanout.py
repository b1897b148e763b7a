"""A process's live feed reads the log once per change and offers the items to every subscriber's bounded
queue: a subscriber that falls behind is dropped (told so), never buffered without bound, and the others keep
every item."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from app.db.models.enums import StatementStatus
from app.db.read import Reader
from app.domain.changes.live import Hub, StreamKey
from app.domain.changes.queries import ChangeQueries, LogPage
from app.domain.changes.render import Renderer
from app.domain.changes.schemas import Change
from app.domain.changes.services import ChangeFeed, Position
from app.lib.viewer import PUBLIC
from tests.support.factories import make_statement
from tests.support.statements import build_stage

SLOW_QUEUE = 2
CHANGES = 5


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    yield engine
    await engine.dispose()


def hub_on(engine: AsyncEngine, queue_size: int) -> Hub:
    feed = ChangeFeed(ChangeQueries(Reader(engine)), Renderer(Reader(engine)))

    async def render(page: LogPage, key: StreamKey) -> list[tuple[Position, Change]]:
        return await feed.items(page.events, langs=list(key.langs), viewer=key.viewer)

    return Hub(engine, feed.queries, render, queue_size=queue_size)


async def test_a_subscriber_that_falls_behind_is_dropped_and_the_others_get_everything(
    db: AsyncSession, engine: AsyncEngine
) -> None:
    stage = await build_stage(db)
    key = StreamKey("session", stage.session.id, stage.team.forum.id, PUBLIC, ("en",))
    slow_hub, roomy_hub = hub_on(engine, SLOW_QUEUE), hub_on(engine, 100)
    try:
        slow, roomy = await slow_hub.subscribe(key), await roomy_hub.subscribe(key)
        published = [
            await make_statement(db, stage.speaker_a, status=StatementStatus.PUBLISHED, position=index)
            for index in range(CHANGES)
        ]
        await db.commit()
        for hub in (slow_hub, roomy_hub):
            await hub.feeds[key].catch_up()  # what a notification wakes the feed to do

        assert slow.queue.qsize() == 1
        assert slow.queue.get_nowait() is None, "the slow subscriber was not told it was dropped"
        delivered = [roomy.queue.get_nowait() for _ in range(roomy.queue.qsize())]
        assert [entry[1].id for entry in delivered if entry is not None] == [item.id for item in published]
    finally:
        await slow_hub.close()
        await roomy_hub.close()


async def test_a_notification_wakes_the_feed_of_that_forum(db: AsyncSession, engine: AsyncEngine) -> None:
    stage = await build_stage(db)
    key = StreamKey("session", stage.session.id, stage.team.forum.id, PUBLIC, ("en",))
    hub = hub_on(engine, 10)
    try:
        subscriber = await hub.subscribe(key)
        statement = await make_statement(db, stage.speaker_a, status=StatementStatus.PUBLISHED)
        await db.commit()
        # Well under the feed's safety poll (5 s): only the NOTIFY can have woken it this soon.
        entry = await asyncio.wait_for(subscriber.queue.get(), 3)
        assert entry is not None
        assert entry[1].id == statement.id
    finally:
        await hub.close()
