"""The app under test, and clients whose requests really overlap in it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.asgi import create_app
from app.config import Settings, load_settings
from app.db.engine import app_engine


def build_app(url: str) -> Litestar:
    """A new app on `url` with the default settings (0.2-0.4 s: `shared_client` shares one)."""
    return create_app(load_settings(), database_url=url)


# One app per database URL and settings for the whole run: building one costs 0.2-0.4 s, more than most tests.
# The test databases keep their name from test to test (tests/conftest.py), so these are a handful.
_SHARED_APPS: dict[tuple[str, str], Litestar] = {}


@asynccontextmanager
async def shared_client(url: str, settings: Settings | None = None) -> AsyncIterator[AsyncTestClient[Litestar]]:
    """A test client on the app shared by every test with this database URL and these settings. The app keeps
    nothing from one test to the next: its engine is created when the client starts the lifespan and disposed
    (every pooled connection closed) when the client stops, before the test's database is dropped; what the
    app counts (rate limits, idempotency keys) lives in that database."""
    settings = settings or load_settings()
    key = (url, repr(settings))
    if key not in _SHARED_APPS:
        _SHARED_APPS[key] = create_app(settings, database_url=url)
    app = _SHARED_APPS[key]
    async with AsyncTestClient(app=app) as client:
        try:
            yield client
        finally:
            # advanced-alchemy disposes the engine at the end of the lifespan only for the first app of a process
            # (it looks the engine up under the first app's state key): close the pooled connections here, in the
            # client's own event loop, so the next test's client starts with none from this one's closed loop.
            client.blocking_portal.call(app_engine(app).dispose)


@asynccontextmanager
async def overlapping(app: Litestar) -> AsyncIterator[httpx.AsyncClient]:
    """A client whose concurrent requests really overlap in `app`: Litestar's AsyncTestClient hands each request
    to a blocking portal and waits, so a race sent through it never happens. Here the app runs in the test's own
    loop. A context manager, not a fixture: the app's lifespan must end in the task it began in."""
    transport = httpx.ASGITransport(app=app)
    async with app.lifespan(), httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@asynccontextmanager
async def racing_app(database_url: str) -> AsyncIterator[tuple[Litestar, httpx.AsyncClient]]:
    """A new app on `database_url` (for a test that watches its pool) and an overlapping client on it."""
    app = build_app(database_url)
    async with overlapping(app) as http:
        yield app, http


@asynccontextmanager
async def racing_client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with overlapping(build_app(database_url)) as http:
        yield http
