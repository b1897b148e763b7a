"""A process's live hub: streams of one shape that open at the same moment share the one feed its
notifications wake. The fan-out benchmark (bench/fanout.py) found that clients subscribing together each made a
feed of their own while the hub looked up the log's horizon, and all but the last were left out of the hub's
map: no notification reached them, and they got each statement only on the 5 s safety poll."""

from __future__ import annotations

import asyncio
from uuid import uuid4

from sqlalchemy.ext.asyncio import create_async_engine

from app.db.read import Reader
from app.domain.changes.live import Hub, StreamKey
from app.domain.changes.queries import ChangeQueries, LogPage
from app.domain.changes.schemas import Change
from app.domain.changes.services import Position
from app.lib.viewer import PUBLIC


async def test_streams_opening_together_share_the_feed_the_hub_wakes(database_url: str) -> None:
    engine = create_async_engine(database_url)

    async def render(_page: LogPage, _key: StreamKey) -> list[tuple[Position, Change]]:
        return []

    hub = Hub(engine, ChangeQueries(Reader(engine)), render, queue_size=8)
    key = StreamKey(scope="session", scope_id=uuid4(), forum_id=uuid4(), viewer=PUBLIC, langs=("en",))
    try:
        subscribers = await asyncio.gather(*(hub.subscribe(key) for _ in range(5)))
        assert set(hub.feeds) == {key}
        missed = [s for s in subscribers if s not in hub.feeds[key].subscribers]
        assert not missed, f"{len(missed)} of 5 subscribers are on feeds the hub's notifications never wake"
        for subscriber in subscribers:
            hub.unsubscribe(key, subscriber)
        assert not hub.feeds
    finally:
        await hub.close()
        await engine.dispose()
