"""Organizers build the agenda: sessions, their placement in rooms and time, and the conflicts refused."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any
from uuid import UUID

import asyncpg
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.db.models import AuditEvent, ForumSession, Person, Registration, Tombstone
from app.db.models.enums import RegistrationCategory, RegistrationStatus, SessionStatus
from tests.support.api import assert_problem, error_fields, ids
from tests.support.apps import racing_client
from tests.support.factories import (
    make_participant,
    make_person,
    make_room,
    make_session,
    make_statement,
    make_timed_session,
)
from tests.support.postgres import libpq
from tests.support.writers import build_team, with_etag

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC
# The team's forum runs 2026-05-01..03 in Asia/Almaty (UTC+5).
MORNING = datetime.datetime(2026, 5, 1, 5, 0, tzinfo=UTC)  # 10:00 in Almaty


def session_body(**changes: Any) -> dict[str, Any]:
    """A valid new session with `changes`; a change to None leaves that field out."""
    body = {
        "kind": "panel",
        "title": {"en": "Civil society and the Caspian", "ru": "Гражданское общество и Каспий"},
        "language": "en",
        "day": "2026-05-01",
        "starts_at": "2026-05-01T10:00:00+05:00",
        "ends_at": "2026-05-01T11:30:00+05:00",
        "status": "published",
    }
    return {name: value for name, value in (body | changes).items() if value is not None}


async def test_an_organizer_adds_a_timed_session_dated_in_the_forums_time_zone(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db)
    room = await make_room(db, team.forum)
    await db.commit()
    # 20:30 UTC on 1 May is already 2 May in Almaty.
    body = session_body(
        day="2026-05-02", starts_at="2026-05-01T20:30:00Z", ends_at="2026-05-01T21:30:00Z", room_id=str(room.id)
    )
    created = await client.post(f"/api/v1/forums/{team.forum.id}/sessions", json=body, headers=team.organizer)
    assert created.status_code == 201, created.text
    session = created.json()
    assert session["day"] == "2026-05-02"
    assert session["room"]["id"] == str(room.id)
    assert session["title"] == {"lang": "en", "text": "Civil society and the Caspian"}
    assert created.headers["location"] == f"/api/v1/sessions/{session['id']}"

    read = await client.get(created.headers["location"], headers=team.organizer)
    assert read.json() == session
    assert read.headers["etag"] == created.headers["etag"]
    agenda = await client.get(f"/api/v1/forums/{team.forum.id}/sessions?day=2026-05-02")
    assert ids(agenda.json()["items"]) == [session["id"]]


async def test_a_draft_session_is_seen_only_by_the_forums_organizers(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}/sessions"
    draft = (await client.post(url, json=session_body(status="draft"), headers=team.organizer)).json()

    assert_problem(await client.get(f"/api/v1/sessions/{draft['id']}"), 404)
    assert_problem(await client.get(f"/api/v1/sessions/{draft['id']}", headers=team.other_organizer), 404)
    assert_problem(await client.get(f"/api/v1/sessions/{draft['id']}", headers=team.partner), 404)
    assert (await client.get(url)).json()["items"] == []
    assert ids((await client.get(url, headers=team.organizer)).json()["items"]) == [draft["id"]]
    assert ids((await client.get(url, headers=team.admin)).json()["items"]) == [draft["id"]]


async def test_a_session_may_be_dated_but_not_yet_timed(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    body = session_body(starts_at=None, ends_at=None, day="2026-05-03")
    created = await client.post(f"/api/v1/forums/{team.forum.id}/sessions", json=body, headers=team.organizer)
    assert created.status_code == 201, created.text
    assert (created.json()["day"], created.json()["starts_at"], created.json()["ends_at"]) == ("2026-05-03", None, None)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"day": None}, "day"),
        ({"day": None, "starts_at": None, "ends_at": None}, "day"),
        ({"ends_at": None}, "ends_at"),
        ({"starts_at": None}, "starts_at"),
        ({"starts_at": "2026-05-01T20:30:00Z", "ends_at": "2026-05-01T21:30:00Z"}, "day"),
        ({"ends_at": "2026-05-01T09:00:00+05:00"}, "ends_at"),
        ({"starts_at": "2026-05-01T10:00:00", "ends_at": "2026-05-01T11:00:00"}, "starts_at"),
        ({"day": "2026-05-02"}, "day"),
        ({"starts_at": "2026-06-01T10:00:00+05:00", "ends_at": "2026-06-01T11:00:00+05:00"}, "day"),
        ({"language": "kk"}, "title"),
        ({"kind": "party"}, "kind"),
        ({"status": "cancelled"}, "status"),
        ({"capacity": -1}, "capacity"),
        ({"speakers": []}, "speakers"),
    ],
)
async def test_bad_sessions_are_refused_with_the_field_named(
    client: Client, db: AsyncSession, changes: dict[str, Any], field: str
) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}/sessions"
    problem = assert_problem(await client.post(url, json=session_body(**changes), headers=team.organizer), 400)
    assert field in error_fields(problem), problem
    assert await db.scalar(select(func.count()).select_from(ForumSession)) == 0


async def test_a_room_of_another_forum_or_of_none_is_unusable(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    elsewhere = await make_room(db, (await build_team(db)).forum)
    await db.commit()
    # The body is valid as the schema says; what it names cannot be used: 422, like every unknown reference.
    for room_id in (str(elsewhere.id), "00000000-0000-7000-8000-000000000000"):
        body = session_body(room_id=room_id)
        problem = assert_problem(
            await client.post(f"/api/v1/forums/{team.forum.id}/sessions", json=body, headers=team.organizer), 422
        )
        assert error_fields(problem) == ["room_id"]
    assert await db.scalar(select(func.count()).select_from(ForumSession)) == 0


async def test_a_taken_room_is_a_conflict_naming_the_session(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    room = await make_room(db, team.forum)
    first = await make_timed_session(db, team.forum, MORNING, minutes=90, room=room)
    await make_timed_session(db, team.forum, MORNING, room=room, status=SessionStatus.CANCELLED)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/sessions"

    overlapping = session_body(
        room_id=str(room.id), starts_at="2026-05-01T11:00:00+05:00", ends_at="2026-05-01T12:00:00+05:00"
    )
    problem = assert_problem(await client.post(url, json=overlapping, headers=team.organizer), 409)
    assert str(first.id) in problem["detail"]
    assert "A Panel" in problem["detail"]
    # Back to back is fine (ranges are half-open), and so is the same time in another room or untimed.
    after = session_body(
        room_id=str(room.id), starts_at="2026-05-01T11:30:00+05:00", ends_at="2026-05-01T12:00:00+05:00"
    )
    assert (await client.post(url, json=after, headers=team.organizer)).status_code == 201
    untimed = session_body(room_id=str(room.id), starts_at=None, ends_at=None, day="2026-05-01")
    assert (await client.post(url, json=untimed, headers=team.organizer)).status_code == 201


async def test_moving_a_session_onto_a_taken_room_is_refused(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    room = await make_room(db, team.forum)
    held = await make_timed_session(db, team.forum, MORNING, room=room)
    moving = await make_timed_session(db, team.forum, MORNING)
    await db.commit()
    url = f"/api/v1/sessions/{moving.id}"
    etag = (await client.get(url, headers=team.organizer)).headers["etag"]
    problem = assert_problem(
        await client.patch(url, json={"room_id": str(room.id)}, headers=with_etag(team.organizer, etag)), 409
    )
    assert str(held.id) in problem["detail"]
    # Cancelling the session that holds the room frees it.
    held_etag = (await client.get(f"/api/v1/sessions/{held.id}", headers=team.organizer)).headers["etag"]
    cancelled = await client.patch(
        f"/api/v1/sessions/{held.id}", json={"status": "cancelled"}, headers=with_etag(team.organizer, held_etag)
    )
    assert cancelled.status_code == 200, cancelled.text
    moved = await client.patch(url, json={"room_id": str(room.id)}, headers=with_etag(team.organizer, etag))
    assert moved.status_code == 200, moved.text
    # ... and reinstating it now would double-book the room.
    reinstate = await client.patch(
        f"/api/v1/sessions/{held.id}",
        json={"status": "published"},
        headers=with_etag(team.organizer, cancelled.headers["etag"]),
    )
    assert str(moving.id) in assert_problem(reinstate, 409)["detail"]


async def test_retiming_a_session_onto_a_speakers_other_session_is_refused(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    morning = await make_timed_session(db, team.forum, MORNING)
    afternoon = await make_timed_session(db, team.forum, MORNING + datetime.timedelta(hours=4))
    speaker = await make_participant(db, morning)
    await make_participant(db, afternoon, person=await db.get(Person, speaker.person_id))
    await db.commit()
    url = f"/api/v1/sessions/{afternoon.id}"
    etag = (await client.get(url, headers=team.organizer)).headers["etag"]
    clash = {"starts_at": "2026-05-01T10:30:00+05:00", "ends_at": "2026-05-01T11:30:00+05:00"}
    problem = assert_problem(await client.patch(url, json=clash, headers=with_etag(team.organizer, etag)), 409)
    assert str(morning.id) in problem["detail"]
    # The same problem as putting the person on an overlapping session, whichever write made the overlap.
    assert problem["type"] == "/problems/speaker-conflict"
    # Unchanged: the refused edit left nothing behind.
    assert (await client.get(url, headers=team.organizer)).headers["etag"] == etag


_INSERT_SESSION = """
INSERT INTO forum_sessions (id, forum_id, kind, title, language, room_id, room_seq, day, starts_at, ends_at, status)
SELECT gen_random_uuid(), r.forum_id, 'panel', '{"en": "Raced"}', 'en', r.id, r.seq, $2::date, $3, $4, 'published'
FROM rooms r WHERE r.id = $1
"""
_ROOM_TAKEN = """
SELECT count(*) FROM forum_sessions
WHERE room_id = $1 AND status <> 'cancelled' AND starts_at < $3 AND ends_at > $2
"""


async def test_the_database_refuses_a_double_booking_the_check_cannot_see(database_url: str, db: AsyncSession) -> None:
    """The race the service's check loses: both transactions look, see a free room, and book it. Only the
    exclusion constraint stops the second, once the first commits."""
    team = await build_team(db)
    room = await make_room(db, team.forum)
    await db.commit()
    ends = MORNING + datetime.timedelta(hours=1)
    first, second = await asyncpg.connect(libpq(database_url)), await asyncpg.connect(libpq(database_url))
    try:
        async with first.transaction():
            await first.execute(_INSERT_SESSION, room.id, MORNING.date(), MORNING, ends)
            second_transaction = second.transaction()
            await second_transaction.start()
            # What the service's check sees in the second request: a free room.
            assert await second.fetchval(_ROOM_TAKEN, room.id, MORNING, ends) == 0
            booking = asyncio.create_task(second.execute(_INSERT_SESSION, room.id, MORNING.date(), MORNING, ends))
            await asyncio.sleep(0.2)
            assert not booking.done(), "the second booking waits for the first transaction"
        with pytest.raises(asyncpg.ExclusionViolationError) as refused:
            await booking
        assert refused.value.constraint_name == "ex_forum_sessions_room_overlap"
        await second_transaction.rollback()
    finally:
        await first.close()
        await second.close()
    assert await db.scalar(select(func.count()).select_from(ForumSession)) == 1


async def test_the_database_refuses_retiming_onto_a_speakers_other_session(database_url: str, db: AsyncSession) -> None:
    team = await build_team(db)
    morning = await make_timed_session(db, team.forum, MORNING)
    afternoon = await make_timed_session(db, team.forum, MORNING + datetime.timedelta(hours=4))
    speaker = await make_participant(db, morning)
    await make_participant(db, afternoon, person=await db.get(Person, speaker.person_id))
    await db.commit()
    connection = await asyncpg.connect(libpq(database_url))
    try:
        with pytest.raises(asyncpg.ExclusionViolationError) as refused:
            await connection.execute(
                "UPDATE forum_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1",
                afternoon.id,
                MORNING,
                MORNING + datetime.timedelta(minutes=30),
            )
        assert refused.value.constraint_name == "ex_session_participants_person_overlap"
        # Cancelled, the session no longer holds its speakers: the same times are then accepted.
        await connection.execute("UPDATE forum_sessions SET status = 'cancelled' WHERE id = $1", afternoon.id)
        await connection.execute(
            "UPDATE forum_sessions SET starts_at = $2, ends_at = $3 WHERE id = $1",
            afternoon.id,
            MORNING,
            MORNING + datetime.timedelta(minutes=30),
        )
    finally:
        await connection.close()


async def test_concurrent_bookings_of_one_room_leave_one_session(database_url: str, db: AsyncSession) -> None:
    team = await build_team(db)
    room = await make_room(db, team.forum)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/sessions"
    body = session_body(room_id=str(room.id))
    async with racing_client(database_url) as racing:
        answers = await asyncio.gather(*(racing.post(url, json=body, headers=team.organizer) for _ in range(8)))
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [201] + [409] * 7, [answer.text for answer in answers]
    winner = next(answer.json()["id"] for answer in answers if answer.status_code == 201)
    for answer in answers:
        if answer.status_code == 409:
            # Whether the check or the constraint caught it, the answer names the session that got the room.
            assert winner in assert_problem(answer, 409)["detail"]
    assert await db.scalar(select(func.count()).select_from(ForumSession)) == 1


async def test_two_organizers_updating_with_one_etag_one_wins_and_nothing_is_lost(
    database_url: str, db: AsyncSession
) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    await db.commit()
    url = f"/api/v1/sessions/{session.id}"
    async with racing_client(database_url) as racing:
        etag = (await racing.get(url, headers=team.organizer)).headers["etag"]
        answers = await asyncio.gather(
            racing.patch(url, json={"capacity": 40}, headers=with_etag(team.organizer, etag)),
            racing.patch(url, json={"kind": "workshop"}, headers=with_etag(team.admin, etag)),
        )
        assert sorted(answer.status_code for answer in answers) == [200, 412], [a.text for a in answers]
        winner = next(answer for answer in answers if answer.status_code == 200)
        loser = next(answer for answer in answers if answer.status_code == 412)
        assert loser.headers["etag"] == winner.headers["etag"]
        now = (await racing.get(url, headers=team.organizer)).json()
    assert now == winner.json()
    # Exactly one of the two changes was made, and the audit trail has it once.
    assert (now["capacity"], now["kind"]) in {(40, "panel"), (None, "workshop")}
    events = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == session.id))).all()
    assert [event.action for event in events] == ["update"]


async def test_twenty_creates_with_one_idempotency_key_make_one_session(database_url: str, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}/sessions"
    headers = team.organizer | {"Idempotency-Key": "agenda-panel-2"}
    async with racing_client(database_url) as racing:
        answers = await asyncio.gather(*(racing.post(url, json=session_body(), headers=headers) for _ in range(20)))
        assert all(answer.status_code in {201, 409} for answer in answers), [answer.text for answer in answers]
        created = [answer for answer in answers if answer.status_code == 201]
        assert len({answer.json()["id"] for answer in created}) == 1
        assert sum(1 for answer in created if "idempotent-replayed" not in answer.headers) == 1
        for answer in answers:
            if answer.status_code == 409:
                assert answer.headers["retry-after"] == "1"
        retry = await racing.post(url, json=session_body(), headers=headers)
    assert await db.scalar(select(func.count()).select_from(ForumSession)) == 1
    assert retry.status_code == 201
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == created[0].json()


async def test_status_moves_and_archived_forums_are_read_only(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum, status=SessionStatus.DRAFT)
    await db.commit()
    url = f"/api/v1/sessions/{session.id}"

    async def move(status: str) -> Any:
        etag = (await client.get(url, headers=team.organizer)).headers["etag"]
        return await client.patch(url, json={"status": status}, headers=with_etag(team.organizer, etag))

    assert (await move("published")).status_code == 200
    assert_problem(await move("draft"), 409)
    assert (await move("cancelled")).status_code == 200
    assert (await move("published")).status_code == 200
    team.forum.status = team.forum.status.ARCHIVED
    db.add(team.forum)
    await db.commit()
    assert "archived" in assert_problem(await move("cancelled"), 409)["detail"]


async def test_only_the_forums_organizers_change_its_sessions(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    await db.commit()
    url, star = f"/api/v1/sessions/{session.id}", {"If-Match": "*"}
    assert_problem(await client.patch(url, json={"capacity": 5}, headers=team.other_organizer | star), 404)
    assert_problem(await client.patch(url, json={"capacity": 5}, headers=team.attendee | star), 404)
    assert_problem(await client.patch(url, json={"capacity": 5}, headers=team.partner | star), 403)
    assert_problem(await client.patch(url, json={"capacity": 5}), 401)
    assert_problem(await client.patch(url, json={"capacity": 5}, headers=team.organizer), 428)
    assert (await client.patch(url, json={"capacity": 5}, headers=team.organizer | star)).status_code == 200


async def test_deleting_a_session_leaves_a_tombstone_unless_it_has_statements(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    empty = await make_session(db, team.forum)
    quoted = await make_session(db, team.forum)
    await make_statement(db, await make_participant(db, quoted))
    await db.commit()

    assert_problem(await client.delete(f"/api/v1/sessions/{quoted.id}", headers=team.organizer), 409)
    assert (await client.delete(f"/api/v1/sessions/{empty.id}", headers=team.organizer)).status_code == 204
    assert_problem(await client.get(f"/api/v1/sessions/{empty.id}", headers=team.organizer), 404)
    tombstone = await db.get(Tombstone, empty.id)
    assert tombstone is not None
    assert (tombstone.object_type, tombstone.forum_id) == ("session", team.forum.id)


async def test_every_session_write_is_audited_with_its_change(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    created = await client.post(f"/api/v1/forums/{team.forum.id}/sessions", json=session_body(), headers=team.organizer)
    session = created.json()
    url = f"/api/v1/sessions/{session['id']}"
    changed = await client.patch(url, json={"capacity": 30}, headers=with_etag(team.organizer, created.headers["etag"]))
    assert changed.status_code == 200
    # An update that changes nothing records nothing.
    same = await client.patch(url, json={"capacity": 30}, headers=with_etag(team.organizer, changed.headers["etag"]))
    assert same.status_code == 200
    assert (await client.delete(url, headers=team.admin)).status_code == 204

    trail = await client.get(f"/api/v1/audit-events?object_id={session['id']}", headers=team.organizer)
    assert trail.status_code == 200, trail.text
    events = list(reversed(trail.json()["items"]))
    assert [event["action"] for event in events] == ["create", "update", "delete"]
    assert events[0]["changes"]["status"] == {"from": None, "to": "published"}
    assert events[1]["changes"] == {"capacity": {"from": None, "to": 30}}
    assert [event["actor"]["user_id"] for event in events[:2]] == [str(team.organizer_id)] * 2
    assert events[2]["actor"]["user_id"] != str(team.organizer_id)
    assert all(event["forum_id"] == str(team.forum.id) for event in events)


async def _seat(db: AsyncSession, session: ForumSession, status: RegistrationStatus, position: int | None) -> UUID:
    person = await make_person(db)
    registration = Registration(
        id=new_id(),
        forum_id=session.forum_id,
        session_id=session.id,
        person_id=person.id,
        category=RegistrationCategory.PARTICIPANT,
        status=status,
        waitlist_position=position,
        ticket_code=new_id().hex,
    )
    db.add(registration)
    await db.flush()
    return registration.id


async def test_raising_a_capacity_gives_the_new_seats_to_the_waitlist_in_order(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum, capacity=1)
    seated = await _seat(db, session, RegistrationStatus.CONFIRMED, None)
    first, second, third = [await _seat(db, session, RegistrationStatus.WAITLISTED, n) for n in (1, 2, 3)]
    await db.commit()
    url = f"/api/v1/sessions/{session.id}"

    etag = (await client.get(url, headers=team.organizer)).headers["etag"]
    raised = await client.patch(url, json={"capacity": 3}, headers=with_etag(team.organizer, etag))
    assert raised.status_code == 200, raised.text
    rows = {row.id: row for row in (await db.scalars(select(Registration).execution_options(populate_existing=True)))}
    assert [rows[i].status for i in (seated, first, second)] == [RegistrationStatus.CONFIRMED] * 3
    assert (rows[third].status, rows[third].waitlist_position) == (RegistrationStatus.WAITLISTED, 1)

    # Lowered below the confirmed count, the capacity evicts nobody and confirms nobody new.
    lowered = await client.patch(url, json={"capacity": 1}, headers=with_etag(team.organizer, raised.headers["etag"]))
    assert lowered.status_code == 200, lowered.text
    rows = {row.id: row for row in (await db.scalars(select(Registration).execution_options(populate_existing=True)))}
    assert sum(row.status is RegistrationStatus.CONFIRMED for row in rows.values()) == 3
    assert rows[third].status is RegistrationStatus.WAITLISTED
