"""Registrations under contention, for real: many requests at once against one database, each committing.

The two-server version of the seat test (200 attendees, 20 seats, two uvicorn processes) and its control are in
tests/e2e/test_registration_seats.py."""

from __future__ import annotations

import asyncio
from uuid import UUID

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, ForumSession, Registration
from app.db.models.enums import RegistrationStatus
from tests.api import assert_problem
from tests.factories import make_session
from tests.integration.accounts_helpers import bearer, make_user
from tests.integration.registrations_helpers import make_registration, person_of
from tests.integration.writers import SETTINGS, build_team

Client = AsyncTestClient[Litestar]
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


async def test_concurrent_registrations_never_oversell(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    panel = await make_session(db, team.forum, capacity=5)
    people = await _people(db, 40)
    url = f"/api/v1/sessions/{panel.id}/registrations"

    answers = await asyncio.gather(*(client.post(url, json=JOIN, headers=headers) for _, headers in people))

    assert [answer.status_code for answer in answers] == [201] * 40
    seats = await _seats(db, panel.id)
    assert sorted(str(row[0]) for row in seats) == sorted(answer.json()["id"] for answer in answers)
    assert sum(status is RegistrationStatus.CONFIRMED for _, status, _ in seats) == 5
    assert sorted(position for _, status, position in seats if position is not None) == list(range(1, 36))


async def test_twenty_concurrent_cancellations_promote_twenty_in_waitlist_order(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db)
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
            client.post(f"/api/v1/registrations/{registration.id}/cancel", headers=headers)
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
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db)
    panel = await make_session(db, team.forum, capacity=10)
    [(person_id, headers)] = await _people(db, 1)
    await db.commit()
    url = f"/api/v1/sessions/{panel.id}/registrations"
    retry = headers | {"Idempotency-Key": "tap-register-7f3a"}

    answers = await asyncio.gather(*(client.post(url, json=JOIN, headers=retry) for _ in range(20)))

    created = [answer for answer in answers if answer.status_code == 201]
    assert created, [answer.text for answer in answers]
    for answer in answers:
        if answer.status_code != 201:
            assert_problem(answer, 409)  # still running: the client retries it later
            assert answer.headers["retry-after"] == "1"
    assert len({answer.json()["id"] for answer in created}) == 1
    later = await client.post(url, json=JOIN, headers=retry)
    assert later.status_code == 201
    assert later.json()["id"] == created[0].json()["id"]
    assert later.headers["idempotent-replayed"] == "true"
    count = await db.scalar(select(func.count()).select_from(Registration).where(Registration.person_id == person_id))
    assert count == 1


async def test_one_ticket_scanned_at_two_doors_at_once_checks_in_once(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    registration = await make_registration(db, forum_id=team.forum.id)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/check-ins"

    answers = await asyncio.gather(
        *(client.post(url, json={"ticket_code": registration.ticket_code}, headers=team.organizer) for _ in range(10))
    )

    assert sorted(answer.status_code for answer in answers) == [200] + [409] * 9
