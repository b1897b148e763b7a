"""A seat on a session is no way around the forum's door: where the forum approves or counts its attendees, a
seat (and the check-in with a seat's ticket) needs the person's confirmed forum registration. Forums and
sessions that are over take no registrations."""

from __future__ import annotations

import datetime

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.db.models.enums import ForumStatus, RegistrationStatus, SessionStatus
from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem
from tests.support.factories import make_session, make_timed_session
from tests.support.registrations import make_registration, upcoming
from tests.support.writers import SETTINGS, build_team

Client = AsyncTestClient[Litestar]
JOIN = {"category": "participant"}
UTC = datetime.UTC
NO_SEAT_WITHOUT_ADMISSION = (
    "this forum admits registered attendees only (it approves them, or has a capacity): a seat on its sessions "
    "needs your confirmed registration for the forum (register_for_forum; a pending one waits for the organizers)"
)
NO_DOOR_WITHOUT_ADMISSION = (
    "this is a seat on a session, and the forum admits registered attendees only: its holder has no confirmed "
    "registration for the forum"
)


async def test_a_rejected_attendee_takes_no_seat_and_is_not_let_in(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, requires_approval=True, **upcoming())
    panel = await make_session(db, team.forum, capacity=10)
    await db.commit()
    forum_url = f"/api/v1/forums/{team.forum.id}/registrations"
    seat_url = f"/api/v1/sessions/{panel.id}/registrations"

    pending = (await client.post(forum_url, json=JOIN, headers=team.attendee)).json()
    assert pending["status"] == "pending"
    refused = assert_problem(await client.post(seat_url, json=JOIN, headers=team.attendee), 409)
    assert "confirmed registration for the forum" in refused["detail"]
    rejected = await client.post(f"/api/v1/registrations/{pending['id']}/reject", headers=team.organizer)
    assert rejected.json()["status"] == "rejected"
    assert_problem(await client.post(seat_url, json=JOIN, headers=team.attendee), 409)


async def test_a_seat_without_the_forums_confirmation_opens_no_door(client: Client, db: AsyncSession) -> None:
    """A seat held anyway (taken before this rule, or before the forum registration was cancelled)."""
    team = await build_team(db, requires_approval=True, **upcoming())
    panel = await make_session(db, team.forum, capacity=10)
    seat = await make_registration(db, forum_id=team.forum.id, session=panel)
    await make_registration(db, forum_id=team.forum.id, person_id=seat.person_id, status=RegistrationStatus.REJECTED)
    await db.commit()
    door = f"/api/v1/forums/{team.forum.id}/check-ins"
    turned_away = assert_problem(
        await client.post(door, json={"ticket_code": seat.ticket_code}, headers=team.organizer), 409
    )
    assert "admits registered attendees only" in turned_away["detail"]


async def test_once_the_forum_confirms_them_they_take_a_seat_and_get_in(client: Client, db: AsyncSession) -> None:
    approving = await build_team(db, requires_approval=True, **upcoming())
    counting = await build_team(db, capacity=100, **upcoming())
    for team in (approving, counting):
        panel = await make_session(db, team.forum, capacity=10)
        await db.commit()
        seat_url = f"/api/v1/sessions/{panel.id}/registrations"
        assert_problem(await client.post(seat_url, json=JOIN, headers=team.attendee), 409)
        forum = await client.post(f"/api/v1/forums/{team.forum.id}/registrations", json=JOIN, headers=team.attendee)
        if team is approving:
            await client.post(f"/api/v1/registrations/{forum.json()['id']}/approve", headers=team.organizer)
        seat = await client.post(seat_url, json=JOIN, headers=team.attendee)
        assert seat.status_code == 201, seat.text
        ticket = (await client.get(f"{seat.headers['location']}/ticket", headers=team.attendee)).json()
        door = await client.post(
            f"/api/v1/forums/{team.forum.id}/check-ins",
            json={"ticket_code": ticket["ticket_code"]},
            headers=team.organizer,
        )
        assert door.status_code == 200, door.text


