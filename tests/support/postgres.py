"""The test server's databases: URLs in libpq form, administration statements, copies of the templates."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg

from app.db.urls import sqlalchemy_url, with_database

# With pytest-xdist (`make test` runs two workers) each worker builds its own templates: on a shared
# DATABASE_URL server, two workers must not drop and rebuild one template under each other's copies.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
TEMPLATE = f"qurultay_test_template{_WORKER}"  # the migrated schema (tests/conftest.py builds it once per session)
DEMO_TEMPLATE = f"qurultay_test_demo{_WORKER}"  # the schema plus the Baku demo forum


def libpq(url: str) -> str:
    """The URL asyncpg, psql and `DATABASE_URL` take: SQLAlchemy's driver name dropped."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def admin(server_url: str, *statements: str) -> None:
    """Run statements one by one on their own connection: CREATE and DROP DATABASE refuse a transaction."""
    connection = await asyncpg.connect(libpq(server_url))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def fetch(url: str, query: str) -> list[tuple[Any, ...]]:
    connection = await asyncpg.connect(libpq(url))
    try:
        return [tuple(row) for row in await connection.fetch(query)]
    finally:
        await connection.close()


async def copy_database(server_url: str, name: str, template: str = TEMPLATE) -> str:
    """A fresh copy of `template` named `name` (replacing one a crashed run left); answers its SQLAlchemy URL."""
    await admin(server_url, f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return sqlalchemy_url(with_database(server_url, name))


async def drop_database(server_url: str, name: str) -> None:
    await admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def fresh_database(server_url: str, name: str, template: str = TEMPLATE) -> AsyncIterator[str]:
    """A copy of `template` for as long as the block runs; answers its SQLAlchemy URL, drops it afterwards."""
    url = await copy_database(server_url, name, template)
    try:
        yield url
    finally:
        await drop_database(server_url, name)
