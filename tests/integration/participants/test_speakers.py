"""A forum's speakers list (issue 20): who is listed (confirmed people on sessions that take place, never an
invited speaker or a draft session's), in which order, filtered how, and paged."""

from __future__ import annotations

import datetime
import uuid

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import ForumStatus, InvitationState, ParticipantRole, SessionStatus
from tests.support.api import assert_problem, error_fields, walk
from tests.support.factories import (
    make_forum,
    make_organization,
    make_participant,
    make_person,
    make_session,
    make_timed_session,
)

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC


def _names(body: dict[str, object]) -> list[str]:
    items = body["items"]
    assert isinstance(items, list)
    return [item["full_name"] for item in items]


async def test_only_confirmed_people_of_sessions_that_take_place_are_listed(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    panel = await make_session(db, forum)
    draft = await make_session(db, forum, status=SessionStatus.DRAFT)
    cancelled = await make_session(db, forum, status=SessionStatus.CANCELLED)
    confirmed = await make_person(db, full_name="Confirmed Speaker", email="c@example.org", phone="+7 701 000 0000")
    await make_participant(db, panel, person=confirmed)
    for name, session, invitation in (
        ("Invited Speaker", panel, InvitationState.INVITED),
        ("Declined Speaker", panel, InvitationState.DECLINED),
        ("Withdrawn Speaker", panel, InvitationState.WITHDRAWN),
        ("Draft Speaker", draft, InvitationState.CONFIRMED),
        ("Cancelled Speaker", cancelled, InvitationState.CONFIRMED),
    ):
        await make_participant(db, session, person=await make_person(db, full_name=name), invitation=invitation)
    other_forum = await make_forum(db)
    await make_participant(db, await make_session(db, other_forum), person=await make_person(db, full_name="Elsewhere"))
    await db.commit()

    response = await client.get(f"/api/v1/forums/{forum.id}/speakers")

    assert response.status_code == 200, response.text
    assert _names(response.json()) == ["Confirmed Speaker"]
    assert "c@example.org" not in response.text
    assert "+7 701" not in response.text
    assert "contact" not in response.text


async def test_an_entry_holds_the_profile_the_title_spoken_under_and_the_sessions(
    client: Client, db: AsyncSession
) -> None:
    forum = await make_forum(db)
    starts = datetime.datetime(2026, 5, 1, 5, 0, tzinfo=UTC)
    later = await make_timed_session(db, forum, starts + datetime.timedelta(hours=3), title={"en": "Closing"})
    first = await make_timed_session(db, forum, starts, title={"en": "Opening", "ru": "Открытие"})
    organization = await make_organization(db, name={"en": "Youth Union"}, country_code="AZ")
    person = await make_person(db, full_name="Aigerim Ismagulova", country_code="KZ", bio={"en": "An activist."})
    await make_participant(db, later, person=person, role=ParticipantRole.MODERATOR, title="Director")
    await make_participant(db, first, person=person, organization=organization, title="Chair")
    await db.commit()

    response = await client.get(f"/api/v1/forums/{forum.id}/speakers?lang=ru")

    assert response.status_code == 200, response.text
    [entry] = response.json()["items"]
    assert entry["id"] == str(person.id)
    assert entry["full_name"] == "Aigerim Ismagulova"
    assert entry["bio"] == {"lang": "en", "text": "An activist."}
    assert entry["country"] == {"code": "KZ", "name": "Kazakhstan"}
    # The snapshot of the first session in agenda order, not of the one recorded first.
    assert entry["title"] == {"lang": "en", "text": "Chair"}
    assert entry["organization"]["name"] == {"lang": "en", "text": "Youth Union"}
    assert entry["organization"]["country"]["code"] == "AZ"
    assert [(s["session_id"], s["title"]["text"], s["role"]) for s in entry["sessions"]] == [
        (str(first.id), "Открытие", "speaker"),
        (str(later.id), "Closing", "moderator"),
    ]
    assert entry["sessions"][0]["day"] == "2026-05-01"
    assert entry["sessions"][0]["starts_at"].startswith("2026-05-01T05:00:00")


async def test_names_sort_in_one_alphabet_whatever_their_script_case_and_accents(
    client: Client, db: AsyncSession
) -> None:
    forum = await make_forum(db)
    panel = await make_session(db, forum)
    names = [
        "Zhanar Dossan",
        "ömer Çelik",
        "Исмагулова Айгерим",
        "Şahin Yılmaz",
        "Ərdoğan Əliyev",
        "aliya Nur",
        "Bolat",
    ]
    for position, name in enumerate(names, start=1):
        await make_participant(db, panel, person=await make_person(db, full_name=name), position=position)
    await db.commit()

    response = await client.get(f"/api/v1/forums/{forum.id}/speakers")

    assert response.status_code == 200, response.text
    # Folded: aliya nur, bolat, erdogan eliyev, ismagulova aygerim, omer celik, sahin yilmaz, zhanar dossan.
    assert _names(response.json()) == [
        "aliya Nur",
        "Bolat",
        "Ərdoğan Əliyev",
        "Исмагулова Айгерим",
        "ömer Çelik",
        "Şahin Yılmaz",
        "Zhanar Dossan",
    ]


async def test_pages_walk_every_speaker_once_in_order(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    panel = await make_session(db, forum)
    # Two people of one name: the id breaks the tie, so a page boundary between them loses neither.
    names = ["Dana", "Arman", "Arman", "Chingiz", "Berik", "Erlan", "Dana"]
    for position, name in enumerate(names, start=1):
        await make_participant(db, panel, person=await make_person(db, full_name=name), position=position)
    await db.commit()

    pages = await walk(client, f"/api/v1/forums/{forum.id}/speakers?limit=2")

    assert [len(page) for page in pages] == [2, 2, 2, 1]
    listed = [item for page in pages for item in page]
    assert [item["full_name"] for item in listed] == ["Arman", "Arman", "Berik", "Chingiz", "Dana", "Dana", "Erlan"]
    assert len({item["id"] for item in listed}) == 7


async def test_filters_by_role_organization_and_country(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    panel = await make_session(db, forum)
    plenary = await make_session(db, forum)
    azerbaijani = await make_organization(db, country_code="AZ")
    kazakh = await make_organization(db, country_code="KZ")
    moderator = await make_person(db, full_name="Moderating Azerbaijani")
    await make_participant(db, panel, person=moderator, organization=azerbaijani, role=ParticipantRole.MODERATOR)
    await make_participant(db, plenary, person=moderator, organization=kazakh, role=ParticipantRole.SPEAKER)
    await make_participant(
        db,
        panel,
        person=await make_person(db, full_name="Panelist Kazakh"),
        organization=kazakh,
        role=ParticipantRole.PANELIST,
    )
    await db.commit()
    url = f"/api/v1/forums/{forum.id}/speakers"

    async def names(query: str) -> list[str]:
        response = await client.get(f"{url}?{query}")
        assert response.status_code == 200, response.text
        return _names(response.json())

    assert await names("role=moderator") == ["Moderating Azerbaijani"]
    assert await names("role=panelist") == ["Panelist Kazakh"]
    assert await names("role=keynote") == []
    assert await names(f"organization={kazakh.id}") == ["Moderating Azerbaijani", "Panelist Kazakh"]
    assert await names("country=az") == ["Moderating Azerbaijani"]
    assert await names("country=KZ&role=panelist") == ["Panelist Kazakh"]
    # One participation must match every filter: the moderator moderated for AZ and spoke for KZ.
    assert await names("country=KZ&role=moderator") == []


async def test_bad_filters_and_unknown_forums_are_problems(client: Client, db: AsyncSession) -> None:
    draft_forum = await make_forum(db, status=ForumStatus.DRAFT)
    forum = await make_forum(db)
    await db.commit()
    url = f"/api/v1/forums/{forum.id}/speakers"

    for query, field in (
        ("country=XX", "country"),
        ("country=KAZ", "country"),
        ("role=host", "role"),
        ("organization=nope", "organization"),
        ("cursor=bm90IGEgY3Vyc29y", "cursor"),
    ):
        body = assert_problem(await client.get(f"{url}?{query}"), 400)
        assert error_fields(body) == [field], query

    assert (await client.get(url)).json() == {"items": [], "next": None}
    assert_problem(await client.get(f"/api/v1/forums/{uuid.uuid4()}/speakers"), 404)
    assert_problem(await client.get(f"/api/v1/forums/{draft_forum.id}/speakers"), 404)
