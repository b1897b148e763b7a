"""Reading a database refusal: which named constraint a write broke, so a service can say why in a 409; and
whether a failure is the database's condition (down, busy, a lost race) rather than a bug."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.ext.asyncio import AsyncSession


def constraint_of(error: DBAPIError) -> str | None:
    """The name of the constraint asyncpg reports, or None."""
    cause = error.orig.__cause__ if error.orig is not None else None
    name = getattr(cause, "constraint_name", None)
    return name if isinstance(name, str) else None


# SQLSTATE 40P01, and the `constraint` a savepoint's ConstraintViolation names for it: the write lost a deadlock
# and may simply be made again.
DEADLOCK_DETECTED = "40P01"
DEADLOCK = "deadlock"


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
    except DBAPIError as error:
        if _sqlstate(error) != DEADLOCK_DETECTED:
            raise
        # Two writers inserting at once can each wait on the other's row for one constraint check (exclusion
        # constraints do): PostgreSQL ended ours. Only the savepoint is lost; writing again waits for the other
        # writer and then meets the constraint as a plain refusal (see `DEADLOCK`).
        raise ConstraintViolation(DEADLOCK) from error


# What a failure of the database (not of the request) means for the client: "unavailable" is a 503 with
# Retry-After (the server is down or restarting, the pool or a lock wait ran out of time, the connection broke),
# "conflict" a 409 (another transaction won: a serialization failure, a deadlock, a constraint checked at commit).
UNAVAILABLE = "unavailable"
CONFLICT = "conflict"

# SQLSTATE classes and codes (PostgreSQL, appendix A): 08 connection exception, 53 insufficient resources,
# 57 operator intervention (57014 a statement_timeout, 57P01-57P03 a shutdown or start), 58 system error,
# 55P03 a lock_timeout; 40001 serialization failure, 40P01 deadlock, 23 integrity constraint violation.
_UNAVAILABLE_CLASSES = ("08", "53", "57", "58")
_UNAVAILABLE_CODES = frozenset({"55P03"})
_CONFLICT_CODES = frozenset({"40001", DEADLOCK_DETECTED})


def _sqlstate(error: BaseException) -> str | None:
    for candidate in (error, getattr(error, "orig", None), getattr(getattr(error, "orig", None), "__cause__", None)):
        state = getattr(candidate, "sqlstate", None)
        if isinstance(state, str):
            return state
    return None


def is_disconnect(error: BaseException) -> bool:
    """The connection itself is gone or never came: whatever was in flight on it is lost."""
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        cause = error.orig.__cause__ if error.orig is not None else None
        return cause is not None and is_disconnect(cause)
    state = _sqlstate(error)
    if state is not None:
        return state.startswith("08") or state in {"57P01", "57P02", "57P03"}
    # InternalClientError: the driver's protocol state broke, as when the server's goodbye ("terminating
    # connection due to administrator command") arrived on an idle pooled connection; it cannot be used again.
    return isinstance(error, asyncpg.InterfaceError | asyncpg.InternalClientError | OSError | TimeoutError)


def failure_kind(error: BaseException) -> str | None:
    """UNAVAILABLE, CONFLICT, or None when the error is not the database's condition (a bug: 500)."""
    if isinstance(error, PoolTimeoutError):
        return UNAVAILABLE
    state = _sqlstate(error)
    if state is not None:
        if state in _CONFLICT_CODES or state.startswith("23"):
            return CONFLICT
        if state.startswith(_UNAVAILABLE_CLASSES) or state in _UNAVAILABLE_CODES:
            return UNAVAILABLE
    if is_disconnect(error):
        return UNAVAILABLE
    return None


def describe(error: BaseException) -> str:
    """One line about a database failure, for the log: its kind and the driver's message, no traceback."""
    cause = error.orig.__cause__ if isinstance(error, DBAPIError) and error.orig is not None else None
    root = cause or error
    message = " ".join(str(root).split())[:300]
    state = _sqlstate(error)
    return f"{type(root).__name__}{f' [{state}]' if state else ''}: {message}"


class CommitFailedError(Exception):
    """COMMIT itself failed, after the request's work succeeded: none of its writes may be acknowledged.
    Raised by the request transaction (app/db/transaction.py), answered 409 or 503 by app/lib/errors.py."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(describe(cause))
        self.cause = cause