async def test_an_open_forum_seats_anyone_and_lets_a_seat_in(client: Client, db: AsyncSession) -> None:
    """The control: a forum that neither approves nor counts its attendees needs no forum registration."""
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=10)
    await db.commit()
    seat = await client.post(f"/api/v1/sessions/{panel.id}/registrations", json=JOIN, headers=team.attendee)
    assert seat.status_code == 201, seat.text
    ticket = (await client.get(f"{seat.headers['location']}/ticket", headers=team.attendee)).json()
    door = await client.post(
        f"/api/v1/forums/{team.forum.id}/check-ins", json={"ticket_code": ticket["ticket_code"]}, headers=team.organizer
    )
    assert door.status_code == 200, door.text


async def test_what_is_over_takes_no_registrations(client: Client, db: AsyncSession) -> None:
    today = datetime.datetime.now(UTC).date()
    over = await build_team(
        db, starts_on=today - datetime.timedelta(days=5), ends_on=today - datetime.timedelta(days=3)
    )
    running = await build_team(
        db, starts_on=today - datetime.timedelta(days=1), ends_on=today + datetime.timedelta(days=2)
    )
    old_panel = await make_session(db, over.forum, capacity=10)
    yesterday = await make_session(db, running.forum, day=today - datetime.timedelta(days=1), capacity=10)
    ended = await make_timed_session(
        db, running.forum, datetime.datetime.now(UTC) - datetime.timedelta(hours=3), minutes=60, capacity=10
    )
    tomorrow = await make_session(db, running.forum, day=today + datetime.timedelta(days=1), capacity=10)
    user = await make_user(db)
    await db.commit()
    me = bearer(user.id, SETTINGS)

    for url in (f"/api/v1/forums/{over.forum.id}/registrations", f"/api/v1/sessions/{old_panel.id}/registrations"):
        assert "forum is over" in assert_problem(await client.post(url, json=JOIN, headers=me), 409)["detail"]
    delegation = {"organization_id": str(over.partner_org.id), "delegates": [{"kind": "new", "full_name": "A"}]}
    late = await client.post(f"/api/v1/forums/{over.forum.id}/delegations", json=delegation, headers=over.partner)
    assert "forum is over" in assert_problem(late, 409)["detail"]
    for session in (yesterday, ended):
        answer = await client.post(f"/api/v1/sessions/{session.id}/registrations", json=JOIN, headers=me)
        assert "session is over" in assert_problem(answer, 409)["detail"]
    # The same forum, while it runs, still takes registrations for itself and for what is ahead.
    assert (
        await client.post(f"/api/v1/sessions/{tomorrow.id}/registrations", json=JOIN, headers=me)
    ).status_code == 201
    forum = await client.post(f"/api/v1/forums/{running.forum.id}/registrations", json=JOIN, headers=me)
    assert forum.status_code == 201, forum.text


async def test_a_refused_seat_says_why(client: Client, db: AsyncSession) -> None:
    """Each reason the seat statement refuses for, with its status, problem type and detail."""
    now = datetime.datetime.now(UTC).replace(microsecond=0)
    opens, closes = now + datetime.timedelta(days=1), now - datetime.timedelta(minutes=1)
    team = await build_team(db, **upcoming())
    early = await build_team(db, registration_opens_at=opens, **upcoming())
    late = await build_team(db, registration_closes_at=closes, **upcoming())
    gated = await build_team(db, requires_approval=True, **upcoming())
    called_off = await build_team(db, status=ForumStatus.CANCELLED, **upcoming())
    cancelled = await make_session(db, team.forum, status=SessionStatus.CANCELLED)
    draft = await make_session(db, team.forum, status=SessionStatus.DRAFT)
    held = await make_session(db, team.forum, capacity=1)
    panels = {name: await make_session(db, t.forum) for name, t in (("early", early), ("late", late))}
    gated_panel = await make_session(db, gated.forum)
    called_off_panel = await make_session(db, called_off.forum)
    await db.commit()

    def seat(session_id: object) -> str:
        return f"/api/v1/sessions/{session_id}/registrations"

    not_open = "this session is not open for registration (it is a draft, cancelled or over)"
    refusals = [
        (seat(cancelled.id), team.attendee, not_open),
        (seat(draft.id), team.organizer, not_open),  # its organizers see the draft, and that it takes nobody
        (seat(called_off_panel.id), called_off.attendee, not_open),
        (seat(panels["early"].id), early.attendee, f"registration opens at {opens.isoformat()}"),
        (seat(panels["late"].id), late.attendee, f"registration closed at {closes.isoformat()}"),
        (seat(gated_panel.id), gated.attendee, NO_SEAT_WITHOUT_ADMISSION),
    ]
    assert (await client.post(seat(held.id), json=JOIN, headers=team.attendee)).status_code == 201
    refusals.append(
        (seat(held.id), team.attendee, "you are already registered for this session (cancel that registration first)")
    )
    for url, headers, detail in refusals:
        body = assert_problem(await client.post(url, json=JOIN, headers=headers), 409)
        assert (body["type"], body["detail"]) == ("/problems/conflict", detail), url
    for url, headers in ((seat(draft.id), team.attendee), (seat(new_id()), team.attendee)):
        body = assert_problem(await client.post(url, json=JOIN, headers=headers), 404)
        assert (body["type"], body["detail"]) == ("/problems/not-found", f"no session {url.split('/')[-2]}")


