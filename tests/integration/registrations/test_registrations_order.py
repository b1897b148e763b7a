"""The waitlist is in arrival order: the order in which registration requests reach the database's queue for
the session. Requests are sent one after another, each only once the one before it is seen waiting for the
session in the database (or done), while the queue drains: each must be decided in the order it arrived.

Litestar's AsyncTestClient would send them one at a time (CONTRIBUTING.md, Tests): these go through
httpx.ASGITransport inside the app's lifespan, so they overlap in the app and in the database."""

from __future__ import annotations

import asyncio

import asyncpg
import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.registrations import seats as seat_statements
from tests.support.accounts import bearer, make_user
from tests.support.apps import racing_client
from tests.support.factories import make_session
from tests.support.postgres import libpq
from tests.support.registrations import person_of, upcoming
from tests.support.writers import SETTINGS, build_team

JOIN = {"category": "participant"}
SEATS = 3
ATTENDEES = 60
# The first arrivals queue behind a transaction holding the session; the rest arrive while the queue drains.
HELD_FOR = 6
# A request that never shows up fails the test rather than hanging it (not a timing assertion: a bound).
GIVE_UP_AFTER_POLLS = 20_000
ROUNDS = 3
# The control sees requests overtake each other in about two runs of three: it runs until it does, at most this often.
CONTROL_RUNS = 10
# Requests waiting for the session in the seat statement. Only waiting counts as arrived: a statement is
# "active" already while the server parses it, before it asks for any lock.
_WAITING_IN_THE_SEAT_STATEMENT = """
SELECT count(*) FROM pg_stat_activity
WHERE state = 'active' AND wait_event_type = 'Lock' AND query LIKE '%WITH seat AS%' AND pid <> pg_backend_pid()"""


async def _until_arrived(watcher: asyncpg.Connection, tasks: list[asyncio.Task[httpx.Response]]) -> None:
    """Until every request sent so far has arrived: waits for the session in the seat statement, or is done."""
    for _ in range(GIVE_UP_AFTER_POLLS):
        waiting = int(await watcher.fetchval(_WAITING_IN_THE_SEAT_STATEMENT))
        if sum(task.done() for task in tasks) + waiting >= len(tasks):
            return
        await asyncio.sleep(0.001)
    activity = await watcher.fetch("SELECT state, wait_event, left(query, 60) FROM pg_stat_activity")
    raise AssertionError(f"request {len(tasks)} never reached the seat statement: {activity}")


async def _arrivals(database_url: str, db: AsyncSession) -> list[tuple[str, int | None]]:
    """ATTENDEES requests for a session of SEATS seats, in a known order of arrival: answers what each was told,
    in that order."""
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=SEATS)
    users = [await make_user(db) for _ in range(ATTENDEES)]
    for user in users:
        await person_of(db, user.id)
    await db.commit()
    url = f"/api/v1/sessions/{panel.id}/registrations"
    watcher = await asyncpg.connect(libpq(database_url))
    holder = await asyncpg.connect(libpq(database_url))
    try:
        async with racing_client(database_url) as racing:
            held = holder.transaction()
            await held.start()
            # What a seat decision does to the session's row: lock it and change it (the counters).
            await holder.execute("UPDATE forum_sessions SET updated_at = now() WHERE id = $1", panel.id)
            tasks: list[asyncio.Task[httpx.Response]] = []
            for index, user in enumerate(users):
                tasks.append(asyncio.create_task(racing.post(url, json=JOIN, headers=bearer(user.id, SETTINGS))))
                await _until_arrived(watcher, tasks)
                if index + 1 == HELD_FOR:
                    await held.commit()
            answers = await asyncio.gather(*tasks)
    finally:
        await watcher.close()
        await holder.close()
    assert [answer.status_code for answer in answers] == [201] * ATTENDEES, [a.text for a in answers]
    return [(answer.json()["status"], answer.json()["waitlist_position"]) for answer in answers]


def _in_arrival_order() -> list[tuple[str, int | None]]:
    return [("confirmed", None)] * SEATS + [("waitlisted", n) for n in range(1, ATTENDEES - SEATS + 1)]


def _out_of_order(told: list[tuple[str, int | None]]) -> int:
    return sum(answer != due for answer, due in zip(told, _in_arrival_order(), strict=True))


async def test_seats_and_the_waitlist_follow_the_order_of_arrival(database_url: str, db: AsyncSession) -> None:
    # Several sessions, one after another: without the queue, one run in a few happens to stay in order.
    for _ in range(ROUNDS):
        assert await _arrivals(database_url, db) == _in_arrival_order()


async def test_control_with_the_row_lock_alone_requests_overtake_each_other(
    database_url: str, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Proof that the test above can see the disorder it guards against: without the queue, a request that
    arrives as a seat decision commits locks the session's new row version ahead of those waiting on the old
    one. It happens in about two runs of three; the control runs until it is seen (CONTROL_RUNS at most)."""
    monkeypatch.setattr(seat_statements, "UNSAFE_NO_SEAT_QUEUE", True)
    disorder = []
    for _ in range(CONTROL_RUNS):
        disorder.append(_out_of_order(await _arrivals(database_url, db)))
        if disorder[-1]:
            break
    print(f"answers out of arrival order without the queue, per run: {disorder} of {ATTENDEES}")  # noqa: T201
    assert disorder[-1] > 0
