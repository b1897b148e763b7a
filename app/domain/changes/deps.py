from __future__ import annotations

from typing import Any

from litestar import Litestar, Request
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import SETTINGS_STATE_KEY
from app.db.engine import app_engine
from app.db.read import Reader, TransactionReader
from app.domain.changes.live import Hub, LiveStreams, StreamKey
from app.domain.changes.mine import MyChanges
from app.domain.changes.queries import ChangeQueries, LogPage
from app.domain.changes.render import Renderer
from app.domain.changes.schemas import Change
from app.domain.changes.services import ChangeFeed, Position
from app.domain.registrations.access import Caller
from app.domain.registrations.repositories import RegistrationRepository
from app.lib.principal import Principal


def provide_change_feed(reader: NamedDependency[Reader]) -> ChangeFeed:
    """Reads on the lean Reader: no ORM session, no transaction."""
    return ChangeFeed(ChangeQueries(reader), Renderer(reader))


def provide_my_changes(db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]) -> MyChanges:
    caller = Caller(RegistrationRepository(db_session), principal)
    return MyChanges(ChangeQueries(TransactionReader(db_session)), caller)


HUB_STATE_KEY = "live_hub"


def provide_live_streams(request: Request[Any, Any, Any], reader: NamedDependency[Reader]) -> LiveStreams:
    """The process's hub is made by the first stream (most processes of a test run never open one)."""
    settings = request.app.state[SETTINGS_STATE_KEY]
    hub = request.app.state.get(HUB_STATE_KEY)
    if hub is None:
        engine = app_engine(request.app)
        background = ChangeFeed(ChangeQueries(Reader(engine)), Renderer(Reader(engine)))

        async def render(page: LogPage, key: StreamKey) -> list[tuple[Position, Change]]:
            return await background.items(page.events, langs=list(key.langs), viewer=key.viewer)

        hub = Hub(engine, background.queries, render, queue_size=settings.live_queue_size)
        request.app.state[HUB_STATE_KEY] = hub
    return LiveStreams(
        provide_change_feed(reader),
        hub,
        heartbeat=settings.live_heartbeat_seconds,
        lifetime=settings.live_max_seconds,
    )


async def close_live_hub(app: Litestar) -> None:
    """On shutdown: end the streams, so the server stops without waiting for their clients."""
    hub = app.state.get(HUB_STATE_KEY)
    if hub is not None:
        await hub.close()
