"""An attendee's own changes: promoted from the waitlist, approved, rejected, their session cancelled or moved,
each once, as GET /registrations/{id} shows it; nobody else's; never someone else's registration."""

from __future__ import annotations

import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem
from tests.support.factories import make_session
from tests.support.registrations import upcoming
from tests.support.statements import Client
from tests.support.writers import SETTINGS, build_team, with_etag

MINE = "/api/v1/me/changes"


async def changes(client: Client, headers: dict[str, str], since: str | None = None) -> dict[str, Any]:
    response = await client.get(MINE, params={"since": since} if since else {}, headers=headers)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def reasons(page: dict[str, Any]) -> list[tuple[str, str]]:
    return [(item["id"], item["reason"]) for item in page["items"]]


async def test_a_waitlisted_attendee_learns_of_the_promotion_and_of_the_session_moving(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    session = await make_session(db, team.forum, capacity=1, day=team.forum.starts_on)
    first, second = await make_user(db), await make_user(db)
    await db.commit()
    first_h, second_h = bearer(first.id, SETTINGS), bearer(second.id, SETTINGS)
    seat_url = f"/api/v1/sessions/{session.id}/registrations"
    taken = (await client.post(seat_url, json={"category": "participant"}, headers=first_h)).json()
    cursor = (await changes(client, second_h))["next"]  # the app starts following before registering
    waiting = (await client.post(seat_url, json={"category": "participant"}, headers=second_h)).json()
    assert waiting["status"] == "waitlisted"

    page = await changes(client, second_h, cursor)
    assert reasons(page) == [(waiting["id"], "waitlisted")]
    cancelled = await client.post(f"/api/v1/registrations/{taken['id']}/cancel", headers=first_h)
    assert cancelled.status_code == 200, cancelled.text
    page = await changes(client, second_h, page["next"])
    assert reasons(page) == [(waiting["id"], "promoted")]
    assert page["items"][0]["registration"]["status"] == "confirmed"

    session_url = f"/api/v1/sessions/{session.id}"
    etag = (await client.get(session_url, headers=team.organizer)).headers["ETag"]
    moved = await client.patch(
        session_url, json={"day": str(team.forum.starts_on + datetime.timedelta(days=1))},
        headers=with_etag(team.organizer, etag),
    )  # fmt: skip
    assert moved.status_code == 200, moved.text
    page = await changes(client, second_h, page["next"])
    assert reasons(page) == [(waiting["id"], "session_moved")]
    # The first attendee's feed has their own cancellation, and nothing of the second's.
    assert reasons(await changes(client, first_h, cursor)) == [(taken["id"], "cancelled")]


async def test_approval_and_rejection_reach_the_attendee(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, requires_approval=True, **upcoming())
    attendee = await make_user(db)
    await db.commit()
    headers = bearer(attendee.id, SETTINGS)
    cursor = (await changes(client, headers))["next"]
    registered = await client.post(
        f"/api/v1/forums/{team.forum.id}/registrations", json={"category": "participant"}, headers=headers
    )
    assert registered.status_code == 201, registered.text
    registration = registered.json()
    rejected = await client.post(f"/api/v1/registrations/{registration['id']}/reject", headers=team.organizer)
    assert rejected.status_code == 200, rejected.text

    page = await changes(client, headers, cursor)
    # Each registration once, at its last change.
    assert reasons(page) == [(registration["id"], "rejected")]
    assert (
        page["items"][0]["registration"]
        == (await client.get(f"/api/v1/registrations/{registration['id']}", headers=headers)).json()
    )


async def test_my_changes_need_a_person_and_a_valid_cursor(client: Client, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    assert_problem(await client.get(MINE), 401)
    headers = bearer(user.id, SETTINGS)
    page = await changes(client, headers)  # an account with no person yet: nothing, and a cursor
    assert page["items"] == []
    assert page["next"]
    assert_problem(await client.get(MINE, params={"since": "x"}, headers=headers), 400)
