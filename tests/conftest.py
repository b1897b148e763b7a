"""Test infrastructure: a real PostgreSQL, built by the migrations, one fresh database per test that writes.

With DATABASE_URL unset, the suite starts a private embedded PostgreSQL (pgserver) in a temporary folder and
deletes it at the end. With DATABASE_URL set, it uses that server, which must allow CREATE DATABASE.

The schema is migrated once into a template database; each test that needs a database gets a copy of it
(CREATE DATABASE ... TEMPLATE), so tests commit for real, as the app does, and never see each other's rows.
Tests that only read the demo forum share one read-only copy of it per module.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.db import migrate
from app.db.embedded import start_embedded
from app.db.urls import sqlalchemy_url, with_database
from app.demo.baku import load_demo
from tests.support.apps import shared_client
from tests.support.postgres import DEMO_TEMPLATE, TEMPLATE, admin, copy_database, fresh_database, libpq

# An in-process test client reads a response to its end, so a live stream under test must end: streams of the
# apps the tests build (and of the servers they start, unless a test says otherwise) last half a second.
os.environ.setdefault("QURULTAY_LIVE_MAX_SECONDS", "0.5")

# Tests that need the machine to themselves: they start servers and time them, or make a race or a rate
# limit's window happen on purpose. `make test` runs them after the others, one at a time (`-m serial`); the
# rest run in parallel workers (pytest-xdist), each with its own PostgreSQL and templates.
SERIAL = (
    "tests/e2e/",
    "tests/integration/accounts/test_rate_limit.py",
    "tests/integration/accounts/test_write_rate_limit.py",
    "tests/integration/accounts/test_refresh_concurrency.py",
    "tests/integration/test_database_unavailable.py",
    "tests/integration/participants/test_participants.py",
    "tests/integration/registrations/test_registrations_concurrency.py",
    "tests/integration/registrations/test_registrations_order.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(SERIAL):
            item.add_marker(pytest.mark.serial)


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A libpq URL of the server's maintenance database."""
    external = os.environ.get("DATABASE_URL")
    if external:
        yield libpq(with_database(sqlalchemy_url(external), "postgres"))
        return
    data_dir = Path(tempfile.mkdtemp(prefix="qurultay-test-pg-")) / "data"
    server = start_embedded(data_dir, delete_on_exit=True)
    yield server.get_uri("postgres")


@pytest.fixture(scope="session")
def template_url(server_url: str) -> str:
    """A database migrated to head by Alembic: the source every test database is copied from."""
    asyncio.run(admin(server_url, f'DROP DATABASE IF EXISTS "{TEMPLATE}"', f'CREATE DATABASE "{TEMPLATE}"'))
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
    url = asyncio.run(copy_database(server_url, DEMO_TEMPLATE, TEMPLATE))
    asyncio.run(_load_demo_into(url))
    return url


@pytest.fixture
async def database_url(server_url: str, template_url: str) -> AsyncIterator[str]:
    """A fresh, empty (but migrated) database for this test. Every test of the process gets the same name (a new
    copy each time, dropped afterwards), so the app built for that name serves them all (`client`)."""
    async with fresh_database(server_url, f"qurultay_test_{os.getpid()}") as url:
        yield url


@pytest.fixture
async def demo_database_url(server_url: str, demo_template_url: str) -> AsyncIterator[str]:
    """A fresh database holding the demo forum, for this test alone."""
    async with fresh_database(server_url, f"qurultay_test_{os.getpid()}_demo", DEMO_TEMPLATE) as url:
        yield url


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with shared_client(database_url) as test_client:
        yield test_client


@pytest.fixture(scope="module")
async def demo_reads_url(server_url: str, demo_template_url: str) -> AsyncIterator[str]:
    """One copy of the demo forum for a module's tests that only read it, read-only, so a test that writes fails
    (PostgreSQL refuses the statement) instead of leaving rows for the next test."""
    name = f"qurultay_test_{os.getpid()}_demo_reads"
    async with fresh_database(server_url, name, DEMO_TEMPLATE) as url:
        await admin(server_url, f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        yield url


@pytest.fixture
def demo_client_url(request: pytest.FixtureRequest) -> str:
    """What `demo_client` serves: the test's own copy of the demo forum when it asks for one (`demo_db` to arrange
    data in it, or `demo_database_url` to write through the API), else the module's read-only copy."""
    if {"demo_db", "demo_database_url"} & set(request.fixturenames):
        return str(request.getfixturevalue("demo_database_url"))
    return str(request.getfixturevalue("demo_reads_url"))


@pytest.fixture
async def demo_client(demo_client_url: str) -> AsyncIterator[AsyncTestClient[Litestar]]:
    async with shared_client(demo_client_url) as test_client:
        yield test_client


@asynccontextmanager
async def _session_on(url: str) -> AsyncIterator[AsyncSession]:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            yield session
    finally:
        await engine.dispose()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[AsyncSession]:
    """A session on the test's database, for arranging data; commit what the app should see."""
    async with _session_on(database_url) as session:
        yield session


@pytest.fixture
async def demo_db(demo_database_url: str) -> AsyncIterator[AsyncSession]:
    async with _session_on(demo_database_url) as session:
        yield session
