"""A forum's agenda and a session's detail: order, days in the forum's time zone, visibility, speakers."""

from __future__ import annotations

import datetime
import uuid
from zoneinfo import ZoneInfo

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Affiliation
from app.db.models.enums import ForumStatus, InvitationState, ParticipantRole, SessionStatus
from app.demo.baku import DEMO_FORUM_SLUG, PANEL_TITLE, SPEAKERS
from app.lib.pagination import encode_cursor
from tests.support.api import assert_problem, error_fields, ids, walk
from tests.support.factories import (
    make_forum,
    make_organization,
    make_participant,
    make_person,
    make_room,
    make_session,
    make_speaker,
    make_timed_session,
)

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC


def at(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, 5, day, hour, minute, tzinfo=UTC)


async def _demo_forum_id(client: Client) -> str:
    forum_id: str = (await client.get(f"/api/v1/forums/{DEMO_FORUM_SLUG}")).json()["id"]
    return forum_id


async def test_demo_panel_speakers_in_report_order(demo_client: Client) -> None:
    response = await demo_client.get(f"/api/v1/forums/{await _demo_forum_id(demo_client)}/sessions")

    assert response.status_code == 200
    [panel] = response.json()["items"]
    assert panel["title"] == {"lang": "en", "text": PANEL_TITLE}
    assert panel["kind"] == "panel"
    assert panel["day"] == "2025-11-24"
    assert panel["timezone"] == "Asia/Baku"
    assert panel["starts_at"] is None
    assert panel["ends_at"] is None
    speakers = panel["speakers"]
    assert [s["full_name"] for s in speakers] == [s.full_name for s in SPEAKERS]
    assert [s["title"]["text"] for s in speakers] == ["Chair", "Director", "Head", "Chairman", "Chair", "Member"]
    assert [s["organization"]["name"]["text"] for s in speakers] == [s.organization for s in SPEAKERS]
    countries = [s["organization"]["country"] and s["organization"]["country"]["code"] for s in speakers]
    assert countries == ["KZ", "KZ", "KZ", "AZ", None, None]
    assert {s["role"] for s in speakers} == {"speaker"}
    assert [s["position"] for s in speakers] == sorted(s["position"] for s in speakers)


