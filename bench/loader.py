"""Loads a benchmark dataset into a database of its own, migrated by Alembic, and keeps it between runs.

A loaded database carries a marker in its COMMENT: the dataset version, seed, scale and the migration head it
was loaded under. A later run reuses it when the marker matches and reloads it from scratch when it does not
(new generator, other seed, or a new migration), so a cached dataset is never stale.

Rows go in with COPY (binary through asyncpg `copy_records_to_table` for the small tables, CSV made by forked
generator processes for the big ones). The secondary indexes of the big tables are
dropped before their COPY and rebuilt after it from the definitions PostgreSQL reports for them
(`pg_get_indexdef`), so the schema ends exactly as Alembic made it; foreign keys and CHECK constraints stay
on and check every row.

The change log's triggers (`*_record_change`, migration 0006) are disabled for the load and enabled again after
it: a loaded dataset starts with an empty log, like a forum that existed before the log did, and the load does
not write (and NOTIFY) a log row per bulk row. The other triggers stay on: the seat counters (migration 0005)
and the participants' copied times (0004) compute columns the API relies on.

    python -m bench.loader --scale 1 [--seed N] [--force] [--log-triggers]   # into the bench server (or DATABASE_URL's)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any
from uuid import UUID

import asyncpg
from alembic.script import ScriptDirectory

from app.db import migrate
from app.db.urls import sqlalchemy_url, with_database
from bench.bulk import Bulk, Job, csv
from bench.dataset import DATASET_VERSION, DEFAULT_SEED, Batch, Dataset

MARKER = "qurultay-bench "
# Tables whose secondary indexes are built after the COPY rather than row by row during it.
COPY_CONNECTIONS = 2
GENERATORS = 2
REINDEXED = ("statements", "citations", "statement_topics", "registrations", "session_participants")
# The change log's triggers: the load disables them (see above). `--log-triggers` keeps them on, to measure them.
LOG_TRIGGERS = r"%\_record\_change"


def database_name(scale: int) -> str:
    return f"qurultay_bench_s{scale}"


def libpq(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def schema_head() -> str:
    head = ScriptDirectory.from_config(migrate.alembic_config("postgresql://unused")).get_current_head()
    return head or "base"


def expected_marker(scale: int, seed: int) -> str:
    # "change_log": a dataset loaded before the loader disabled the log's triggers holds a log row per row.
    spec = {"dataset": DATASET_VERSION, "seed": seed, "scale": scale, "schema": schema_head(), "change_log": "empty"}
    return MARKER + json.dumps(spec, sort_keys=True)


async def current_marker(server_dsn: str, name: str) -> str | None:
    connection = await asyncpg.connect(server_dsn)
    try:
        found: str | None = await connection.fetchval(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", name
        )
    finally:
        await connection.close()
    return found


async def _admin(server_dsn: str, *statements: str) -> None:
    connection = await asyncpg.connect(server_dsn)
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def ensure_dataset(
    server_dsn: str, scale: int, seed: int = DEFAULT_SEED, *, force: bool = False, log_triggers: bool = False
) -> tuple[str, dict[str, Any] | None]:
    """The libpq URL of a database holding the dataset, and the load report (None when it was cached). With
    `log_triggers` the change log's triggers stay on during the load (to measure what they cost); such a
    dataset gets no marker, so the next ordinary run loads it again."""
    name = database_name(scale)
    dsn = libpq(with_database(sqlalchemy_url(server_dsn), name))
    marker = expected_marker(scale, seed)
    if not force and not log_triggers and await current_marker(server_dsn, name) == marker:
        return dsn, None
    started = time.perf_counter()
    await _admin(server_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    await asyncio.to_thread(migrate.upgrade, sqlalchemy_url(dsn))
    migrated = time.perf_counter()
    report = await load(dsn, scale, seed, log_triggers=log_triggers)
    report["migrate_seconds"] = round(migrated - started, 2)
    report["total_seconds"] = round(time.perf_counter() - started, 2)
    if log_triggers:
        return dsn, report
    # Written last: an interrupted load leaves no marker and is redone next time.
    await _admin(server_dsn, f"COMMENT ON DATABASE \"{name}\" IS '{marker}'")
    return dsn, report


async def _secondary_indexes(connection: asyncpg.Connection) -> list[tuple[str, str]]:
    rows = await connection.fetch(
        """SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x
           JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
           WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace
             AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = x.indexrelid)""",
        list(REINDEXED),
    )
    return [(row[0], row[1]) for row in rows]


# The big tables being loaded, for the generator processes: forked after they are planned, they inherit them.
_BULK: Bulk | None = None


def _generate(job: Job) -> list[tuple[str, tuple[str, ...], bytes, int]]:
    assert _BULK is not None  # noqa: S101 - set before the pool forks
    return [(table, columns, csv(rows), len(rows)) for table, columns, rows in _BULK.chunk(*job)]


async def _log_triggers(connection: asyncpg.Connection) -> list[tuple[str, str]]:
    rows = await connection.fetch(
        """SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE NOT t.tgisinternal AND t.tgname LIKE $1 AND c.relnamespace = 'public'::regnamespace
           ORDER BY c.relname, t.tgname""",
        LOG_TRIGGERS,
    )
    return [(row[0], row[1]) for row in rows]


async def load(dsn: str, scale: int, seed: int, *, log_triggers: bool = False) -> dict[str, Any]:
    """Generate and COPY every table; answer per-table row counts and the time each phase took.

    The small tables are made and copied in order. The big ones (statements with their topics and citations,
    registrations) are made as CSV by two forked generator processes and copied over two connections at once:
    PostgreSQL computing `statements.search` is most of the work, and this keeps both cores on it.
    """
    connections = [await asyncpg.connect(dsn) for _ in range(COPY_CONNECTIONS)]
    try:
        triggers = [] if log_triggers else await _log_triggers(connections[0])
        for name, table in triggers:
            await connections[0].execute(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
        try:
            report = await _Load(Dataset(scale, seed), connections).run()
        finally:
            for name, table in triggers:
                await connections[0].execute(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')
        report["log_triggers"] = "on" if log_triggers else f"{len(triggers)} disabled during the load"
        report["change_events"] = await connections[0].fetchval("SELECT count(*) FROM change_events")
        return report
    finally:
        for connection in connections:
            await connection.close()


class _Load:
    def __init__(self, data: Dataset, connections: list[asyncpg.Connection]) -> None:
        self.data = data
        self.connections = connections
        self.rows: dict[str, int] = {}
        self.phases: dict[str, float] = {}
        self.tick = time.perf_counter()

    def phase(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[f"{name}_seconds"] = round(now - self.tick, 2)
        self.tick = now

    async def run(self) -> dict[str, Any]:
        main = self.connections[0]
        for connection in self.connections:
            await connection.execute("SET synchronous_commit = off; SET maintenance_work_mem = '512MB'")
        indexes = await _secondary_indexes(main)
        for name, _ in indexes:
            await main.execute(f'DROP INDEX "{name}"')
        await self.copy_records(self.data.topics_and_organizations())
        await self.copy_records(self.data.people_and_affiliations())
        await self.copy_records(self.data.forums_and_rooms())
        seqs: dict[UUID, int] = {r["id"]: r["seq"] for r in await main.fetch("SELECT id, seq FROM rooms")}
        await self.copy_records(self.data.sessions_and_participants(seqs))
        bulk = Bulk(self.data)
        self.phase("small_tables")
        await self.copy_big_tables(bulk)
        self.phase("big_tables")
        # The GIN index takes as long as all the others: it builds on one connection, the rest on the other.
        gin = [d for _, d in indexes if " gin " in d.lower()]
        await asyncio.gather(
            self.build(self.connections[0], gin),
            self.build(self.connections[-1], [d for _, d in indexes if d not in gin]),
        )
        self.phase("index")
        await main.execute("VACUUM (ANALYZE)")
        self.phase("vacuum_analyze")
        return {"scale": self.data.scale, "seed": self.data.seed, "rows": self.rows, **self.phases}

    async def copy_records(self, batches: Iterator[Batch]) -> None:
        for table, columns, records in batches:
            await self.connections[0].copy_records_to_table(table, records=records, columns=columns)
            self.rows[table] = self.rows.get(table, 0) + len(records)

    async def copy_big_tables(self, bulk: Bulk) -> None:
        global _BULK  # noqa: PLW0603 - what the forked generators read
        _BULK = bulk
        jobs = bulk.jobs()
        loop = asyncio.get_running_loop()
        with ProcessPoolExecutor(GENERATORS, mp_context=multiprocessing.get_context("fork")) as pool:

            async def copier(connection: asyncpg.Connection, mine: list[Job]) -> None:
                # One chunk generating ahead of the one being copied: memory stays bounded.
                ahead = loop.run_in_executor(pool, _generate, mine[0]) if mine else None
                for k in range(len(mine)):
                    current = ahead
                    ahead = loop.run_in_executor(pool, _generate, mine[k + 1]) if k + 1 < len(mine) else None
                    for table, columns, payload, count in await current:  # type: ignore[misc]
                        if count:
                            await connection.copy_to_table(
                                table, source=_chunks(payload), columns=columns, format="csv"
                            )
                        self.rows[table] = self.rows.get(table, 0) + count

            await asyncio.gather(*(copier(c, jobs[i :: len(self.connections)]) for i, c in enumerate(self.connections)))
        _BULK = None

    @staticmethod
    async def build(connection: asyncpg.Connection, definitions: list[str]) -> None:
        for definition in definitions:
            await connection.execute(definition)


async def _chunks(payload: bytes, size: int = 1 << 20) -> AsyncIterator[bytes]:
    for start in range(0, len(payload), size):
        yield payload[start : start + size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="reload even when the cached dataset matches")
    parser.add_argument(
        "--log-triggers", action="store_true", help="keep the change log's triggers on during the load (to time them)"
    )
    args = parser.parse_args()
    from bench.server import database_server  # noqa: PLC0415 - starts PostgreSQL only when run as a command

    with database_server() as server_dsn:
        dsn, report = asyncio.run(
            ensure_dataset(server_dsn, args.scale, args.seed, force=args.force, log_triggers=args.log_triggers)
        )
    print(json.dumps({"database": dsn, "load": report or "cached"}, indent=2))


if __name__ == "__main__":
    main()
