"""Running a read repository's statement: one round trip, one JSON document back."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec
from sqlalchemy import TextClause, text
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")


def sql(query: str) -> TextClause:
    return text(query)


def json_sql(query: str) -> TextClause:
    """A statement answering one JSON value, delivered as text: the driver would otherwise parse it into
    Python objects with the standard json module, only for msgspec to walk them again."""
    return text(f"SELECT (answer.document)::text FROM ({query}) AS answer(document)")


async def fetch_json(session: AsyncSession, statement: TextClause, params: dict[str, Any], type_: type[T]) -> T | None:
    """Run a statement whose single column is JSON built by PostgreSQL; decode it straight into the wire type.

    msgspec checks PostgreSQL's output against the contract type on the way, so a query that drifts from its
    schema fails loudly in the tests instead of sending clients something else.
    """
    raw = (await session.execute(statement, params)).scalar_one_or_none()
    if raw is None:
        return None
    return msgspec.json.decode(raw, type=type_)
