"""Live streams: each worker process listens on one PostgreSQL connection and fans changes out to its clients.

The change log's triggers NOTIFY `qurultay_changes` with the forum id at commit (migration 0006), which reaches
every process of every instance on the database. A process keeps one `Feed` per stream shape (a forum's
changes or a session's statements, seen by one kind of caller in one language): on a notification it reads the
log once past its position, renders the items once, and offers them to each subscriber's bounded queue. A
subscriber that falls `live_queue_size` items behind is dropped, never buffered without bound; it reconnects
with Last-Event-ID and resumes from the log. A feed also looks again on a timer, so a lost notification, or a
change held back by an older transaction still running (the horizon), delays an item but never loses it.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine

from app.domain.changes.queries import ChangeQueries, LogPage
from app.domain.changes.schemas import Change
from app.domain.changes.services import ChangeFeed, Position, decode_position, next_position, position_cursor
from app.lib.errors import NotFoundError
from app.lib.viewer import Viewer

CHANNEL = "qurultay_changes"
PAGE = 100
# How soon a feed looks again while changes are written but held back by an older running transaction, and
# how often it looks anyway (a notification lost with a dropped listening connection).
PENDING_POLL = 0.05
SAFETY_POLL = 5.0
RECONNECT_DELAY = 1.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StreamKey:
    scope: str  # "forum" or "session"
    scope_id: UUID
    forum_id: UUID
    viewer: Viewer
    langs: tuple[str, ...]


# How a feed turns a page of the log into items: ChangeFeed.items with the stream's viewer and languages.
Render = Callable[[LogPage, "StreamKey"], Awaitable[Sequence[tuple[Position, Change]]]]


class DroppedError(Exception):
    """The subscriber fell too far behind: it is told so, and resumes from the log with its last event id."""


@dataclass(eq=False)
class Subscriber:
    size: int
    queue: asyncio.Queue[tuple[Position, Change] | None] = field(init=False)

    def __post_init__(self) -> None:
        self.queue = asyncio.Queue(maxsize=self.size)

    def offer(self, items: Sequence[tuple[Position, Change]]) -> None:
        for item in items:
            try:
                self.queue.put_nowait(item)
            except asyncio.QueueFull:
                # Make room for the one sentinel that ends its stream: what was waiting is dropped with it.
                while not self.queue.empty():
                    self.queue.get_nowait()
                self.queue.put_nowait(None)
                return

    def close(self) -> None:
        with contextlib.suppress(asyncio.QueueFull):
            self.queue.put_nowait(None)


class Feed:
    """One stream shape in this process: reads the log once per change and offers the items to every
    subscriber."""

    def __init__(self, hub: Hub, key: StreamKey, position: Position) -> None:
        self.hub = hub
        self.key = key
        self.position = position
        self.subscribers: set[Subscriber] = set()
        self.wake = asyncio.Event()
        self.reading = asyncio.Lock()
        self.task: asyncio.Task[None] | None = None

    async def run(self) -> None:
        timeout = SAFETY_POLL
        while self.subscribers:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wake.wait(), timeout)
            self.wake.clear()
            try:
                pending = await self.catch_up()
            except Exception:  # the database away: keep the streams, look again later
                log.warning("live feed %s could not read the change log", self.key.scope_id, exc_info=True)
                pending = False
            timeout = PENDING_POLL if pending else SAFETY_POLL

    async def catch_up(self) -> bool:
        async with self.reading:  # one reader at a time: two would offer the same page twice
            return await self._catch_up()

    async def _catch_up(self) -> bool:
        while True:
            page = await self.hub.queries.page(self.key.scope, self.key.scope_id, after=self.position, limit=PAGE)
            items = await self.hub.render(page, self.key)
            self.position, more = next_position(page, self.position, PAGE)
            for subscriber in list(self.subscribers):
                subscriber.offer(items)
            if not more:
                return page.pending


class Hub:
    """This process's listening connection and its feeds."""

    def __init__(self, engine: AsyncEngine, queries: ChangeQueries, render: Render, *, queue_size: int) -> None:
        self.engine = engine
        self.queries = queries
        self.render = render
        self.queue_size = queue_size
        self.feeds: dict[StreamKey, Feed] = {}
        self.listener: asyncpg.Connection | None = None
        self.connecting: asyncio.Task[None] | None = None
        self.closed = False

    async def listen(self) -> None:
        """Open the listening connection once (the first stream of the process asks for it)."""
        if self.listener is not None and not self.listener.is_closed():
            return
        if self.connecting is None or self.connecting.done():
            self.connecting = asyncio.create_task(self._connect())
        await asyncio.shield(self.connecting)

    async def _connect(self) -> None:
        args, kwargs = self.engine.dialect.create_connect_args(self.engine.url)
        accepted = inspect.signature(asyncpg.connect).parameters
        connection = await asyncpg.connect(*args, **{k: v for k, v in kwargs.items() if k in accepted})
        await connection.add_listener(CHANNEL, self._notified)
        connection.add_termination_listener(self._lost)
        self.listener = connection

    def _notified(self, _connection: object, _pid: int, _channel: str, payload: str) -> None:
        forum_id = UUID(payload)
        for key, feed in self.feeds.items():
            if key.forum_id == forum_id:
                feed.wake.set()

    def _lost(self, _connection: object) -> None:
        """The listening connection died: every feed looks now (and on its timer) while it is reopened."""
        self.listener = None
        for feed in self.feeds.values():
            feed.wake.set()
        if not self.closed and self.feeds:
            asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        while not self.closed and self.listener is None:
            try:
                await self.listen()
            except Exception:  # noqa: BLE001 - the database is away: try again
                await asyncio.sleep(RECONNECT_DELAY)

    async def subscribe(self, key: StreamKey) -> Subscriber:
        await self.listen()
        feed = self.feeds.get(key)
        if feed is None:
            horizon = await self.queries.horizon()
            # Looked up again after the await: a stream opening at the same moment may have made the feed, and a
            # second one would be left out of `feeds`, where no notification reaches it.
            feed = self.feeds.get(key)
            if feed is None:
                feed = self.feeds[key] = Feed(self, key, (horizon, 0))
        subscriber = Subscriber(self.queue_size)
        feed.subscribers.add(subscriber)
        if feed.task is None or feed.task.done():
            feed.task = asyncio.create_task(feed.run())
        return subscriber

    def unsubscribe(self, key: StreamKey, subscriber: Subscriber) -> None:
        feed = self.feeds.get(key)
        if feed is None:
            return
        feed.subscribers.discard(subscriber)
        if not feed.subscribers:
            del self.feeds[key]
            feed.wake.set()  # its task sees no subscribers and ends

    async def close(self) -> None:
        """At shutdown: end every stream (so the server can stop) and the listening connection."""
        self.closed = True
        for feed in list(self.feeds.values()):
            for subscriber in feed.subscribers:
                subscriber.close()
        if self.listener is not None:
            await self.listener.close()
            self.listener = None


