"""Alembic environment: async engine on asyncpg, metadata from app.db.models."""

from __future__ import annotations

import asyncio

from advanced_alchemy.types import GUID, DateTimeUTC
from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import JSON, pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import async_engine_from_config

import app.db.models  # noqa: F401 - registers every table on the metadata
from app.config import load_settings
from app.db.base import Base
from app.db.bootstrap import resolve_database_url

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    # Tests and the CLI pass the URL in; `alembic` run by hand reads the environment like the app.
    return config.get_main_option("sqlalchemy.url") or resolve_database_url(load_settings())


def render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | bool:
    """Write advanced-alchemy's portable types as the PostgreSQL types they become, so a migration reads as
    the schema it makes and does not import the library's internals."""
    if type_ != "type":
        return False
    autogen_context.imports.add("from sqlalchemy.dialects import postgresql")
    if isinstance(obj, GUID):
        return "postgresql.UUID(as_uuid=True)"
    if isinstance(obj, DateTimeUTC):
        return "sa.DateTime(timezone=True)"
    if isinstance(obj, JSON):  # advanced-alchemy JsonB is JSON with a JSONB variant
        return "postgresql.JSONB()"
    return False


OPTIONS = {"target_metadata": target_metadata, "compare_type": True, "render_item": render_item}


def run_migrations_offline() -> None:
    context.configure(url=_url(), literal_binds=True, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    context.configure(connection=connection, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_online() -> None:
    engine = async_engine_from_config({"sqlalchemy.url": _url()}, prefix="sqlalchemy.", poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_migrations_online())
