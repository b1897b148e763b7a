"""Public speaker profiles: who they are, for whom they speak, where they appear, what they said; never how to
reach them, and nobody the organizers have not announced."""

from __future__ import annotations

import datetime
import uuid

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ForumSession, Person
from app.db.models.enums import ForumStatus, InvitationState, SessionStatus, StatementStatus
from app.demo.baku import DAY, PANEL_TITLE
from tests.support.api import assert_problem, walk
from tests.support.factories import (
    make_forum,
    make_person,
    make_session,
    make_speaker,
    make_statement,
)

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC
EMAIL = "agil.private@example.org"
PHONE = "+994 50 555 12 34"


async def _demo_person(demo_db: AsyncSession, full_name: str) -> Person:
    return (await demo_db.scalars(select(Person).where(Person.full_name == full_name))).one()


async def test_a_demo_speaker_profile_shows_affiliation_and_appearance(
    demo_client: Client, demo_db: AsyncSession
) -> None:
    person = await _demo_person(demo_db, "Agil Jamal")
    panel = (await demo_db.scalars(select(ForumSession))).one()

    response = await demo_client.get(f"/api/v1/people/{person.id}")

    assert response.status_code == 200, response.text
    profile = response.json()
    assert profile["id"] == str(person.id)
    assert profile["full_name"] == "Agil Jamal"
    assert profile["bio"] is None
    [affiliation] = profile["affiliations"]
    assert affiliation["title"] == {"lang": "en", "text": "Chairman"}
    assert affiliation["organization"]["name"] == {"lang": "en", "text": "Common Values Public Union"}
    assert affiliation["organization"]["legal_form"] == "public_union"
    assert affiliation["organization"]["country"] == {"code": "AZ", "name": "Azerbaijan"}
    assert profile["appearances"] == [
        {
            "session_id": str(panel.id),
            "forum_id": str(panel.forum_id),
            "title": {"lang": "en", "text": PANEL_TITLE},
            "day": DAY.isoformat(),
            "role": "speaker",
        }
    ]


