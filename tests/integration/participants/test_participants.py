"""People on sessions: the affiliation snapshot, order, invitations, If-Match, Idempotency-Key, audit, and the
rule that a speaker is never on two overlapping sessions, checked by the API and, under a race, by the
database."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import asyncpg
import httpx
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.db.base import new_id
from app.db.errors import constraint_of
from app.db.models import AuditEvent, ForumSession, SessionParticipant, Tombstone
from app.db.models.enums import InvitationState, ParticipantRole, SessionStatus
from app.domain.participants.errors import SPEAKER_OVERLAP
from app.domain.participants.overlap import SpeakerOverlapRepository
from tests.support.api import assert_problem, error_fields
from tests.support.apps import racing_client
from tests.support.factories import (
    make_affiliation,
    make_organization,
    make_participant,
    make_person,
    make_session,
    make_statement,
    make_timed_session,
)
from tests.support.postgres import libpq
from tests.support.writers import Team, build_team, with_etag

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC
TEN = datetime.datetime(2026, 5, 1, 5, tzinfo=UTC)  # 10:00 in Almaty, the test forum's time zone


def _on(session: ForumSession) -> str:
    return f"/api/v1/sessions/{session.id}/participants"


async def _add(client: httpx.AsyncClient, team: Team, session: ForumSession, person_id: Any, **body: Any) -> Any:
    return await client.post(
        _on(session), json={"person_id": str(person_id), "role": "speaker"} | body, headers=team.organizer
    )


async def test_the_current_affiliation_is_taken_and_kept(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)  # on 2026-05-01
    person = await make_person(db, full_name="Agil Jamal")
    former, current, future = [await make_organization(db) for _ in range(3)]
    await make_affiliation(db, person, former, title="Director", ends_on=datetime.date(2025, 12, 31))
    chair = await make_affiliation(db, person, current, title="Chair", starts_on=datetime.date(2026, 1, 1))
    await make_affiliation(db, person, future, title="Head", starts_on=datetime.date(2026, 6, 1))
    newcomer = await make_person(db)
    await make_affiliation(db, newcomer, former, title="Director", ends_on=datetime.date(2025, 12, 31))
    await make_affiliation(db, newcomer, future, title="Head", starts_on=datetime.date(2026, 6, 1))
    await db.commit()

    created = await _add(client, team, session, person.id)
    assert created.status_code == 201, created.text
    participant = created.json()
    assert participant["affiliation_id"] == str(chair.id)
    assert participant["organization"]["id"] == str(current.id)
    assert participant["title"] == {"lang": "en", "text": "Chair"}
    assert (participant["role"], participant["position"], participant["invitation"]) == ("speaker", 1, "invited")
    assert created.headers["location"] == f"/api/v1/participants/{participant['id']}"
    read = await client.get(created.headers["location"], headers=team.organizer)
    assert read.headers["etag"] == created.headers["etag"]

    # No affiliation covers the day: the latest open-ended one. Position: after the last.
    second = (await _add(client, team, session, newcomer.id)).json()
    assert (second["organization"]["id"], second["title"]["text"], second["position"]) == (str(future.id), "Head", 2)

    # The person moves on: what they spoke under stays as it was.
    chair.title = {"en": "Honorary chair"}
    await db.commit()
    await db.delete(chair)
    await db.commit()
    later = (await client.get(created.headers["location"], headers=team.organizer)).json()
    assert later["title"] == {"lang": "en", "text": "Chair"}
    assert later["organization"]["id"] == str(current.id)
    assert later["affiliation_id"] is None

    [event] = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == participant["id"]))).all()
    assert (event.action, event.forum_id, event.actor_user_id) == ("create", team.forum.id, team.organizer_id)


async def test_a_given_affiliation_or_title_wins(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    person, stranger = await make_person(db), await make_person(db)
    union, ngo = await make_organization(db), await make_organization(db)
    await make_affiliation(db, person, union, title="Chair")
    member = await make_affiliation(db, person, ngo, title="Member", ends_on=datetime.date(2020, 1, 1))
    theirs = await make_affiliation(db, stranger, ngo)
    await db.commit()

    title = {"translations": {"ru": "Член"}, "language": "ru"}
    given = await _add(client, team, session, person.id, affiliation_id=str(member.id), title=title)
    assert given.status_code == 201, given.text
    assert given.json()["organization"]["id"] == str(ngo.id)
    assert given.json()["title"] == {"lang": "ru", "text": "Член"}

    personal = await _add(client, team, session, stranger.id, affiliation_id=None)
    assert (personal.json()["organization"], personal.json()["title"]) == (None, None)

    other = await make_person(db)
    await db.commit()
    cases = [
        ({"title": {"en": "Guest"}}, "title"),
        ({"title": {"translations": {"en": "Guest"}}}, "title"),
        ({"title": {"translations": {"en": "Guest"}, "language": "ru"}}, "title.translations"),
        ({"title_language": "en"}, "title_language"),
        ({"role": "host"}, "role"),
        ({"invitation": "maybe"}, "invitation"),
        ({"position": -1}, "position"),
        ({"seat": 3}, "seat"),
    ]
    for extra, field in cases:
        problem = assert_problem(await _add(client, team, session, other.id, **extra), 400)
        assert field in error_fields(problem), (extra, problem)
    # Valid bodies naming what cannot be used: 422, the field named.
    problem = assert_problem(await _add(client, team, session, other.id, affiliation_id=str(theirs.id)), 422)
    assert error_fields(problem) == ["affiliation_id"]
    problem = assert_problem(await _add(client, team, session, new_id()), 422)
    assert error_fields(problem) == ["person_id"]


async def test_changing_what_a_participant_speaks_under(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session, person, ngo = await make_session(db, team.forum), await make_person(db), await make_organization(db)
    member = await make_affiliation(db, person, ngo, title="Member")
    await db.commit()
    created = await _add(client, team, session, person.id, affiliation_id=None)
    url, etag = created.headers["location"], created.headers["etag"]

    async def change(body: dict[str, Any]) -> Any:
        nonlocal etag
        answer = await client.patch(url, json=body, headers=with_etag(team.organizer, etag))
        etag = answer.headers.get("etag", etag)
        return answer

    taken = (await change({"affiliation_id": str(member.id)})).json()
    assert (taken["organization"]["id"], taken["title"]["text"]) == (str(ngo.id), "Member")
    retitled = (await change({"title": {"translations": {"az": "Üzv"}, "language": "az"}})).json()
    assert (retitled["organization"]["id"], retitled["title"]) == (str(ngo.id), {"lang": "az", "text": "Üzv"})
    assert "title" in error_fields(assert_problem(await change({"title": {"en": "Guest"}}), 400))
    personal = (await change({"affiliation_id": None})).json()
    assert (personal["affiliation_id"], personal["organization"], personal["title"]) == (None, None, None)


async def test_a_person_is_on_a_session_once(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    person = await make_person(db)
    await db.commit()
    assert (await _add(client, team, session, person.id)).status_code == 201
    assert_problem(await _add(client, team, session, person.id, role="moderator"), 409)


async def test_a_speaker_on_overlapping_sessions_is_refused_naming_the_other(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    first = await make_timed_session(db, team.forum, TEN, title={"en": "Youth and volunteering"})
    overlapping = await make_timed_session(db, team.forum, TEN + datetime.timedelta(minutes=30))
    back_to_back = await make_timed_session(db, team.forum, TEN + datetime.timedelta(hours=1))
    cancelled = await make_timed_session(db, team.forum, TEN, status=SessionStatus.CANCELLED)
    untimed = await make_session(db, team.forum)
    person = await make_person(db, full_name="Agil Jamal")
    await db.commit()

    assert (await _add(client, team, session=first, person_id=person.id)).status_code == 201
    refused = assert_problem(await _add(client, team, overlapping, person.id), 409)
    assert str(first.id) in refused["detail"]
    assert "Youth and volunteering" in refused["detail"]
    assert refused["type"] == "/problems/speaker-conflict"
    assert error_fields(refused) == ["person_id"]

    for free in (back_to_back, cancelled, untimed):
        assert (await _add(client, team, free, person.id, invitation="confirmed")).status_code == 201, free
    # A declined invitation holds no time, until it is accepted.
    declined = await _add(client, team, overlapping, person.id, invitation="declined")
    assert declined.status_code == 201, declined.text
    accepted = await client.patch(
        declined.headers["location"],
        json={"invitation": "confirmed"},
        headers=with_etag(team.organizer, declined.headers["etag"]),
    )
    assert str(first.id) in assert_problem(accepted, 409)["detail"]


async def test_parallel_double_booking_one_wins(database_url: str, db: AsyncSession) -> None:
    team = await build_team(db)
    sessions = [await make_timed_session(db, team.forum, TEN + datetime.timedelta(minutes=m)) for m in (0, 30)]
    person = await make_person(db)
    await db.commit()

    async with racing_client(database_url) as client:
        answers = await asyncio.gather(*(_add(client, team, session, person.id) for session in sessions))

    assert sorted(answer.status_code for answer in answers) == [201, 409], [a.text for a in answers]
    winner = next(answer.json() for answer in answers if answer.status_code == 201)
    loser = next(answer for answer in answers if answer.status_code == 409)
    assert winner["session_id"] in assert_problem(loser, 409)["detail"]
    booked = (await db.scalars(select(SessionParticipant).where(SessionParticipant.person_id == person.id))).all()
    assert [str(row.id) for row in booked] == [winner["id"]]


async def test_parallel_additions_line_up_after_the_last(database_url: str, db: AsyncSession) -> None:
    """Each addition reads the last position, then writes after it: without the session's row lock, two at once
    would both read the same last position and share the next one."""
    team = await build_team(db)
    session = await make_session(db, team.forum)
    people = [await make_person(db) for _ in range(6)]
    await db.commit()

    async with racing_client(database_url) as client:
        answers = await asyncio.gather(*(_add(client, team, session, person.id) for person in people))

    assert [answer.status_code for answer in answers] == [201] * 6, [a.text for a in answers]
    assert sorted(answer.json()["position"] for answer in answers) == [1, 2, 3, 4, 5, 6]


async def _until_a_booking_waits(database_url: str) -> None:
    """Until some backend of this database waits on a lock: the second booking, held by the first one's
    uncommitted row. Each poll is its own transaction, since a transaction sees one snapshot of activity."""
    watcher = await asyncpg.connect(libpq(database_url))
    try:
        for _ in range(2000):
            waiting = await watcher.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            if waiting:
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the second booking never waited for the first")
    finally:
        await watcher.close()


def _booking(session: ForumSession, person_id: Any) -> SessionParticipant:
    return SessionParticipant(
        id=new_id(),
        session_id=session.id,
        person_id=person_id,
        role=ParticipantRole.SPEAKER,
        position=1,
        invitation=InvitationState.CONFIRMED,
    )


async def test_the_constraint_refuses_what_the_check_cannot_see(database_url: str, db: AsyncSession) -> None:
    team = await build_team(db)
    first = await make_timed_session(db, team.forum, TEN)
    second = await make_timed_session(db, team.forum, TEN + datetime.timedelta(minutes=30))
    person = await make_person(db)
    await db.commit()
    engine = create_async_engine(database_url)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    try:
        async with sessions() as one, sessions() as two:
            one.add(_booking(first, person.id))
            await one.flush()  # booked, not yet committed

            # The service's check, in the other transaction, cannot see that booking: the race is real.
            conflict = await SpeakerOverlapRepository(two).find(
                session_id=second.id, starts_at=second.starts_at, ends_at=second.ends_at, person_ids=[person.id]
            )
            assert conflict is None
            two.add(_booking(second, person.id))
            racing = asyncio.ensure_future(two.flush())
            await _until_a_booking_waits(database_url)
            await one.commit()
            with pytest.raises(IntegrityError) as refused:
                await racing
            assert constraint_of(refused.value) == SPEAKER_OVERLAP
    finally:
        await engine.dispose()
    booked = await db.scalars(select(SessionParticipant.session_id).where(SessionParticipant.person_id == person.id))
    assert list(booked) == [first.id]


async def test_an_api_booking_refused_by_the_constraint_still_names_the_session(
    database_url: str, db: AsyncSession
) -> None:
    team = await build_team(db)
    first = await make_timed_session(db, team.forum, TEN, title={"en": "Caspian ecology"})
    second = await make_timed_session(db, team.forum, TEN + datetime.timedelta(minutes=30))
    person = await make_person(db)
    await db.commit()
    engine = create_async_engine(database_url)
    try:
        async with async_sessionmaker(engine)() as other_request, racing_client(database_url) as client:
            other_request.add(_booking(first, person.id))
            await other_request.flush()
            answer = asyncio.ensure_future(_add(client, team, second, person.id))
            await _until_a_booking_waits(database_url)  # past the service's check, held by the constraint
            await other_request.commit()
            refused = assert_problem(await answer, 409)
    finally:
        await engine.dispose()
    assert refused["type"] == "/problems/speaker-conflict"
    assert str(first.id) in refused["detail"]
    assert "Caspian ecology" in refused["detail"]


async def test_changes_need_the_current_etag_and_removal_leaves_a_tombstone(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    person, quoted = await make_person(db), await make_participant(db, session)
    await make_statement(db, quoted)
    await db.commit()
    created = await _add(client, team, session, person.id)
    url, etag = created.headers["location"], created.headers["etag"]

    assert_problem(await client.patch(url, json={"role": "moderator"}, headers=team.organizer), 428)
    change = {"role": "moderator", "position": 0}
    changed = await client.patch(url, json=change, headers=with_etag(team.organizer, etag))
    assert changed.status_code == 200, changed.text
    assert (changed.json()["role"], changed.json()["position"]) == ("moderator", 0)
    assert_problem(await client.patch(url, json={"role": "keynote"}, headers=with_etag(team.organizer, etag)), 412)
    assert (await client.get(url, headers=team.organizer)).headers["etag"] == changed.headers["etag"]
    assert_problem(await client.patch(url, json={"position": 2}, headers=team.other_organizer | {"If-Match": "*"}), 404)

    assert_problem(await client.delete(f"/api/v1/participants/{quoted.id}", headers=team.organizer), 409)
    assert (await client.delete(url, headers=team.organizer)).status_code == 204
    assert_problem(await client.get(url, headers=team.organizer), 404)
    participant_id = created.json()["id"]
    tombstone = await db.get(Tombstone, participant_id)
    assert tombstone is not None
    assert (tombstone.object_type, tombstone.forum_id) == ("participant", team.forum.id)
    events = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == participant_id))).all()
    assert [event.action for event in sorted(events, key=lambda event: event.id)] == ["create", "update", "delete"]
    assert all(event.forum_id == team.forum.id for event in events)


async def test_a_retried_create_puts_the_person_on_once(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    person = await make_person(db)
    await db.commit()
    body = {"person_id": str(person.id), "role": "keynote"}
    headers = team.organizer | {"Idempotency-Key": "put-on-panel-1"}
    first = await client.post(_on(session), json=body, headers=headers)
    retry = await client.post(_on(session), json=body, headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    assert_problem(await client.post(_on(session), json=body | {"role": "speaker"}, headers=headers), 422)


async def test_who_sees_a_participant(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    public = await make_session(db, team.forum)
    draft = await make_session(db, team.forum, status=SessionStatus.DRAFT)
    announced = await make_participant(db, public)
    declined = await make_participant(db, public, invitation=InvitationState.DECLINED)
    unannounced = await make_participant(db, draft)
    await db.commit()

    def url(participant: SessionParticipant) -> str:
        return f"/api/v1/participants/{participant.id}"

    assert (await client.get(url(announced))).status_code == 200
    for hidden in (declined, unannounced):
        assert_problem(await client.get(url(hidden)), 404)
        assert_problem(await client.get(url(hidden), headers=team.other_organizer), 404)
        assert (await client.get(url(hidden), headers=team.organizer)).status_code == 200
    other_forums = await client.post(
        _on(draft), json={"person_id": str(announced.person_id), "role": "speaker"}, headers=team.other_organizer
    )
    assert_problem(other_forums, 404)


async def test_a_booking_that_loses_a_deadlock_writes_again_and_names_the_session_in_its_way(
    database_url: str, db: AsyncSession
) -> None:
    """Two bookings of one speaker inserted at once can each wait on the other's row in the overlap check, a
    deadlock PostgreSQL ends by failing one of them. Made here on purpose: the test's transaction books the
    speaker on `early`, the request books `middle` (overlapping it) and waits; the test then books `late`
    (overlapping only `middle`) and so waits on the request. The request waited first, so its deadlock check
    fires first and it is the one failed. It must then write again (waiting for the test's transaction) and
    answer the 409 that names a session in the way, not a bare 'concurrent change' (nor, before, a 500)."""
    team = await build_team(db)
    early = await make_timed_session(db, team.forum, TEN)
    middle = await make_timed_session(db, team.forum, TEN + datetime.timedelta(minutes=30))
    late = await make_timed_session(db, team.forum, TEN + datetime.timedelta(minutes=70))
    person = await make_person(db)
    await db.commit()

    async with racing_client(database_url) as client:
        db.add(_booking(early, person.id))
        await db.flush()  # holds the speaker's row on `early`, uncommitted
        request = asyncio.create_task(_add(client, team, middle, person.id))
        await _until_a_booking_waits(database_url)
        db.add(_booking(late, person.id))
        await db.flush()  # waits on the request's row until PostgreSQL fails the request's insert
        await db.commit()
        answer = await asyncio.wait_for(request, timeout=30)

    problem = assert_problem(answer, 409)
    assert str(early.id) in problem["detail"] or str(late.id) in problem["detail"], problem
    booked = (await db.scalars(select(SessionParticipant).where(SessionParticipant.person_id == person.id))).all()
    assert sorted(row.session_id for row in booked) == sorted([early.id, late.id])
