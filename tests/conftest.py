"""Test infrastructure: a real PostgreSQL, built by the migrations, one fresh database per test that writes.

With DATABASE_URL unset, the suite starts a private embedded PostgreSQL (pgserver) in a temporary folder and
deletes it at the end. With DATABASE_URL set, it uses that server, which must allow CREATE DATABASE.

The schema is migrated once into a template database; each test that needs a database gets a copy of it
(CREATE DATABASE ... TEMPLATE), so tests commit for real, as the app does, and never see each other's rows.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.asgi import create_app
from app.config import load_settings
from app.db import migrate
from app.db.embedded import start_embedded
from app.db.urls import sqlalchemy_url, with_database
from app.demo.baku import load_demo

TEMPLATE = "qurultay_test_template"
DEMO_TEMPLATE = "qurultay_test_demo"
_counter = itertools.count()


def _libpq(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A libpq URL of the server's maintenance database."""
    external = os.environ.get("DATABASE_URL")
    if external:
        yield _libpq(with_database(sqlalchemy_url(external), "postgres"))
        return
    data_dir = Path(tempfile.mkdtemp(prefix="qurultay-test-pg-")) / "data"
    server = start_embedded(data_dir, delete_on_exit=True)
    yield server.get_uri("postgres")


async def _admin(server_url: str, *statements: str) -> None:
    connection = await asyncpg.connect(server_url)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def _create_from(server_url: str, name: str, template: str) -> str:
    await _admin(server_url, f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return sqlalchemy_url(with_database(server_url, name))


async def _drop(server_url: str, name: str) -> None:
    await _admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def template_url(server_url: str) -> str:
    """A database migrated to head by Alembic: the source every test database is copied from."""
    asyncio.run(_admin(server_url, f'DROP DATABASE IF EXISTS "{TEMPLATE}"', f'CREATE DATABASE "{TEMPLATE}"'))
    url = sqlalchemy_url(with_database(server_url, TEMPLATE))
    migrate.upgrade(url)
    return url


async def _load_demo_into(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            await load_demo(session)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def demo_template_url(server_url: str, template_url: str) -> str:
    """The migrated schema plus the Baku demo forum."""
    url = asyncio.run(_create_from(server_url, DEMO_TEMPLATE, TEMPLATE))
    asyncio.run(_load_demo_into(url))
    return url


@pytest.fixture
async def database_url(server_url: str, template_url: str) -> AsyncIterator[str]:
    """A fresh, empty (but migrated) database for this test."""
    name = f"qurultay_test_{os.getpid()}_{next(_counter)}"
    url = await _create_from(server_url, name, TEMPLATE)
    yield url
    await _drop(server_url, name)


@pytest.fixture
async def demo_database_url(server_url: str, demo_template_url: str) -> AsyncIterator[str]:
    """A fresh database holding the demo forum, for this test alone."""
    name = f"qurultay_test_{os.getpid()}_{next(_counter)}"
    url = await _create_from(server_url, name, DEMO_TEMPLATE)
    yield url
    await _drop(server_url, name)


def build_app(url: str) -> Litestar:
    return create_app(load_settings(), database_url=url)


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=build_app(database_url)) as test_client:
        yield test_client


@pytest.fixture
async def demo_client(demo_database_url: str) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with AsyncTestClient(app=build_app(demo_database_url)) as test_client:
        yield test_client


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[AsyncSession]:
    """A session on the test's database, for arranging data; commit what the app should see."""
    engine = create_async_engine(database_url)
    async with async_sessionmaker(engine, expire_on_commit=False)() as session:
        yield session
    await engine.dispose()


@pytest.fixture
async def demo_db(demo_database_url: str) -> AsyncIterator[AsyncSession]:
    engine = create_async_engine(demo_database_url)
    async with async_sessionmaker(engine, expire_on_commit=False)() as session:
        yield session
    await engine.dispose()
