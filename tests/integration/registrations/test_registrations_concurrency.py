"""Registrations under contention, for real: many requests at once against one database, each committing.

Litestar's AsyncTestClient runs the app behind a portal that handles one request at a time, so requests sent
"at once" through it never overlap and no race can happen. These tests drive the app through httpx's ASGI
transport in the test's own event loop instead, where they do overlap: the control test below shows it, by
overselling once the seat lock and the database's guard are both off.

The two-server version of the seat test (200 attendees, 20 seats, two uvicorn processes) and its control are in
tests/e2e/test_registration_seats.py."""

from __future__ import annotations

import asyncio
from uuid import UUID

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, ForumSession, Registration
from app.db.models.enums import RegistrationStatus
from app.domain.registrations import repositories
from app.domain.registrations import seats as seat_statements
from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem
from tests.support.apps import racing_client
from tests.support.factories import make_session
from tests.support.registrations import make_registration, person_of, upcoming
from tests.support.writers import SETTINGS, build_team

JOIN = {"category": "participant"}


async def _people(db: AsyncSession, count: int) -> list[tuple[UUID, dict[str, str]]]:
    """`count` accounts, each already a person, with their access tokens."""
    found = []
    for _ in range(count):
        user = await make_user(db)
        found.append(((await person_of(db, user.id)).id, bearer(user.id, SETTINGS)))
    await db.commit()
    return found


async def _seats(db: AsyncSession, session_id: UUID) -> list[tuple[UUID, RegistrationStatus, int | None]]:
    rows = await db.execute(
        select(Registration.id, Registration.status, Registration.waitlist_position)
        .where(Registration.session_id == session_id)
        .execution_options(populate_existing=True)
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


async def _rush(racing: httpx.AsyncClient, db: AsyncSession, *, seats: int, people: int) -> tuple[UUID, list[int]]:
    """`people` attendees register for one session of `seats` seats at once; answers it and the statuses."""
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=seats)
    callers = await _people(db, people)
    url = f"/api/v1/sessions/{panel.id}/registrations"
    answers = await asyncio.gather(*(racing.post(url, json=JOIN, headers=headers) for _, headers in callers))
    ids = sorted(answer.json()["id"] for answer in answers if answer.status_code == 201)
    assert ids == sorted(str(row[0]) for row in await _seats(db, panel.id)), "a 201 is not in the database"
    return panel.id, [answer.status_code for answer in answers]


def _confirmed(seats: list[tuple[UUID, RegistrationStatus, int | None]]) -> int:
    return sum(status is RegistrationStatus.CONFIRMED for _, status, _ in seats)


async def test_concurrent_registrations_never_oversell(database_url: str, db: AsyncSession) -> None:
    async with racing_client(database_url) as racing:
        panel_id, statuses = await _rush(racing, db, seats=5, people=40)

        assert statuses == [201] * 40
        seats = await _seats(db, panel_id)
        assert _confirmed(seats) == 5
        assert sorted(position for _, _, position in seats if position is not None) == list(range(1, 36))