async def test_a_profile_never_shows_contact_data(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    session = await make_session(db, forum)
    person = await make_person(db, full_name="Agil Jamal", email=EMAIL, phone=PHONE)
    participant = await make_speaker(db, session, person=person)
    await make_statement(db, participant)
    await db.commit()

    # Every public view that shows the person.
    for url in (
        f"/api/v1/people/{person.id}",
        f"/api/v1/people/{person.id}/statements",
        f"/api/v1/sessions/{session.id}",
        f"/api/v1/sessions/{session.id}/statements",
        f"/api/v1/forums/{forum.id}/sessions",
        "/api/v1/statements",
        "/api/v1/statements?q=cooperation",
    ):
        response = await client.get(url)
        assert response.status_code == 200, (url, response.text)
        assert "Agil Jamal" in response.text, url  # the view does show the person...
        for secret in (EMAIL, PHONE, "agil.private", "555 12 34"):
            assert secret not in response.text, (url, secret)  # ...but never how to reach them
    profile = (await client.get(f"/api/v1/people/{person.id}")).json()
    assert not {"email", "phone", "contact"} & profile.keys()


async def test_a_profile_lists_only_public_appearances(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    public = await make_session(db, forum, title={"en": "Open panel"})
    draft = await make_session(db, forum, title={"en": "Secret panel"}, status=SessionStatus.DRAFT)
    declined = await make_session(db, forum, title={"en": "Declined panel"})
    draft_forum = await make_forum(db, status=ForumStatus.DRAFT)
    unannounced = await make_session(db, draft_forum, title={"en": "Panel of an unannounced forum"})
    person = await make_person(db)
    await make_speaker(db, public, person=person, invitation=InvitationState.INVITED)
    await make_speaker(db, draft, person=person)
    await make_speaker(db, declined, person=person, invitation=InvitationState.DECLINED)
    await make_speaker(db, unannounced, person=person)
    await db.commit()

    response = await client.get(f"/api/v1/people/{person.id}")

    assert response.status_code == 200, response.text
    assert [a["title"]["text"] for a in response.json()["appearances"]] == ["Open panel"]


@pytest.mark.parametrize(
    "arrangement",
    ["no-session", "draft-session", "declined", "withdrawn", "draft-forum"],
)
async def test_a_person_on_no_public_session_does_not_exist(client: Client, db: AsyncSession, arrangement: str) -> None:
    forum = await make_forum(db, status=ForumStatus.DRAFT if arrangement == "draft-forum" else ForumStatus.PUBLISHED)
    session = await make_session(
        db, forum, status=SessionStatus.DRAFT if arrangement == "draft-session" else SessionStatus.PUBLISHED
    )
    person = await make_person(db, full_name="Unannounced Speaker")
    invitation = {"declined": InvitationState.DECLINED, "withdrawn": InvitationState.WITHDRAWN}.get(
        arrangement, InvitationState.CONFIRMED
    )
    if arrangement != "no-session":
        participant = await make_speaker(db, session, person=person, invitation=invitation)
        await make_statement(db, participant)
    await db.commit()

    profile = await client.get(f"/api/v1/people/{person.id}")
    statements = await client.get(f"/api/v1/people/{person.id}/statements")

    assert_problem(profile, 404)
    assert_problem(statements, 404)
    assert "Unannounced Speaker" not in profile.text + statements.text


async def test_an_unknown_person_is_404(client: Client) -> None:
    unknown = uuid.uuid4()
    assert_problem(await client.get(f"/api/v1/people/{unknown}"), 404)
    assert_problem(await client.get(f"/api/v1/people/{unknown}/statements"), 404)


async def test_a_persons_statements_are_the_public_ones_newest_first(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    first_day = await make_session(db, forum)
    second_day = await make_session(db, forum, day=forum.ends_on)
    draft_session = await make_session(db, forum, status=SessionStatus.DRAFT)
    person = await make_person(db)
    on_first = await make_speaker(db, first_day, person=person)
    on_second = await make_speaker(db, second_day, person=person)
    on_draft = await make_speaker(db, draft_session, person=person)
    someone_else = await make_speaker(db, first_day, position=2)

    def at(hour: int) -> datetime.datetime:
        return datetime.datetime(2026, 5, 1, hour, tzinfo=UTC)

    await make_statement(db, on_first, text={"en": "oldest"}, published_at=at(9), position=1)
    await make_statement(db, on_second, text={"en": "newest"}, published_at=at(15), position=1)
    await make_statement(db, on_first, text={"en": "middle"}, published_at=at(11), position=2)
    await make_statement(db, on_first, text={"en": "a draft"}, status=StatementStatus.DRAFT, position=3)
    await make_statement(db, on_first, text={"en": "submitted"}, status=StatementStatus.SUBMITTED, position=4)
    await make_statement(db, on_first, text={"en": "retracted"}, status=StatementStatus.RETRACTED, position=5)
    await make_statement(db, on_draft, text={"en": "on a draft session"}, published_at=at(16))
    await make_statement(db, someone_else, text={"en": "not theirs"}, published_at=at(12), position=6)
    await db.commit()

    response = await client.get(f"/api/v1/people/{person.id}/statements")

    assert response.status_code == 200, response.text
    body = response.json()
    # A retracted statement (published at 10:00) stays listed, as retracted: it is not silently gone.
    assert [s["text"]["text"] for s in body["items"]] == ["newest", "middle", "retracted", "oldest"]
    assert [s["status"] for s in body["items"]] == ["published", "published", "retracted", "published"]
    assert {s["speaker"]["person_id"] for s in body["items"]} == {str(person.id)}
    assert body["next"] is None

    pages = await walk(client, f"/api/v1/people/{person.id}/statements?limit=1")
    texts = [[s["text"]["text"] for s in page] for page in pages]
    assert texts == [["newest"], ["middle"], ["retracted"], ["oldest"]]


async def test_a_demo_speakers_statements(demo_client: Client, demo_db: AsyncSession) -> None:
    person = await _demo_person(demo_db, "Agil Jamal")

    response = await demo_client.get(f"/api/v1/people/{person.id}/statements")

    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert len(items) == 3
    assert {s["speaker"]["full_name"] for s in items} == {"Agil Jamal"}
    assert any("Caspian" in s["text"]["text"] for s in items)
    # All three were reported at the same minute: ties are broken by id, newest first.
    assert [s["id"] for s in items] == sorted((s["id"] for s in items), reverse=True)
