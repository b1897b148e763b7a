"""Attendees register for forums and sessions, see their tickets and agenda, and cancel; nobody else sees
their registrations."""

from __future__ import annotations

import datetime
from typing import Any

import icalendar
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.errors import constraint_of
from app.db.models import AuditEvent, Person, Registration, User
from app.db.models.enums import RegistrationStatus, SessionStatus
from app.domain.audit.repositories import AuditRepository
from app.domain.audit.services import Audit
from app.domain.registrations.services import rebalance_session_seats
from app.lib.principal import CallerKind, Principal
from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem, error_fields
from tests.support.factories import make_participant, make_session, make_timed_session
from tests.support.registrations import make_registration, person_of, upcoming
from tests.support.writers import SETTINGS, build_team

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC
JOIN = {"category": "participant"}


async def an_attendee(db: AsyncSession) -> tuple[User, dict[str, str]]:
    user = await make_user(db)
    await db.commit()
    return user, bearer(user.id, SETTINGS)


async def attendees(db: AsyncSession, count: int) -> list[dict[str, str]]:
    users = [await make_user(db) for _ in range(count)]
    await db.commit()
    return [bearer(user.id, SETTINGS) for user in users]


async def test_an_attendee_takes_a_seat_fetches_the_ticket_and_cancels(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=30)
    await db.commit()

    taken = await client.post(f"/api/v1/sessions/{panel.id}/registrations", json=JOIN, headers=team.attendee)
    assert taken.status_code == 201, taken.text
    seat = taken.json()
    assert (seat["status"], seat["waitlist_position"], seat["session_id"]) == ("confirmed", None, str(panel.id))
    assert "ticket_code" not in seat
    url = taken.headers["location"]
    read = await client.get(url, headers=team.attendee)
    assert read.json() == seat
    assert read.headers["etag"] == taken.headers["etag"]

    ticket = (await client.get(f"{url}/ticket", headers=team.attendee)).json()
    assert len(ticket["ticket_code"]) >= 32
    assert seat["id"].replace("-", "") not in ticket["ticket_code"]
    svg = await client.get(ticket["qr_svg_url"], headers=team.attendee)
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in svg.content
    png = await client.get(ticket["qr_png_url"], headers=team.attendee)
    assert png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")

    cancelled = await client.post(f"{url}/cancel", headers=team.attendee)
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["registration"]["status"] == "cancelled"
    assert_problem(await client.post(f"{url}/cancel", headers=team.attendee), 409)
    # Cancelled, the person may take a seat again.
    again = await client.post(f"/api/v1/sessions/{panel.id}/registrations", json=JOIN, headers=team.attendee)
    assert again.status_code == 201, again.text
    actions = await db.scalars(select(AuditEvent.action).where(AuditEvent.object_id == seat["id"]))
    assert sorted(actions) == ["cancel", "create"]


async def test_seats_then_a_waitlist_that_moves_up_in_order(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=2)
    await db.commit()
    people = await attendees(db, 5)
    url = f"/api/v1/sessions/{panel.id}/registrations"
    seats = [(await client.post(url, json=JOIN, headers=person)).json() for person in people]
    assert [(s["status"], s["waitlist_position"]) for s in seats] == [
        ("confirmed", None), ("confirmed", None), ("waitlisted", 1), ("waitlisted", 2), ("waitlisted", 3),
    ]  # fmt: skip

    # A waitlisted person leaves: those behind move up.
    left = await client.post(f"/api/v1/registrations/{seats[3]['id']}/cancel", headers=people[3])
    assert left.json()["promoted"] == []
    # A confirmed one leaves: the first of the waitlist gets the seat, in the same request.
    freed = await client.post(f"/api/v1/registrations/{seats[0]['id']}/cancel", headers=people[0])
    assert freed.json()["promoted"] == [seats[2]["id"]]

    async def state(index: int) -> tuple[str, int | None]:
        body = (await client.get(f"/api/v1/registrations/{seats[index]['id']}", headers=people[index])).json()
        return body["status"], body["waitlist_position"]

    assert [await state(i) for i in range(5)] == [
        ("cancelled", None), ("confirmed", None), ("confirmed", None), ("cancelled", None), ("waitlisted", 1),
    ]  # fmt: skip
    await db.refresh(panel)
    assert (panel.confirmed_count, panel.waitlist_length) == (2, 1)


async def test_a_lowered_capacity_evicts_nobody_and_confirms_nobody_until_there_is_room(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=3)
    await db.commit()
    people = await attendees(db, 4)
    url = f"/api/v1/sessions/{panel.id}/registrations"
    seats = [(await client.post(url, json=JOIN, headers=person)).json() for person in people]
    panel.capacity = 1  # the database allows it: the count does not grow
    await db.commit()

    freed = await client.post(f"/api/v1/registrations/{seats[0]['id']}/cancel", headers=people[0])
    assert freed.json()["promoted"] == []  # 2 confirmed on 1 seat: still no room
    statuses = [
        (await client.get(f"/api/v1/registrations/{s['id']}", headers=p)).json()["status"]
        for s, p in zip(seats, people, strict=True)
    ]
    assert statuses == ["cancelled", "confirmed", "confirmed", "waitlisted"]
    late = await client.post(url, json=JOIN, headers=(await attendees(db, 1))[0])
    assert (late.json()["status"], late.json()["waitlist_position"]) == ("waitlisted", 2)


