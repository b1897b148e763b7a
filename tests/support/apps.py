"""The app under test, and clients whose requests really overlap in it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from litestar import Litestar

from app.asgi import create_app
from app.config import load_settings


def build_app(url: str) -> Litestar:
    """A new app on `url` with the default settings (0.2-0.4 s: the fixtures share one per database name)."""
    return create_app(load_settings(), database_url=url)


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
