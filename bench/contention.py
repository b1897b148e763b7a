"""Session registration under contention: 64 clients at once on one 100-seat session.

Each run gets a fresh published session (capacity SEATS) in the benchmark's forum and PEOPLE fresh accounts,
so every request is a different person's first registration. wrk sends them over CONNECTIONS connections, each
request with the next account's access token (contention.lua), for a bounded time. Afterwards the database is
asked what a user relies on: no more confirmed than seats, waitlist positions 1..n with no gap or repeat, and
every registration the server acknowledged (2xx) stored. Registrations per second is wrk's request rate with
no errors allowed. The run's rows are deleted afterwards, so the cached dataset stays as loaded.

The same run is made against the limit app's bare registration handler (bench/limit_app.py: the same
statements in one transaction on a raw asyncpg pool), with the same checks: the target is an absolute rate
(500/s) and zero oversold seats, and the limit says how much of that rate this machine allows at all.
"""

from __future__ import annotations

import asyncio
import datetime
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import asyncpg

from app.lib.security import issue_access_token
from bench.measure import Parties, run_wrk

SEATS = 100
CONNECTIONS = 64
PEOPLE = 20_000
LUA = Path(__file__).resolve().parent / "contention.lua"
# A fixed secret for the benchmark's real server (bench/run.py passes it), so tokens can be made here.
JWT_SECRET = "bench-only-secret-never-used-outside-the-benchmark-0123456789"  # noqa: S105 - loopback benchmark
# Not a valid Argon2 hash on purpose: these accounts never log in, they hold a token made here.
_PASSWORD_HASH = "$argon2id$v=19$m=65536,t=3,p=4$bench$never-logs-in"  # noqa: S105

_COUNTS = """
SELECT count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
       count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
       count(*) AS stored,
       count(DISTINCT person_id) AS people,
       coalesce(min(waitlist_position), 0) AS first_position,
       coalesce(max(waitlist_position), 0) AS last_position,
       count(DISTINCT waitlist_position) AS positions
FROM registrations WHERE session_id = $1"""


async def _prepare(dsn: str, run: str) -> tuple[uuid.UUID, list[uuid.UUID]]:
    connection = await asyncpg.connect(dsn)
    try:
        # A forum of its own: published, registration open, no forum-wide capacity.
        forum_id, session_id = uuid.uuid4(), uuid.uuid4()
        day = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=30)
        await connection.execute(
            "INSERT INTO forums (id, slug, title, language, timezone, starts_on, ends_on, status) "
            "VALUES ($1, $2, $3, 'en', 'Asia/Baku', $4, $4, 'published')",
            forum_id,
            f"bench-contention-{run}",
            f'{{"en": "Contention run {run}"}}',
            day,
        )
        await connection.execute(
            "INSERT INTO forum_sessions (id, forum_id, kind, title, language, day, capacity, status) "
            "VALUES ($1, $2, 'panel', $3, 'en', $4, $5, 'published')",
            session_id,
            forum_id,
            '{"en": "The one popular panel"}',
            day,
            SEATS,
        )
        users = [uuid.uuid4() for _ in range(PEOPLE)]
        await connection.copy_records_to_table(
            "users",
            records=[(u, f"bench-{run}-{n}@example.org", _PASSWORD_HASH, f"Attendee {n}") for n, u in enumerate(users)],
            columns=["id", "email", "password_hash", "full_name"],
        )
        return session_id, users
    finally:
        await connection.close()


async def _verify_and_clean(dsn: str, session_id: uuid.UUID, users: list[uuid.UUID]) -> dict[str, Any]:
    connection = await asyncpg.connect(dsn)
    try:
        counts = dict(await connection.fetchrow(_COUNTS, session_id))
        people = await connection.fetch(
            "SELECT person_id FROM users WHERE id = ANY($1) AND person_id IS NOT NULL", users
        )
        async with connection.transaction():
            await connection.execute("DELETE FROM registrations WHERE session_id = $1", session_id)
            await connection.execute(
                "DELETE FROM forums WHERE id = (SELECT forum_id FROM forum_sessions WHERE id = $1)", session_id
            )
            await connection.execute("DELETE FROM users WHERE id = ANY($1)", users)
            await connection.execute("DELETE FROM people WHERE id = ANY($1)", [row["person_id"] for row in people])
            await connection.execute("DELETE FROM audit_events WHERE actor_user_id = ANY($1)", users)
        return counts
    finally:
        await connection.close()


def measure_contention(
    base: str, dsn: str, *, seconds: float, parties: Parties, settle: Callable[[], object]
) -> dict[str, Any]:
    """`settle` waits until the server has finished what wrk left in flight: only then are the rows counted."""
    # Unique per run: each run's forum slug and accounts' emails carry it.
    run = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S") + "-" + uuid.uuid4().hex[:8]
    session_id, users = asyncio.run(_prepare(dsn, run))
    with tempfile.NamedTemporaryFile("w", suffix=".tokens", delete=False) as tokens:
        for user in users:
            tokens.write(issue_access_token(user, secret=JWT_SECRET, ttl_seconds=3600) + "\n")
    env = {"BENCH_TOKENS": tokens.name, "BENCH_PATH": f"/api/v1/sessions/{session_id}/registrations"}
    try:
        result = run_wrk(
            base + env["BENCH_PATH"],
            connections=CONNECTIONS,
            seconds=seconds,
            parties=parties,
            script=LUA,
            env=env,
        )
    finally:
        Path(tokens.name).unlink()
        settle()
        counts = asyncio.run(_verify_and_clean(dsn, session_id, users))
    acknowledged = result.requests - result.errors_status
    waitlisted = counts["waitlisted"]
    # Requests still in flight when wrk stopped may have been stored without wrk seeing the answer.
    checks = {
        "never_oversold": counts["confirmed"] <= SEATS,
        "seats_filled": counts["confirmed"] == min(SEATS, counts["stored"]),
        "waitlist_contiguous": waitlisted == 0
        or (counts["first_position"], counts["last_position"], counts["positions"]) == (1, waitlisted, waitlisted),
        "every_acknowledged_stored": counts["stored"] >= acknowledged,
        "one_per_person": counts["people"] == counts["stored"],
        "no_errors": result.errors_status == 0 and result.errors_socket == 0,
        "people_sufficed": result.requests < PEOPLE,
    }
    return {
        "seats": SEATS,
        "connections": CONNECTIONS,
        "duration_s": seconds,
        "registrations_per_s": round(acknowledged / result.seconds, 1) if result.seconds else None,
        "run": result.as_dict(),
        "database": counts,
        "stored_unacknowledged": counts["stored"] - acknowledged,
        "checks": checks,
        "ok": all(checks.values()),
    }