async def follow(
    hub: Hub,
    key: StreamKey,
    start: Position,
    *,
    catch_up: Callable[[Position], Any],
    heartbeat: float,
    lifetime: float,
) -> AsyncIterator[tuple[Position, Change] | None]:
    """A subscriber's items from `start` on: first what the log holds past it, then what its feed offers, each
    once (items at or before what was already sent are skipped), until `lifetime` seconds have passed. Yields
    None for a heartbeat."""
    loop = asyncio.get_running_loop()
    ends = loop.time() + lifetime
    subscriber = await hub.subscribe(key)  # first, so nothing written meanwhile falls between the two
    try:
        sent = start
        while True:
            page: LogPage
            items, page = await catch_up(sent)
            for position, item in items:
                yield position, item
            sent, more = next_position(page, sent, PAGE)
            if not more:
                break
        while (left := ends - loop.time()) > 0:
            try:
                entry = await asyncio.wait_for(subscriber.queue.get(), min(heartbeat, left))
            except TimeoutError:
                yield None
                continue
            if entry is None:
                raise DroppedError
            if entry[0] > sent:
                sent = entry[0]
                yield entry
    finally:
        hub.unsubscribe(key, subscriber)


class LiveStreams:
    """The live streams of one request: where it starts, what it follows (app/domain/changes/live.py)."""

    def __init__(self, feed: ChangeFeed, hub: Hub, *, heartbeat: float, lifetime: float) -> None:
        self.feed = feed
        self.hub = hub
        self.heartbeat = heartbeat
        self.lifetime = lifetime

    async def forum(
        self, key: str, *, since: str | None, langs: list[str], viewer: Viewer
    ) -> tuple[str, AsyncIterator[tuple[Position, Change] | None]]:
        forum_id = await self.feed.forum_id(key, viewer=viewer, syncing=since is not None)
        return await self._follow("forum", forum_id, forum_id, since=since, langs=langs, viewer=viewer)

    async def session(
        self, session_id: UUID, *, since: str | None, langs: list[str], viewer: Viewer
    ) -> tuple[str, AsyncIterator[tuple[Position, Change] | None]]:
        session = await self.feed.renderer.sessions.get(session_id, langs=langs, viewer=viewer)
        if session is None:
            raise NotFoundError(f"no session {session_id}")
        return await self._follow("session", session_id, session.forum_id, since=since, langs=langs, viewer=viewer)

    async def _follow(
        self, scope: str, scope_id: UUID, forum_id: UUID, *, since: str | None, langs: list[str], viewer: Viewer
    ) -> tuple[str, AsyncIterator[tuple[Position, Change] | None]]:
        """Checked before the stream starts, so a bad or expired cursor is a problem answer, not a broken
        stream: from `since` (a feed's `next`, or the Last-Event-ID of a dropped stream), else from now. Answers
        the start's cursor with the stream: the client resumes from it even if it drops before any change."""
        start = decode_position(since) if since else (await self.feed.queries.horizon(), 0)
        await self.feed.read(scope, scope_id, start, langs=langs, viewer=viewer, limit=1)
        key = StreamKey(scope=scope, scope_id=scope_id, forum_id=forum_id, viewer=viewer, langs=tuple(langs))

        async def catch_up(after: Position) -> tuple[list[tuple[Position, Change]], LogPage]:
            return await self.feed.read(scope, scope_id, after, langs=langs, viewer=viewer, limit=PAGE)

        stream = follow(self.hub, key, start, catch_up=catch_up, heartbeat=self.heartbeat, lifetime=self.lifetime)
        return position_cursor(start), stream
