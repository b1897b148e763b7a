"""The lean path for public reads: one statement, one round trip, one JSON document back.

Public reads are the hot path (a whole forum opens the app at once). Each read repository statement builds its
whole answer as JSON in PostgreSQL; it is compiled once, at import, to asyncpg's `$n` form and run on a pooled
connection straight through the driver: no ORM session, no BEGIN/COMMIT round trips (a single statement is its
own consistent snapshot), no per-row Python objects. msgspec then decodes the JSON straight into the response
Struct, which also checks PostgreSQL's output against the contract. Writes keep the ORM session and its
one transaction per request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import asyncpg
import msgspec
from litestar import Request
from sqlalchemy import text
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from app.db.engine import app_engine
from app.db.errors import is_disconnect

T = TypeVar("T")
_DIALECT = asyncpg_dialect()  # type: ignore[no-untyped-call]


class ReadStatement:
    """A repository's SQL with `:named` parameters, compiled to `$n` SQL plus the order the names bind in."""

    def __init__(self, query: str, *, custom_plan: bool = False) -> None:
        compiled = text(query).compile(dialect=_DIALECT)
        self.sql = str(compiled)
        self.names = tuple(compiled.positiontup or ())
        # After five executions of a prepared statement PostgreSQL may switch to one generic plan for all
        # values. For text search that plan sorts every match on disk (4-8x slower at scale 10, bench/README.md),
        # so such statements are planned for their values each time; the others keep the cheaper cached plan.
        self.custom_plan = custom_plan

    def arguments(self, params: Mapping[str, object]) -> list[object]:
        return [params.get(name) for name in self.names]


def sql(query: str) -> ReadStatement:
    return ReadStatement(query)


def json_sql(query: str, *, custom_plan: bool = False) -> ReadStatement:
    """A statement answering one JSON value, delivered as text: the driver would otherwise parse it into Python
    objects, only for msgspec to walk them again."""
    return ReadStatement(f"SELECT (answer.document)::text FROM ({query}) AS answer(document)", custom_plan=custom_plan)


class Reader:
    """Runs read statements on a pooled connection of their own, outside any transaction."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def value(self, statement: ReadStatement, params: Mapping[str, object]) -> Any:  # noqa: ANN401
        """The first column of the first row, or None."""
        async with self.engine.connect() as connection:
            raw = await connection.get_raw_connection()
            driver: asyncpg.Connection = raw.driver_connection
            try:
                if not statement.custom_plan:
                    return await driver.fetchval(statement.sql, *statement.arguments(params))
                async with driver.transaction():
                    await driver.execute("SET LOCAL plan_cache_mode = force_custom_plan")
                    return await driver.fetchval(statement.sql, *statement.arguments(params))
            except Exception as error:
                if is_disconnect(error) or driver.is_closed():
                    await self._forget_connections(connection)
                raise

    async def json(self, statement: ReadStatement, params: Mapping[str, object], type_: type[T]) -> T | None:
        document = await self.value(statement, params)
        return None if document is None else msgspec.json.decode(document, type=type_)

    async def _forget_connections(self, connection: AsyncConnection) -> None:
        """The server went away under this connection (restarted, or down). SQLAlchemy notices that on its own
        path and drops the whole pool; these statements bypass it, so do the same here: else every pooled
        connection, dead alike, would fail one more request after the server is back."""
        await connection.invalidate()
        await self.engine.dispose(close=False)  # the old connections are dead: nothing to close politely


class TransactionReader(Reader):
    """Runs the same statements inside a write's transaction: a writer renders what it locked and changed
    (for If-Match, and for its answer) exactly as a GET would, seeing its own uncommitted rows."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def value(self, statement: ReadStatement, params: Mapping[str, object]) -> Any:  # noqa: ANN401
        await self.session.flush()
        connection = await self.session.connection()
        raw = await connection.get_raw_connection()
        driver: asyncpg.Connection = raw.driver_connection
        return await driver.fetchval(statement.sql, *statement.arguments(params))


def provide_reader(request: Request[Any, Any, Any]) -> Reader:
    return Reader(app_engine(request.app))
