"""Reading a database refusal: which named constraint a write broke, so a service can say why in a 409."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession


def constraint_of(error: DBAPIError) -> str | None:
    """The name of the constraint asyncpg reports, or None."""
    cause = error.orig.__cause__ if error.orig is not None else None
    name = getattr(cause, "constraint_name", None)
    return name if isinstance(name, str) else None


class ConstraintViolation(Exception):  # noqa: N818 - it names what the database said, not a failure of ours
    """A write refused by the named constraint, inside a savepoint that was rolled back: the request's
    transaction is still usable, so the service can look up what it conflicts with and say so."""

    def __init__(self, constraint: str | None) -> None:
        super().__init__(constraint)
        self.constraint = constraint


@asynccontextmanager
async def savepoint(session: AsyncSession) -> AsyncIterator[None]:
    """Run writes in a savepoint; a constraint violation rolls back to it and raises ConstraintViolation.

    Send the writes as Core statements (or add ORM rows) inside the block: the savepoint begins with a flush of
    whatever is pending, and a failure in that flush would not be inside it.
    """
    try:
        async with session.begin_nested():
            yield
            await session.flush()
    except IntegrityError as error:
        raise ConstraintViolation(constraint_of(error)) from error
