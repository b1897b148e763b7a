"""What an agenda screen shows beside each session without a request per session: the seats left, the
waitlist's length, and the caller's own registration (issue 15, item 5)."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem
from tests.support.factories import make_session
from tests.support.registrations import upcoming
from tests.support.writers import SETTINGS, build_team, with_etag

Client = AsyncTestClient[Litestar]
JOIN = {"category": "participant"}


async def people(db: AsyncSession, count: int) -> list[dict[str, str]]:
    """Signed-in accounts with no person yet: the app makes one on their first registration."""
    users = [await make_user(db) for _ in range(count)]
    await db.commit()
    return [bearer(user.id, SETTINGS) for user in users]


async def take_seat(client: Client, session_id: object, headers: dict[str, str]) -> dict[str, Any]:
    taken = await client.post(f"/api/v1/sessions/{session_id}/registrations", json=JOIN, headers=headers)
    assert taken.status_code == 201, taken.text
    seat: dict[str, Any] = taken.json()
    return seat


async def seats(client: Client, session_id: object, headers: dict[str, str] | None = None) -> tuple[Any, ...]:
    body = (await client.get(f"/api/v1/sessions/{session_id}", headers=headers or {})).json()
    return body["seats_left"], body["waitlist_length"], body["my_registration"]


async def agenda(client: Client, forum_id: object, headers: dict[str, str] | None = None) -> dict[str, Any]:
    response = await client.get(f"/api/v1/forums/{forum_id}/sessions", headers=headers or {})
    assert response.status_code == 200, response.text
    return {item["id"]: item for item in response.json()["items"]}


def mine(seat: dict[str, Any]) -> dict[str, Any]:
    return {"id": seat["id"], "status": seat["status"], "waitlist_position": seat["waitlist_position"]}


async def test_seats_left_follow_registrations_and_cancellations(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=2)
    open_hall = await make_session(db, team.forum)  # no capacity: unlimited
    await db.commit()
    first, second, third = await people(db, 3)

    assert await seats(client, panel.id) == (2, 0, None)
    assert await seats(client, open_hall.id) == (None, 0, None)

    taken = [await take_seat(client, panel.id, person) for person in (first, second, third)]
    await take_seat(client, open_hall.id, first)
    assert [seat["status"] for seat in taken] == ["confirmed", "confirmed", "waitlisted"]
    assert await seats(client, panel.id) == (0, 1, None)
    assert await seats(client, open_hall.id) == (None, 0, None)

    # A confirmed seat freed goes to the waitlist: still none left, and nobody waiting.
    await client.post(f"/api/v1/registrations/{taken[0]['id']}/cancel", headers=first)
    assert await seats(client, panel.id) == (0, 0, None)
    await client.post(f"/api/v1/registrations/{taken[1]['id']}/cancel", headers=second)
    assert await seats(client, panel.id) == (1, 0, None)

    # The agenda list carries the same figures.
    listed = await agenda(client, team.forum.id)
    assert (listed[str(panel.id)]["seats_left"], listed[str(panel.id)]["waitlist_length"]) == (1, 0)
    assert (listed[str(open_hall.id)]["seats_left"], listed[str(open_hall.id)]["waitlist_length"]) == (None, 0)
    assert [item["my_registration"] for item in listed.values()] == [None, None]


async def test_a_capacity_lowered_below_the_seats_taken_leaves_none_not_a_negative_count(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=3)
    await db.commit()
    for person in await people(db, 4):
        await take_seat(client, panel.id, person)
    url = f"/api/v1/sessions/{panel.id}"
    assert await seats(client, panel.id) == (0, 1, None)

    etag = (await client.get(url, headers=team.organizer)).headers["etag"]
    lowered = await client.patch(url, json={"capacity": 1}, headers=with_etag(team.organizer, etag))
    assert lowered.status_code == 200, lowered.text
    assert (lowered.json()["capacity"], lowered.json()["seats_left"], lowered.json()["waitlist_length"]) == (1, 0, 1)
    assert await seats(client, panel.id) == (0, 1, None)
    assert (await agenda(client, team.forum.id))[str(panel.id)]["seats_left"] == 0

    # Raised again, the freed seats go to the waitlist first, and the figures say what is left after that.
    raised = await client.patch(url, json={"capacity": 6}, headers=with_etag(team.organizer, lowered.headers["etag"]))
    assert raised.status_code == 200, raised.text
    assert (raised.json()["seats_left"], raised.json()["waitlist_length"]) == (2, 0)


async def test_my_registration_is_the_callers_own_active_seat_or_place_on_the_waitlist(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=1)
    other_panel = await make_session(db, team.forum, capacity=5)
    await db.commit()
    seated, waiting, last, elsewhere, never = await people(db, 5)
    seat = await take_seat(client, panel.id, seated)
    await take_seat(client, panel.id, waiting)
    place = await take_seat(client, panel.id, last)
    await take_seat(client, other_panel.id, elsewhere)  # a person, registered, but not for this panel

    assert await seats(client, panel.id, seated) == (0, 2, mine(seat))
    assert mine(seat)["status"] == "confirmed"
    assert await seats(client, panel.id, last) == (0, 2, mine(place))
    assert (mine(place)["status"], mine(place)["waitlist_position"]) == ("waitlisted", 2)
    # Nobody else sees it: another person, an account with no person, the public, a partner's API key.
    for caller in (elsewhere, never, {}, team.partner):
        assert await seats(client, panel.id, caller) == (0, 2, None)

    # The agenda list carries it per session.
    listed = await agenda(client, team.forum.id, last)
    assert listed[str(panel.id)]["my_registration"] == mine(place)
    assert listed[str(other_panel.id)]["my_registration"] is None
    assert (await agenda(client, team.forum.id, elsewhere))[str(other_panel.id)]["my_registration"] is not None
    for caller in ({}, team.partner):
        listed = await agenda(client, team.forum.id, caller)
        assert [item["my_registration"] for item in listed.values()] == [None, None]

    # Cancelled, it is gone (the seat passed on), and the waitlist moved up.
    await client.post(f"/api/v1/registrations/{seat['id']}/cancel", headers=seated)
    assert (await seats(client, panel.id, seated))[2] is None
    assert (await seats(client, panel.id, waiting))[2]["status"] == "confirmed"
    assert (await seats(client, panel.id, last))[2] == mine(place) | {"waitlist_position": 1}


async def test_the_etag_differs_per_caller_as_the_body_does(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=5)
    await db.commit()
    [attendee] = await people(db, 1)
    await take_seat(client, panel.id, attendee)
    url = f"/api/v1/sessions/{panel.id}"

    theirs = await client.get(url, headers=attendee)
    public = await client.get(url)
    assert theirs.headers["etag"] != public.headers["etag"]
    # The public never gets a 304 for the attendee's version, nor the attendee for the public one.
    assert (await client.get(url, headers={"If-None-Match": theirs.headers["etag"]})).status_code == 200
    assert (await client.get(url, headers=attendee | {"If-None-Match": public.headers["etag"]})).status_code == 200
    assert (await client.get(url, headers=attendee | {"If-None-Match": theirs.headers["etag"]})).status_code == 304


async def test_an_organizer_holding_a_seat_changes_the_session_with_the_etag_they_read(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=5)
    await db.commit()
    seat = await take_seat(client, panel.id, team.organizer)
    url = f"/api/v1/sessions/{panel.id}"

    read = await client.get(url, headers=team.organizer)
    assert read.json()["my_registration"] == mine(seat)
    changed = await client.patch(url, json={"capacity": 10}, headers=with_etag(team.organizer, read.headers["etag"]))
    assert changed.status_code == 200, changed.text
    # The answer is what their next GET shows, so its ETag is the next If-Match.
    assert changed.json()["my_registration"] == mine(seat)
    again = await client.get(url, headers=team.organizer)
    assert (again.json(), again.headers["etag"]) == (changed.json(), changed.headers["etag"])
    renamed = await client.patch(
        url, json={"title": {"en": "Renamed"}}, headers=with_etag(team.organizer, changed.headers["etag"])
    )
    assert renamed.status_code == 200, renamed.text

    # Another organizer of the forum (a platform admin) holds no seat: their version has none, and works too.
    admin_read = await client.get(url, headers=team.admin)
    assert admin_read.json()["my_registration"] is None
    assert admin_read.headers["etag"] != (await client.get(url, headers=team.organizer)).headers["etag"]
    by_admin = await client.patch(url, json={"capacity": 4}, headers=with_etag(team.admin, admin_read.headers["etag"]))
    assert by_admin.status_code == 200, by_admin.text


async def test_a_seat_taken_since_the_organizer_read_makes_their_etag_stale(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=5)
    await db.commit()
    url = f"/api/v1/sessions/{panel.id}"
    read = await client.get(url, headers=team.organizer)
    [attendee] = await people(db, 1)
    await take_seat(client, panel.id, attendee)

    # What they read (5 seats left) is no longer so: the change answers 412 with the current version's ETag.
    stale = await client.patch(url, json={"capacity": 4}, headers=with_etag(team.organizer, read.headers["etag"]))
    assert_problem(stale, 412)
    current = await client.get(url, headers=team.organizer)
    assert current.json()["seats_left"] == 4
    assert stale.headers["etag"] == current.headers["etag"]
