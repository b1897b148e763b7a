"""Which database failures are the client's to retry (503, 409) and which are bugs (500): app/db/errors.py."""

from __future__ import annotations

import asyncpg
import pytest
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from app.db.errors import CONFLICT, UNAVAILABLE, failure_kind, is_disconnect


def _wrapped(cause: Exception) -> DBAPIError:
    """As SQLAlchemy raises a driver error: a DBAPIError around the adapter's error, caused by asyncpg's."""

    class AdapterError(Exception):
        sqlstate = getattr(cause, "sqlstate", None)

    orig = AdapterError(str(cause))
    orig.__cause__ = cause
    return DBAPIError("statement", {}, orig)


CASES = {
    "lock_timeout": (asyncpg.exceptions.LockNotAvailableError("lock timeout"), UNAVAILABLE),
    "statement_timeout": (asyncpg.exceptions.QueryCanceledError("canceling statement"), UNAVAILABLE),
    "server shutting down": (asyncpg.exceptions.AdminShutdownError("terminating connection"), UNAVAILABLE),
    "server starting": (asyncpg.exceptions.CannotConnectNowError("the database system is starting up"), UNAVAILABLE),
    "too many connections": (asyncpg.exceptions.TooManyConnectionsError("too many"), UNAVAILABLE),
    "connection lost": (asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed"), UNAVAILABLE),
    "broken driver state": (asyncpg.exceptions.InternalClientError("cannot switch to state 12"), UNAVAILABLE),
    "connection refused": (ConnectionRefusedError(111, "Connect call failed"), UNAVAILABLE),
    "connect timeout": (TimeoutError(), UNAVAILABLE),
    "serialization failure": (asyncpg.exceptions.SerializationError("could not serialize"), CONFLICT),
    "deadlock": (asyncpg.exceptions.DeadlockDetectedError("deadlock detected"), CONFLICT),
    "deferred constraint": (asyncpg.exceptions.CheckViolationError("refused at commit"), CONFLICT),
    "a bug: bad SQL": (asyncpg.exceptions.UndefinedColumnError("no such column"), None),
    "a bug: bad value": (asyncpg.exceptions.NumericValueOutOfRangeError("out of range"), None),
    "a bug: not the database": (ValueError("nothing to do with it"), None),
}


@pytest.mark.parametrize("case", list(CASES))
def test_failure_kind_raw_and_as_sqlalchemy_raises_it(case: str) -> None:
    error, expected = CASES[case]

    assert failure_kind(error) == expected
    if isinstance(error, asyncpg.PostgresError | asyncpg.InterfaceError | asyncpg.InternalClientError):
        assert failure_kind(_wrapped(error)) == expected


def test_a_pool_timeout_is_unavailable() -> None:
    assert failure_kind(PoolTimeoutError("QueuePool limit of size 20 overflow 0 reached")) == UNAVAILABLE


def test_only_a_lost_connection_is_a_disconnect() -> None:
    assert is_disconnect(asyncpg.exceptions.ConnectionDoesNotExistError("closed"))
    assert is_disconnect(_wrapped(asyncpg.exceptions.AdminShutdownError("terminating")))
    assert not is_disconnect(asyncpg.exceptions.LockNotAvailableError("lock timeout"))
    assert not is_disconnect(_wrapped(asyncpg.exceptions.SerializationError("could not serialize")))
