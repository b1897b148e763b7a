"""A seat on a session is no way around the forum's door: where the forum approves or counts its attendees, a
seat (and the check-in with a seat's ticket) needs the person's confirmed forum registration. Forums and
sessions that are over take no registrations."""

from __future__ import annotations

import datetime

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import RegistrationStatus
from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem
from tests.support.factories import make_session, make_timed_session
from tests.support.registrations import make_registration, upcoming
from tests.support.writers import SETTINGS, build_team

Client = AsyncTestClient[Litestar]
JOIN = {"category": "participant"}
UTC = datetime.UTC


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