async def test_a_refused_check_in_says_why(client: Client, db: AsyncSession) -> None:
    """Each reason the check-in statement refuses for, with its status, problem type and detail."""
    team = await build_team(db, requires_approval=True, **upcoming())
    panel = await make_session(db, team.forum, capacity=10)
    used = await make_registration(db, forum_id=team.forum.id, checked_in_at=datetime.datetime.now(UTC))
    waiting = await make_registration(db, forum_id=team.forum.id, session=panel, status=RegistrationStatus.WAITLISTED,
                                      waitlist_position=1)  # fmt: skip
    unadmitted = await make_registration(db, forum_id=team.forum.id, session=panel)
    await db.commit()
    await db.refresh(used)
    assert used.checked_in_at is not None
    door = f"/api/v1/forums/{team.forum.id}/check-ins"
    refusals = [
        (used, 409, "conflict", f"this ticket was already checked in at {used.checked_in_at.isoformat()}"),
        (waiting, 409, "conflict", "this registration is waitlisted; only a confirmed one can check in"),
        (unadmitted, 409, "conflict", NO_DOOR_WITHOUT_ADMISSION),
    ]
    for registration, status, kind, detail in refusals:
        answer = await client.post(door, json={"ticket_code": registration.ticket_code}, headers=team.organizer)
        body = assert_problem(answer, status)
        assert (body["type"], body["detail"]) == (f"/problems/{kind}", detail)
    missing = await client.post(door, json={"ticket_code": "no-such-code"}, headers=team.organizer)
    assert (assert_problem(missing, 404)["detail"]) == "no ticket with this code for this forum"


async def test_a_refused_forum_registration_says_why(client: Client, db: AsyncSession) -> None:
    """Each reason registering with the forum itself is refused for, as its statement and open_forum decide it."""
    now = datetime.datetime.now(UTC).replace(microsecond=0)
    opens, closes = now + datetime.timedelta(days=1), now - datetime.timedelta(minutes=1)
    today = now.date()
    ended = today - datetime.timedelta(days=3)
    over = await build_team(db, starts_on=today - datetime.timedelta(days=5), ends_on=ended)
    early = await build_team(db, registration_opens_at=opens, **upcoming())
    late = await build_team(db, registration_closes_at=closes, **upcoming())
    called_off = await build_team(db, status=ForumStatus.CANCELLED, **upcoming())
    draft = await build_team(db, status=ForumStatus.DRAFT, **upcoming())
    refusals = [
        (over, f"this forum is over (it ended on {ended.isoformat()}): it takes no registrations"),
        (early, f"registration opens at {opens.isoformat()}"),
        (late, f"registration closed at {closes.isoformat()}"),
        (called_off, "this forum is cancelled and takes no registrations"),
    ]
    for team, detail in refusals:
        url = f"/api/v1/forums/{team.forum.id}/registrations"
        body = assert_problem(await client.post(url, json=JOIN, headers=team.attendee), 409)
        assert (body["type"], body["detail"]) == ("/problems/conflict", detail)
        delegation = {"organization_id": str(team.partner_org.id), "delegates": [{"kind": "new", "full_name": "A"}]}
        late_delegation = await client.post(
            f"/api/v1/forums/{team.forum.id}/delegations", json=delegation, headers=team.partner
        )
        assert assert_problem(late_delegation, 409)["detail"] == detail
    hidden = await client.post(f"/api/v1/forums/{draft.forum.id}/registrations", json=JOIN, headers=draft.attendee)
    assert (assert_problem(hidden, 404)["detail"]) == f"no forum {draft.forum.id}"