async def test_one_active_registration_per_person(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum)
    user, attendee = await an_attendee(db)
    for url in (f"/api/v1/forums/{team.forum.id}/registrations", f"/api/v1/sessions/{panel.id}/registrations"):
        assert (await client.post(url, json=JOIN, headers=attendee)).status_code == 201
        assert_problem(await client.post(url, json=JOIN, headers=attendee), 409)
    # The person was made from the account on its first registration, once.
    await db.refresh(user)
    person = await db.get(Person, user.person_id)
    assert person is not None
    assert (person.full_name, person.email) == (user.full_name, user.email)


async def test_forum_approval(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, requires_approval=True, **upcoming())
    people = await attendees(db, 2)
    url = f"/api/v1/forums/{team.forum.id}/registrations"
    first, second = [(await client.post(url, json=JOIN, headers=person)).json() for person in people]
    assert first["status"] == second["status"] == "pending"

    approve = f"/api/v1/registrations/{first['id']}/approve"
    assert_problem(await client.post(approve, headers=people[0]), 404)
    assert_problem(await client.post(approve, headers=team.other_organizer), 404)
    approved = await client.post(approve, headers=team.organizer)
    assert approved.json()["status"] == "confirmed"
    assert_problem(await client.post(approve, headers=team.organizer), 409)
    rejected = await client.post(f"/api/v1/registrations/{second['id']}/reject", headers=team.organizer)
    assert rejected.json()["status"] == "rejected"
    assert_problem(await client.post(f"/api/v1/registrations/{second['id']}/cancel", headers=people[1]), 409)


async def test_the_registration_window(client: Client, db: AsyncSession) -> None:
    now = datetime.datetime.now(UTC)
    opens_later = await build_team(db, registration_opens_at=now + datetime.timedelta(days=1), **upcoming())
    closed = await build_team(db, registration_closes_at=now - datetime.timedelta(minutes=1), **upcoming())
    future = await client.post(
        f"/api/v1/forums/{opens_later.forum.id}/registrations", json=JOIN, headers=opens_later.attendee
    )
    assert "opens at" in assert_problem(future, 409)["detail"]
    past = await client.post(f"/api/v1/forums/{closed.forum.id}/registrations", json=JOIN, headers=closed.attendee)
    assert "closed at" in assert_problem(past, 409)["detail"]
    panel = await make_session(db, closed.forum)
    await db.commit()
    assert_problem(
        await client.post(f"/api/v1/sessions/{panel.id}/registrations", json=JOIN, headers=closed.attendee), 409
    )


async def test_a_full_forum_refuses_more(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, capacity=1, **upcoming())
    people = await attendees(db, 2)
    url = f"/api/v1/forums/{team.forum.id}/registrations"
    assert (await client.post(url, json=JOIN, headers=people[0])).status_code == 201
    assert "full" in assert_problem(await client.post(url, json=JOIN, headers=people[1]), 409)["detail"]


