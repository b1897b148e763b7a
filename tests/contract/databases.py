"""Databases of the contract tests' own, copied from the migrated template like every test database
(tests/conftest.py), but living as long as a module's fuzzing or a journey's server needs them."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg

from app.db.urls import sqlalchemy_url, with_database

TEMPLATE = "qurultay_test_template"


async def _admin(server_url: str, *statements: str) -> None:
    connection = await asyncpg.connect(server_url)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


@contextmanager
def scratch_database(server_url: str, label: str, template: str = TEMPLATE) -> Iterator[str]:
    """A fresh copy of `template` (the migrated schema); yields its SQLAlchemy URL and drops it afterwards."""
    name = f"qurultay_contract_{label}_{os.getpid()}"
    asyncio.run(
        _admin(server_url, f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    )
    try:
        yield sqlalchemy_url(with_database(server_url, name))
    finally:
        asyncio.run(_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
