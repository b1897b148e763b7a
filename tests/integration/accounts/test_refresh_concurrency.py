"""Many refreshes of one refresh token at once, for real (httpx's ASGI transport, so the requests overlap; see
CONTRIBUTING.md): they resolve to one rotation, nothing hangs, and no pooled connection stays busy.

The old code revoked the family "durably" on a second pooled connection while the request's own transaction
still held the token's row lock (an UPDATE that waited for a row and then found it no longer matched keeps the
lock): a wait PostgreSQL cannot see as a deadlock, so those requests hung forever holding two connections.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any, Self

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import event, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.engine import app_engine
from app.db.models import RefreshToken
from tests.support.api import assert_problem
from tests.support.apps import racing_app

REFRESH = "/api/v1/auth/refresh"
SIGNUP = "/api/v1/auth/signup"
CONCURRENT = 20
# A hang is the defect under test: bound the wait so the test fails instead of hanging with it. Not a timing
# assertion: a healthy run finishes in a fraction of it.
HANG = 60.0


class ConnectionsPerRequest:
    """The most pooled connections any one request (asyncio task) held at once, from the pool's own events. A
    checkin is counted for the task that checked the connection out: SQLAlchemy closes a connection in a task of
    its own (shielded from cancellation)."""

    def __init__(self, app: Litestar) -> None:
        self.pool = app_engine(app).sync_engine.pool
        self.held: Counter[int] = Counter()
        self.owner: dict[int, int] = {}
        self.most = 0

    def _checkout(self, _connection: object, record: object, _proxy: object) -> None:
        task = id(asyncio.current_task())
        self.owner[id(record)] = task
        self.held[task] += 1
        self.most = max(self.most, self.held[task])

    def _checkin(self, _connection: object, record: object) -> None:
        task = self.owner.pop(id(record), None)
        if task is not None:
            self.held[task] -= 1

    def __enter__(self) -> Self:
        event.listen(self.pool, "checkout", self._checkout)
        event.listen(self.pool, "checkin", self._checkin)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self.pool, "checkout", self._checkout)
        event.remove(self.pool, "checkin", self._checkin)


@pytest.fixture(autouse=True)
def _no_auth_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # The per-token attempt limit (10 a minute) would answer 429 to half of the burst; this test is about
    # what the other half does.
    monkeypatch.setenv("QURULTAY_AUTH_RATE_LIMIT_PER_ACCOUNT", "1000")
    monkeypatch.setenv("QURULTAY_AUTH_RATE_LIMIT_PER_CLIENT", "1000")


async def _signup(http: httpx.AsyncClient) -> dict[str, Any]:
    response = await http.post(
        SIGNUP, json={"email": "burst@example.org", "password": "a long passphrase here", "full_name": "Burst"}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _busy_backends(db: AsyncSession) -> list[tuple[str, str | None]]:
    """Other backends of this database that are in a transaction or waiting on a lock."""
    rows = await db.execute(
        text(
            "SELECT state, wait_event_type FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND (state LIKE 'idle in transaction%' OR wait_event_type = 'Lock')"
        )
    )
    return [(row[0], row[1]) for row in rows]


async def test_concurrent_refreshes_of_one_token_make_one_rotation_and_free_every_connection(
    database_url: str, db: AsyncSession
) -> None:
    async with racing_app(database_url) as (app, http):
        first = await _signup(http)

        with ConnectionsPerRequest(app) as connections:
            async with asyncio.timeout(HANG):
                answers = await asyncio.gather(
                    *(http.post(REFRESH, json={"refresh_token": first["refresh_token"]}) for _ in range(CONCURRENT))
                )

        assert [answer.status_code for answer in answers] == [200] * CONCURRENT, [a.text for a in answers]
        successors = {answer.json()["refresh_token"] for answer in answers}
        assert len(successors) == 1, "one rotation: every caller gets the same successor"
        assert connections.most == 1, "a request held two pooled connections at once"
        assert app_engine(app).pool.checkedout() == 0  # type: ignore[attr-defined]
        assert await _busy_backends(db) == []
        # The successor works, once, and every access token handed out is good.
        [successor] = successors
        for answer in answers[:3]:
            me = await http.get("/api/v1/me", headers={"Authorization": f"Bearer {answer.json()['access_token']}"})
            assert me.status_code == 200, me.text
        assert (await http.post(REFRESH, json={"refresh_token": successor})).status_code == 200

    tokens = (await db.scalars(select(RefreshToken).order_by(RefreshToken.created_at))).all()
    assert len(tokens) == 3, "the sign-up token, its one successor, and the successor's successor"
    assert all(token.revoked_at is None for token in tokens)


async def test_a_reuse_after_the_grace_window_still_revokes_the_family(database_url: str, db: AsyncSession) -> None:
    async with racing_app(database_url) as (app, http):
        first = await _signup(http)
        rotated = await http.post(REFRESH, json={"refresh_token": first["refresh_token"]})
        assert rotated.status_code == 200, rotated.text
        # Move the rotation out of the grace window, as if the old token were presented a minute later.
        await db.execute(
            text(
                "UPDATE refresh_tokens SET rotated_at = rotated_at - interval '10 minutes' WHERE rotated_at IS NOT NULL"
            )
        )
        await db.commit()

        with ConnectionsPerRequest(app) as connections:
            async with asyncio.timeout(HANG):
                reuses = await asyncio.gather(
                    *(http.post(REFRESH, json={"refresh_token": first["refresh_token"]}) for _ in range(5))
                )

        for reuse in reuses:
            assert_problem(reuse, 401)
        # The revocation was committed although the requests answered 401: the successor is dead too.
        assert_problem(await http.post(REFRESH, json={"refresh_token": rotated.json()["refresh_token"]}), 401)
        assert connections.most == 1, "a request held two pooled connections at once"
        assert app_engine(app).pool.checkedout() == 0  # type: ignore[attr-defined]
        assert await _busy_backends(db) == []

    db.expire_all()
    tokens = (await db.scalars(select(RefreshToken))).all()
    assert len(tokens) == 2
    assert all(token.revoked_at is not None for token in tokens)