async def test_what_cannot_be_registered_for(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    draft = await make_session(db, team.forum, status=SessionStatus.DRAFT)
    off = await make_session(db, team.forum, status=SessionStatus.CANCELLED)
    await db.commit()
    assert_problem(
        await client.post(f"/api/v1/sessions/{draft.id}/registrations", json=JOIN, headers=team.attendee), 404
    )
    assert_problem(await client.post(f"/api/v1/sessions/{off.id}/registrations", json=JOIN, headers=team.attendee), 409)
    delegate = await client.post(
        f"/api/v1/forums/{team.forum.id}/registrations", json={"category": "delegate"}, headers=team.attendee
    )
    assert error_fields(assert_problem(delegate, 400)) == ["category"]
    unknown = await client.post(
        f"/api/v1/forums/{team.forum.id}/registrations", json={"category": "vip"}, headers=team.attendee
    )
    assert "category" in error_fields(assert_problem(unknown, 400))


async def test_nobody_sees_or_cancels_another_persons_registration(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum)
    await db.commit()
    owner, stranger = await attendees(db, 2)
    seat = (await client.post(f"/api/v1/sessions/{panel.id}/registrations", json=JOIN, headers=owner)).json()
    url = f"/api/v1/registrations/{seat['id']}"
    for path in ("", "/ticket", "/ticket.svg", "/ticket.png"):
        for other in (stranger, team.other_organizer, team.partner):
            assert_problem(await client.get(url + path, headers=other), 404)
    assert_problem(await client.post(f"{url}/cancel", headers=stranger), 404)
    assert_problem(await client.post(f"{url}/cancel", headers=team.partner), 404)
    mine = (await client.get("/api/v1/me/registrations", headers=stranger)).json()
    assert mine == {"items": [], "next": None}
    assert (await client.get(url, headers=owner)).json()["status"] == "confirmed"
    # The forum's organizer may read and cancel it.
    assert (await client.post(f"{url}/cancel", headers=team.organizer)).status_code == 200


def _events(ics: bytes) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


async def test_my_agenda_in_the_forums_time_zone(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, timezone="Asia/Baku", starts_on=datetime.date(2025, 11, 24))
    timed = await make_timed_session(
        db, team.forum, datetime.datetime(2025, 11, 24, 6, 30, tzinfo=UTC), minutes=90, title={"en": "Caspian panel"}
    )
    untimed = await make_session(db, team.forum, day=datetime.date(2025, 11, 25), title={"en": "Side event"})
    speaking = await make_session(db, team.forum, title={"en": "Where I speak"})
    elsewhere = await make_session(db, team.forum, title={"en": "Not mine"})
    user, headers = await an_attendee(db)
    await make_participant(db, speaking, person=await person_of(db, user.id))
    await db.commit()
    # The forum is over, so it takes no registrations any more: the seats were taken while it was ahead.
    person_id = (await person_of(db, user.id)).id
    seats = {
        session.id: (await make_registration(db, forum_id=team.forum.id, session=session, person_id=person_id)).id
        for session in (timed, untimed)
    }
    await db.commit()

    answer = await client.get("/api/v1/me/agenda.ics", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/calendar")
    events = _events(answer.content)
    assert set(events) == {"Caspian panel", "Side event", "Where I speak"}
    start = events["Caspian panel"].decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 30, "Asia/Baku")  # 06:30 UTC is 10:30 in Baku
    assert b"TZID=Asia/Baku" in answer.content
    assert b"BEGIN:VTIMEZONE" in answer.content
    assert events["Side event"].decoded("dtstart") == datetime.date(2025, 11, 25)
    assert events["Side event"].decoded("dtend") == datetime.date(2025, 11, 26)
    assert elsewhere.id not in seats

    await client.post(f"/api/v1/registrations/{seats[timed.id]}/cancel", headers=headers)
    after = _events((await client.get("/api/v1/me/agenda.ics", headers=headers)).content)
    assert set(after) == {"Side event", "Where I speak"}
    mine = (await client.get("/api/v1/me/registrations", headers=headers)).json()["items"]
    assert [(m["session_id"], m["status"]) for m in mine] == [
        (str(timed.id), "cancelled"),
        (str(untimed.id), "confirmed"),
    ]


async def test_the_seat_guard_in_the_database(client: Client, db: AsyncSession) -> None:
    """Even a writer that skips the service cannot confirm past capacity; lowering capacity stays allowed."""
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=1)
    await db.commit()
    people = await attendees(db, 2)
    url = f"/api/v1/sessions/{panel.id}/registrations"
    first, second = [(await client.post(url, json=JOIN, headers=person)).json() for person in people]
    assert second["status"] == "waitlisted"
    row = await db.get(Registration, second["id"])
    assert row is not None
    row.status, row.waitlist_position = RegistrationStatus.CONFIRMED, None
    with pytest.raises(IntegrityError) as refused:
        await db.commit()
    assert constraint_of(refused.value) == "forum_sessions_seat_guard"
    await db.rollback()
    panel.capacity = 0
    await db.commit()
    await db.refresh(panel)
    assert (panel.capacity, panel.confirmed_count) == (0, 1)
    assert first["status"] == "confirmed"


async def test_rebalancing_after_a_capacity_change(db: AsyncSession) -> None:
    """What the session writer calls after changing a capacity: raised, the waitlist moves in, in order;
    lowered, nobody is evicted and nobody confirmed."""
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=1)
    seated = await make_registration(db, forum_id=team.forum.id, session=panel)
    waiting = [
        await make_registration(
            db, forum_id=team.forum.id, session=panel, status=RegistrationStatus.WAITLISTED, waitlist_position=n
        )
        for n in (1, 2, 3)
    ]
    await db.commit()
    audit = Audit(AuditRepository(db), Principal(kind=CallerKind.USER, user_id=team.organizer_id))

    panel.capacity = 3
    await db.flush()
    assert await rebalance_session_seats(db, panel.id, audit) == [waiting[0].id, waiting[1].id]
    await db.commit()
    rows = {
        r.id: (r.status, r.waitlist_position)
        for r in await db.scalars(select(Registration).execution_options(populate_existing=True))
    }
    assert rows[waiting[2].id] == (RegistrationStatus.WAITLISTED, 1)
    assert rows[seated.id] == (RegistrationStatus.CONFIRMED, None)

    panel.capacity = 1
    await db.flush()
    assert await rebalance_session_seats(db, panel.id, audit) == []
    await db.commit()
    statuses = sorted(
        r.status for r in await db.scalars(select(Registration).execution_options(populate_existing=True))
    )
    assert statuses == [RegistrationStatus.CONFIRMED] * 3 + [RegistrationStatus.WAITLISTED]
