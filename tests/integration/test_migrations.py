"""Alembic is the only way the schema changes: the migrations go up, down and up again on an empty database,
and the schema they build is the one the models describe."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pycountry
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import create_async_engine

import app.db.models  # noqa: F401 - registers every table on the metadata
from app.db import migrate
from app.db.base import Base
from app.db.urls import sqlalchemy_url, with_database
from tests.support.postgres import admin, fetch

MEMBERS = {"AZ", "KZ", "KG", "TR", "UZ"}
OBSERVERS = {"HU", "TM"}

# The catalog as PostgreSQL itself prints it, so a schema built by the migrations and one built from the models
# can be compared exactly, including what alembic's autogenerate does not look at (CHECK and EXCLUDE
# constraints, index predicates).
CATALOG = {
    "columns": """
        SELECT table_name, column_name, data_type, udt_name, character_maximum_length, is_nullable,
               column_default, is_identity, identity_generation, is_generated, generation_expression
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'alembic_version'
        ORDER BY 1, 2""",
    "constraints": """
        SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid <> 0 AND c.conrelid::regclass::text <> 'alembic_version'
        ORDER BY 1, 2""",
    "indexes": """
        SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> 'alembic_version'
        ORDER BY 1, 2""",
}
FUNCTIONS = """
    SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' ORDER BY p.oid"""


async def _new_database(server_url: str) -> tuple[str, str]:
    name = f"qurultay_migrations_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    await admin(server_url, f'CREATE DATABASE "{name}"')
    return name, sqlalchemy_url(with_database(server_url, name))


@pytest.fixture
async def empty_database(server_url: str) -> AsyncIterator[str]:
    name, url = await _new_database(server_url)
    yield url
    await admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
async def migrated_database(server_url: str) -> AsyncIterator[str]:
    name, url = await _new_database(server_url)
    await asyncio.to_thread(migrate.upgrade, url)
    yield url
    await admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _tables(url: str) -> set[str]:
    rows = await fetch(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return {name for (name,) in rows}


async def _leftovers(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Everything in the public schema but the alembic_version table."""
    queries = {
        "relations": """SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relname NOT IN ('alembic_version', 'alembic_version_pkc')""",
        "functions": """SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname = 'public'""",
        "types": """SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0""",
    }
    return {kind: await fetch(url, query) for kind, query in queries.items()}


def _head() -> str:
    head = ScriptDirectory.from_config(migrate.alembic_config("postgresql://unused")).get_current_head()
    assert head is not None
    return head


async def test_up_down_and_up_again_on_an_empty_database(empty_database: str) -> None:
    url = empty_database
    model_tables = set(Base.metadata.tables)

    await asyncio.to_thread(migrate.upgrade, url)
    assert await _tables(url) == model_tables | {"alembic_version"}
    assert await fetch(url, "SELECT version_num FROM alembic_version") == [(_head(),)]

    await asyncio.to_thread(migrate.downgrade, url, "base")
    assert await _tables(url) == {"alembic_version"}
    assert await fetch(url, "SELECT version_num FROM alembic_version") == []
    assert await _leftovers(url) == {"relations": [], "functions": [], "types": []}

    await asyncio.to_thread(migrate.upgrade, url)
    assert await _tables(url) == model_tables | {"alembic_version"}
    assert await fetch(url, "SELECT version_num FROM alembic_version") == [(_head(),)]
    assert await fetch(url, "SELECT count(*) FROM countries") == [(len(pycountry.countries),)]


async def test_upgrading_an_up_to_date_database_changes_nothing(migrated_database: str) -> None:
    before = {kind: await fetch(migrated_database, query) for kind, query in CATALOG.items()}

    await asyncio.to_thread(migrate.upgrade, migrated_database)

    assert {kind: await fetch(migrated_database, query) for kind, query in CATALOG.items()} == before


async def test_autogenerate_finds_no_difference_between_models_and_migrations(migrated_database: str) -> None:
    def compare(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": True})
        return compare_metadata(context, Base.metadata)

    engine = create_async_engine(migrated_database)
    try:
        async with engine.connect() as connection:
            differences = await connection.run_sync(compare)
    finally:
        await engine.dispose()

    assert differences == [], "the models and the migrations disagree; write a migration (make migration m=...)"


async def test_the_migrated_catalog_is_the_models_catalog(server_url: str, migrated_database: str) -> None:
    # Autogenerate does not compare CHECK or EXCLUDE constraints, nor index predicates: build the schema a
    # second time from the models alone (create_all) and compare the two as PostgreSQL describes them.
    name, models_url = await _new_database(server_url)
    try:
        functions = await fetch(migrated_database, FUNCTIONS)  # the migrations' SQL functions the columns use
        engine = create_async_engine(models_url)
        try:
            async with engine.begin() as connection:
                for (definition,) in functions:
                    await connection.execute(text(definition))
                await connection.run_sync(Base.metadata.create_all)
        finally:
            await engine.dispose()

        for kind, query in CATALOG.items():
            migrated = set(await fetch(migrated_database, query))
            modelled = set(await fetch(models_url, query))
            assert migrated - modelled == set(), f"{kind} the migrations make but the models do not describe"
            assert modelled - migrated == set(), f"{kind} the models describe but no migration makes"
    finally:
        await admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def test_countries_are_every_iso_country_with_ots_membership(migrated_database: str) -> None:
    rows = await fetch(migrated_database, "SELECT code, alpha3, name, ots_status FROM countries")
    by_code = {code: (alpha3, name, status) for code, alpha3, name, status in rows}

    assert set(by_code) == {country.alpha_2 for country in pycountry.countries}
    assert len(rows) == len(pycountry.countries)
    for country in pycountry.countries:
        assert by_code[country.alpha_2][0] == country.alpha_3
    assert {code for code, (_, _, status) in by_code.items() if status == "member"} == MEMBERS
    assert {code for code, (_, _, status) in by_code.items() if status == "observer"} == OBSERVERS
    assert by_code["AZ"][1] == "Azerbaijan"
    assert by_code["TR"][1] in {"Türkiye", "Turkey"}