async def test_agenda_orders_by_day_then_time_with_untimed_last(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    day1, day2 = datetime.date(2026, 5, 1), datetime.date(2026, 5, 2)
    # Created out of order, so creation order cannot pass for agenda order.
    d2_untimed = await make_session(db, forum, day=day2, title={"en": "d2 untimed"})
    d1_late = await make_timed_session(db, forum, at(1, 9))  # 14:00 in Almaty
    d2_timed = await make_timed_session(db, forum, at(2, 4))
    d1_untimed = await make_session(db, forum, day=day1, title={"en": "d1 untimed"})
    d1_early = await make_timed_session(db, forum, at(1, 4))  # 09:00 in Almaty
    await db.commit()

    items = (await client.get(f"/api/v1/forums/{forum.id}/sessions")).json()["items"]

    expected = [d1_early, d1_late, d1_untimed, d2_timed, d2_untimed]
    assert ids(items) == [str(s.id) for s in expected]
    assert [i["day"] for i in items] == ["2026-05-01"] * 3 + ["2026-05-02"] * 2
    assert datetime.datetime.fromisoformat(items[0]["starts_at"]) == at(1, 4)
    assert datetime.datetime.fromisoformat(items[0]["ends_at"]) == at(1, 5)


async def test_day_filter_uses_the_forums_time_zone(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db, timezone="Asia/Almaty")
    after_midnight = await make_timed_session(db, forum, at(1, 20, 30))  # 01:30 on 2 May in Almaty
    same_utc_day = await make_timed_session(db, forum, at(1, 5))  # 1 May in Almaty
    late_evening = await make_timed_session(db, forum, at(2, 17))  # 22:00 on 2 May
    next_day = await make_timed_session(db, forum, at(2, 19, 30))  # 00:30 on 3 May
    untimed = await make_session(db, forum, day=datetime.date(2026, 5, 2))
    await db.commit()
    assert after_midnight.day == datetime.date(2026, 5, 2)

    response = await client.get(f"/api/v1/forums/{forum.id}/sessions", params={"day": "2026-05-02"})

    items = response.json()["items"]
    assert ids(items) == [str(s.id) for s in (after_midnight, late_evening, untimed)]
    almaty = ZoneInfo("Asia/Almaty")
    for item in items:
        assert item["day"] == "2026-05-02"
        if item["starts_at"] is not None:
            assert datetime.datetime.fromisoformat(item["starts_at"]).astimezone(almaty).date().isoformat() == (
                "2026-05-02"
            )
    first_day = (await client.get(f"/api/v1/forums/{forum.id}/sessions?day=2026-05-01")).json()["items"]
    assert ids(first_day) == [str(same_utc_day.id)]
    third_day = (await client.get(f"/api/v1/forums/{forum.id}/sessions?day=2026-05-03")).json()["items"]
    assert ids(third_day) == [str(next_day.id)]


async def test_a_day_without_sessions_is_an_empty_page(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    await make_session(db, forum)
    await db.commit()

    response = await client.get(f"/api/v1/forums/{forum.id}/sessions?day=2026-05-03")

    assert response.status_code == 200
    assert response.json() == {"items": [], "next": None}


@pytest.mark.parametrize("day", ["2026-13-01", "tomorrow", "2026-05-01T10:00"])
async def test_invalid_day_is_400(client: Client, db: AsyncSession, day: str) -> None:
    forum = await make_forum(db)
    await db.commit()

    body = assert_problem(await client.get(f"/api/v1/forums/{forum.id}/sessions", params={"day": day}), 400)

    assert error_fields(body) == ["day"]


async def test_draft_sessions_and_declined_or_withdrawn_speakers_are_hidden(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    room = await make_room(db, forum, name="Blue Hall", capacity=80)
    shown = await make_timed_session(db, forum, at(1, 6), room=room)
    hidden = await make_timed_session(db, forum, at(1, 8), status=SessionStatus.DRAFT)
    await make_speaker(db, hidden)
    confirmed = await make_speaker(db, shown, position=1)
    invited = await make_speaker(db, shown, position=2, invitation=InvitationState.INVITED)
    await make_speaker(db, shown, position=3, invitation=InvitationState.DECLINED)
    await make_speaker(db, shown, position=4, invitation=InvitationState.WITHDRAWN)
    await db.commit()

    [item] = (await client.get(f"/api/v1/forums/{forum.id}/sessions")).json()["items"]

    assert item["id"] == str(shown.id)
    assert item["room"] == {"id": str(room.id), "name": "Blue Hall", "capacity": 80}
    assert [s["participant_id"] for s in item["speakers"]] == [str(confirmed.id), str(invited.id)]
    detail = (await client.get(f"/api/v1/sessions/{shown.id}")).json()
    assert [p["participant_id"] for p in detail["participants"]] == [str(confirmed.id), str(invited.id)]
    assert [p["invitation"] for p in detail["participants"]] == ["confirmed", "invited"]


async def test_agenda_pagination_covers_every_session_once(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    sessions = [
        await make_session(db, forum, day=datetime.date(2026, 5, 2)),
        await make_timed_session(db, forum, at(1, 5)),
        await make_session(db, forum, day=datetime.date(2026, 5, 1)),
        await make_session(db, forum, day=datetime.date(2026, 5, 1)),
        await make_timed_session(db, forum, at(2, 5)),
    ]
    await db.commit()
    everything = ids((await client.get(f"/api/v1/forums/{forum.id}/sessions")).json()["items"])

    pages = await walk(client, f"/api/v1/forums/{forum.id}/sessions?limit=2")

    assert [len(p) for p in pages] == [2, 2, 1]
    walked = [i for page in pages for i in ids(page)]
    assert walked == everything
    assert sorted(walked) == sorted(str(s.id) for s in sessions)
    day_pages = await walk(client, f"/api/v1/forums/{forum.id}/sessions?limit=1&day=2026-05-01")
    assert [i for page in day_pages for i in ids(page)] == everything[:3]


async def test_agenda_of_an_unknown_or_draft_forum_is_404(client: Client, db: AsyncSession) -> None:
    draft = await make_forum(db, status=ForumStatus.DRAFT)
    await make_session(db, draft)
    await db.commit()

    assert_problem(await client.get(f"/api/v1/forums/{uuid.uuid4()}/sessions"), 404)
    assert_problem(await client.get(f"/api/v1/forums/{draft.id}/sessions"), 404)


async def test_agenda_of_a_forum_without_public_sessions_is_empty(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    await make_session(db, forum, status=SessionStatus.DRAFT)
    await db.commit()

    response = await client.get(f"/api/v1/forums/{forum.id}/sessions")

    assert response.status_code == 200
    assert response.json() == {"items": [], "next": None}


@pytest.mark.parametrize("path", ["/api/v1/forums/not-a-uuid/sessions", "/api/v1/sessions/12345"])
async def test_malformed_uuid_is_a_problem(client: Client, path: str) -> None:
    response = await client.get(path)
    assert 400 <= response.status_code < 500
    assert_problem(response, response.status_code)


async def test_agenda_rejects_unknown_parameters_and_foreign_cursors(demo_client: Client) -> None:
    url = f"/api/v1/forums/{await _demo_forum_id(demo_client)}/sessions"
    assert error_fields(assert_problem(await demo_client.get(url, params={"date": "2025-11-24"}), 400)) == ["date"]
    forums_cursor = encode_cursor("forums", (datetime.date(2025, 11, 24), uuid.uuid4()))
    assert error_fields(assert_problem(await demo_client.get(url, params={"cursor": forums_cursor}), 400)) == ["cursor"]


async def test_session_detail_shows_roles_invitations_and_the_affiliation_snapshot(
    client: Client, db: AsyncSession
) -> None:
    forum = await make_forum(db)
    session = await make_timed_session(db, forum, at(1, 6), description={"en": "On youth"}, capacity=50)
    org = await make_organization(db, name={"en": "Youth Union"}, country_code="KG")
    person = await make_person(db, full_name="Aida Bekova")
    moderator = await make_participant(
        db, session, role=ParticipantRole.MODERATOR, title="Director", person=person, organization=org, position=1
    )
    keynote = await make_participant(
        db, session, role=ParticipantRole.KEYNOTE, position=2, invitation=InvitationState.INVITED
    )
    moderator.title = {"en": "Director", "ru": "Директор"}
    await db.commit()
    # She moves on after the session was set up: the session keeps the title she spoke under.
    affiliation = (await db.execute(select(Affiliation).where(Affiliation.person_id == person.id))).scalar_one()
    affiliation.title = {"en": "Former Director"}
    await db.commit()

    response = await client.get(f"/api/v1/sessions/{session.id}")

    assert response.status_code == 200
    detail = response.json()
    assert detail["id"] == str(session.id)
    assert detail["forum_id"] == str(forum.id)
    assert detail["description"]["text"] == "On youth"
    assert detail["capacity"] == 50
    assert detail["timezone"] == forum.timezone
    first, second = detail["participants"]
    assert first["participant_id"] == str(moderator.id)
    assert first["person_id"] == str(person.id)
    assert first["full_name"] == "Aida Bekova"
    assert first["role"] == "moderator"
    assert first["invitation"] == "confirmed"
    assert first["title"] == {"lang": "en", "text": "Director"}
    assert first["organization"]["id"] == str(org.id)
    assert first["organization"]["name"]["text"] == "Youth Union"
    assert first["organization"]["country"] == {"code": "KG", "name": "Kyrgyzstan"}
    assert (second["participant_id"], second["role"], second["invitation"]) == (str(keynote.id), "keynote", "invited")
    assert "email" not in first
    assert "phone" not in first
    in_russian = (await client.get(f"/api/v1/sessions/{session.id}?lang=ru")).json()["participants"]
    assert [p["title"] for p in in_russian] == [{"lang": "ru", "text": "Директор"}, {"lang": "en", "text": "Chair"}]


async def test_session_detail_of_a_demo_panel_matches_its_agenda_entry(demo_client: Client) -> None:
    [panel] = (await demo_client.get(f"/api/v1/forums/{await _demo_forum_id(demo_client)}/sessions")).json()["items"]

    detail = (await demo_client.get(f"/api/v1/sessions/{panel['id']}")).json()

    assert [p["full_name"] for p in detail["participants"]] == [s["full_name"] for s in panel["speakers"]]
    assert [p["organization"] for p in detail["participants"]] == [s["organization"] for s in panel["speakers"]]
    assert {p["invitation"] for p in detail["participants"]} == {"confirmed"}


async def test_unknown_draft_or_hidden_forum_session_is_404(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    draft_session = await make_session(db, forum, status=SessionStatus.DRAFT)
    draft_forum = await make_forum(db, status=ForumStatus.DRAFT)
    session_of_draft_forum = await make_session(db, draft_forum)
    await db.commit()

    for session_id in (uuid.uuid4(), draft_session.id, session_of_draft_forum.id):
        assert_problem(await client.get(f"/api/v1/sessions/{session_id}"), 404)


async def test_organization_without_country_and_speaker_without_organization(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    session = await make_session(db, forum)
    participant = await make_speaker(db, session, organization=await make_organization(db, country_code=None))
    await db.commit()
    [item] = (await client.get(f"/api/v1/forums/{forum.id}/sessions")).json()["items"]
    assert item["speakers"][0]["organization"]["country"] is None

    participant.organization_id = None
    await db.commit()
    [item] = (await client.get(f"/api/v1/forums/{forum.id}/sessions")).json()["items"]
    assert item["speakers"][0]["organization"] is None
