"""The database down, or too busy to answer in time: every path answers 503 problem+json with Retry-After.

Reads on the lean path (asyncpg straight), authentication (a bearer token's grants, an API key), and writes on
the ORM session each reach the database their own way; each must turn its failure into a 503, not a 500. And
every wait is bounded: a row lock held elsewhere, or a pool with no free connection, is a 503 after the
configured timeout, never a hang. The old code answered 500 to all of these, and waited on a lock forever.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import load_settings
from tests.support.accounts import bearer
from tests.support.api import assert_problem
from tests.support.apps import build_app, overlapping

UNREACHABLE = "postgresql+asyncpg://qurultay:qurultay@127.0.0.1:1/qurultay"  # connecting is refused at once
HANG = 60.0  # a bound on the whole exchange, so a hang fails the test instead of stalling it
FORUMS = "/api/v1/forums"
SIGNUP = "/api/v1/auth/signup"


def assert_unavailable(response: httpx.Response) -> None:
    body = assert_problem(response, 503)
    assert body["type"].endswith("database-unavailable"), body
    assert int(response.headers["retry-after"]) >= 1


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def captured_logs() -> Iterator[Captured]:
    """Every record logged meanwhile. Installed after the app started: its logging setup replaces the root
    logger's handlers, pytest's capture included."""
    handler = Captured()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts TCP connections and never answers: a database that hangs."""
    with socket.create_server(("127.0.0.1", 0)) as silent:
        yield silent.getsockname()[1]


def _calls() -> dict[str, tuple[str, str, dict[str, str], dict[str, str] | None]]:
    user_token = bearer(uuid.uuid4(), load_settings())
    return {
        "a public read (lean path)": ("GET", FORUMS, {}, None),
        "a bearer token's grants (middleware, lean path)": ("GET", "/api/v1/me", user_token, None),
        "an API key (middleware, its own connection)": ("GET", FORUMS, {"X-API-Key": "qk_anything"}, None),
        "a write (ORM session)": (
            "POST",
            SIGNUP,
            {},
            {"email": "down@example.org", "password": "a long passphrase here", "full_name": "Down"},
        ),
    }


@pytest.mark.parametrize("call", list(_calls()))
async def test_every_path_answers_503_while_the_database_is_down(call: str) -> None:
    method, path, headers, body = _calls()[call]
    async with overlapping(build_app(UNREACHABLE)) as http, asyncio.timeout(HANG):
        with captured_logs() as logs:
            response = await http.request(method, path, headers=headers, json=body)

    assert_unavailable(response)
    logged = [record for record in logs.records if record.levelno >= logging.WARNING]
    assert len(logged) == 1, [record.getMessage() for record in logged]
    assert logged[0].exc_info is None, "one line per failure, no traceback"


async def test_a_database_that_never_answers_is_503_after_the_connect_timeout(
    silent_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QURULTAY_DB_POOL_TIMEOUT", "1")
    app = build_app(f"postgresql+asyncpg://q:q@127.0.0.1:{silent_port}/q")
    async with overlapping(app) as http, asyncio.timeout(HANG):
        assert_unavailable(await http.get(FORUMS))


async def test_a_row_lock_held_elsewhere_and_a_pool_with_no_free_connection_are_503s(
    database_url: str, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QURULTAY_DB_POOL_SIZE", "1")
    monkeypatch.setenv("QURULTAY_DB_POOL_TIMEOUT", "1")
    monkeypatch.setenv("QURULTAY_DB_LOCK_TIMEOUT", "3")
    async with overlapping(build_app(database_url)) as http:
        # The control: with nothing in the way, the same calls succeed.
        signup = await http.post(
            SIGNUP, json={"email": "locked@example.org", "password": "a long passphrase here", "full_name": "L"}
        )
        assert signup.status_code == 201, signup.text
        assert (await http.get(FORUMS)).status_code == 200

        # Another transaction holds the refresh token's row: a refresh waits for it on the app's one connection,
        # and a read finds no free connection in the pool meanwhile.
        await db.execute(text("SELECT 1 FROM refresh_tokens FOR UPDATE"))
        async with asyncio.timeout(HANG):
            refresh = asyncio.create_task(
                http.post("/api/v1/auth/refresh", json={"refresh_token": signup.json()["refresh_token"]})
            )
            await asyncio.sleep(0.5)
            starved = await http.get(FORUMS)
            waited = await refresh
        await db.rollback()

        assert_unavailable(starved)
        assert_unavailable(waited)
        # Nothing was lost by waiting: with the lock gone, the same refresh succeeds.
        again = await http.post("/api/v1/auth/refresh", json={"refresh_token": signup.json()["refresh_token"]})
        assert again.status_code == 200, again.text