async def test_control_without_the_lock_the_database_guard_still_refuses_overselling(
    database_url: str, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with racing_client(database_url) as racing:
        monkeypatch.setattr(seat_statements, "UNSAFE_NO_SEAT_LOCK", True)
        panel_id, statuses = await _rush(racing, db, seats=5, people=40)

        assert _confirmed(await _seats(db, panel_id)) == 5
        assert 409 in statuses  # decisions made on stale counts, refused by the guard (or the waitlist constraint)


async def test_control_without_the_lock_and_the_guard_the_same_load_oversells(
    database_url: str, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Proof that the test above can see the bug it guards against: the requests do overlap."""
    async with racing_client(database_url) as racing:
        monkeypatch.setattr(seat_statements, "UNSAFE_NO_SEAT_LOCK", True)
        await db.execute(text("ALTER TABLE forum_sessions DISABLE TRIGGER forum_sessions_seat_guard"))
        await db.commit()
        panel_id, _ = await _rush(racing, db, seats=5, people=40)

        assert _confirmed(await _seats(db, panel_id)) > 5


async def test_twenty_concurrent_cancellations_promote_twenty_in_waitlist_order(
    database_url: str, db: AsyncSession
) -> None:
    async with racing_client(database_url) as racing:
        team = await build_team(db, **upcoming())
        panel = await make_session(db, team.forum, capacity=20)
        confirmed = await _people(db, 20)
        seated = [
            await make_registration(db, forum_id=team.forum.id, session=panel, person_id=person_id)
            for person_id, _ in confirmed
        ]
        waiting = [
            await make_registration(
                db, forum_id=team.forum.id, session=panel, status=RegistrationStatus.WAITLISTED, waitlist_position=n
            )
            for n in range(1, 31)
        ]
        await db.commit()

        answers = await asyncio.gather(
            *(
                racing.post(f"/api/v1/registrations/{registration.id}/cancel", headers=headers)
                for registration, (_, headers) in zip(seated, confirmed, strict=True)
            )
        )

        assert [answer.status_code for answer in answers] == [200] * 20
        promoted = [UUID(p) for answer in answers for p in answer.json()["promoted"]]
        assert sorted(promoted) == sorted(r.id for r in waiting[:20])  # exactly the first twenty, once each
        # One seat at a time, to whoever was first on the waitlist then: the promotions in order of time are the
        # waitlist in order of position.
        events = await db.scalars(
            select(AuditEvent.object_id).where(AuditEvent.action == "promote").order_by(AuditEvent.id)
        )
        assert list(events) == [r.id for r in waiting[:20]]
        seats = {row[0]: (row[1], row[2]) for row in await _seats(db, panel.id)}
        assert [seats[r.id] for r in waiting[20:]] == [(RegistrationStatus.WAITLISTED, n) for n in range(1, 11)]
        assert sum(status is RegistrationStatus.CONFIRMED for status, _ in seats.values()) == 20
        counters = await db.execute(
            select(ForumSession.confirmed_count, ForumSession.waitlist_length)
            .where(ForumSession.id == panel.id)
            .execution_options(populate_existing=True)
        )
        assert tuple(counters.one()) == (20, 10)


async def test_twenty_parallel_retries_with_one_idempotency_key_make_one_registration(
    database_url: str, db: AsyncSession
) -> None:
    async with racing_client(database_url) as racing:
        team = await build_team(db, **upcoming())
        panel = await make_session(db, team.forum, capacity=10)
        [(person_id, headers)] = await _people(db, 1)
        await db.commit()
        url = f"/api/v1/sessions/{panel.id}/registrations"
        retry = headers | {"Idempotency-Key": "tap-register-7f3a"}

        answers = await asyncio.gather(*(racing.post(url, json=JOIN, headers=retry) for _ in range(20)))

        created = [answer for answer in answers if answer.status_code == 201]
        assert created, [answer.text for answer in answers]
        for answer in answers:
            if answer.status_code != 201:
                assert_problem(answer, 409)  # still running: the client retries it later
                assert answer.headers["retry-after"] == "1"
        assert len({answer.json()["id"] for answer in created}) == 1
        later = await racing.post(url, json=JOIN, headers=retry)
        assert later.status_code == 201
        assert later.json()["id"] == created[0].json()["id"]
        assert later.headers["idempotent-replayed"] == "true"
        count = await db.scalar(
            select(func.count()).select_from(Registration).where(Registration.person_id == person_id)
        )
        assert count == 1


async def test_one_ticket_scanned_at_two_doors_at_once_checks_in_once(database_url: str, db: AsyncSession) -> None:
    async with racing_client(database_url) as racing:
        team = await build_team(db, **upcoming())
        registration = await make_registration(db, forum_id=team.forum.id)
        await db.commit()
        url = f"/api/v1/forums/{team.forum.id}/check-ins"

        answers = await asyncio.gather(
            *(
                racing.post(url, json={"ticket_code": registration.ticket_code}, headers=team.organizer)
                for _ in range(10)
            )
        )

        assert sorted(answer.status_code for answer in answers) == [200] + [409] * 9


async def _first_registrations_at_once(racing: httpx.AsyncClient, db: AsyncSession) -> tuple[UUID, set[UUID]]:
    """A new account (no person yet) registers for five sessions at once: answers the account and the people
    its registrations name."""
    team = await build_team(db, **upcoming())
    panels = [await make_session(db, team.forum, capacity=10) for _ in range(5)]
    user = await make_user(db)
    await db.commit()
    headers = bearer(user.id, SETTINGS)
    answers = await asyncio.gather(
        *(racing.post(f"/api/v1/sessions/{panel.id}/registrations", json=JOIN, headers=headers) for panel in panels)
    )
    assert [answer.status_code for answer in answers] == [201] * 5, [answer.text for answer in answers]
    people = set(
        await db.scalars(select(Registration.person_id).where(Registration.session_id.in_([p.id for p in panels])))
    )
    return user.id, people


async def test_an_accounts_first_registrations_at_once_make_one_person(database_url: str, db: AsyncSession) -> None:
    async with racing_client(database_url) as racing:
        user_id, people = await _first_registrations_at_once(racing, db)

    (person,) = people
    assert (await person_of(db, user_id)).id == person
    made = await db.scalars(
        select(AuditEvent).where(AuditEvent.object_type == "person", AuditEvent.object_id == person)
    )
    assert [(event.action, event.actor_user_id, event.changes) for event in made] == [
        ("create", user_id, {"user_id": {"from": None, "to": str(user_id)}})
    ]


async def test_control_without_the_account_lock_one_account_becomes_several_people(
    database_url: str, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Proof that the test above can see the race it guards against: without locking the account, the
    overlapping first registrations each make a person."""
    unlocked = text(str(repositories._MAKE_PERSON).replace("FOR UPDATE", ""))
    monkeypatch.setattr(repositories, "_MAKE_PERSON", unlocked)
    async with racing_client(database_url) as racing:
        _, people = await _first_registrations_at_once(racing, db)

    assert len(people) > 1
