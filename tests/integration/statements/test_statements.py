"""What speakers said: a session's statements, and search across every forum."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ForumSession, Organization, SessionParticipant, Statement
from app.db.models.enums import ForumStatus, SessionStatus, StatementStatus
from app.demo.baku import DEMO_FORUM_SLUG, REPORT_OUTLET, REPORT_TITLE, SPEAKERS
from app.domain.statements import queries as statement_queries
from tests.support.api import assert_problem, error_fields, ids, walk
from tests.support.factories import (
    make_forum,
    make_organization,
    make_session,
    make_speaker,
    make_statement,
    make_topic,
)

Client = AsyncTestClient[Litestar]
UTC = datetime.UTC
DEMO_STATEMENTS = [(speaker, said) for speaker in SPEAKERS for said in speaker.said]


async def _demo_panel_id(client: Client) -> str:
    forum_id = (await client.get(f"/api/v1/forums/{DEMO_FORUM_SLUG}")).json()["id"]
    panel_id: str = (await client.get(f"/api/v1/forums/{forum_id}/sessions")).json()["items"][0]["id"]
    return panel_id


async def _said(
    db: AsyncSession, where: ForumSession | SessionParticipant, text: str | dict[str, str], **kwargs: Any
) -> Statement:
    """A statement by a new speaker on a session, or by a given participant."""
    participant = where if isinstance(where, SessionParticipant) else await make_speaker(db, where)
    texts = {"en": text} if isinstance(text, str) else text
    return await make_statement(db, participant, text=texts, **kwargs)


async def _search(client: Client, **params: Any) -> list[dict[str, Any]]:
    response = await client.get("/api/v1/statements", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_demo_panel_statements_in_report_order(demo_client: Client) -> None:
    response = await demo_client.get(f"/api/v1/sessions/{await _demo_panel_id(demo_client)}/statements?limit=100")

    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == len(DEMO_STATEMENTS) == 12
    assert [i["position"] for i in items] == sorted(i["position"] for i in items)
    assert [i["text"]["text"] for i in items] == [said.text for _, said in DEMO_STATEMENTS]
    assert [i["speaker"]["full_name"] for i in items] == [speaker.full_name for speaker, _ in DEMO_STATEMENTS]
    assert [i["reporting_verb"] for i in items] == [said.verb for _, said in DEMO_STATEMENTS]
    for item in items:
        assert item["status"] == "published"
        assert item["language"] == "en"
        assert datetime.datetime.fromisoformat(item["published_at"]) == datetime.datetime(
            2025, 11, 24, 12, 20, tzinfo=UTC
        )
        [citation] = item["citations"]
        assert citation["outlet"] == REPORT_OUTLET
        assert citation["title"] == REPORT_TITLE
        assert datetime.datetime.fromisoformat(citation["published_at"]) == datetime.datetime(
            2025, 11, 24, 12, 20, tzinfo=UTC
        )


async def test_session_statements_pagination(demo_client: Client) -> None:
    url = f"/api/v1/sessions/{await _demo_panel_id(demo_client)}/statements"
    everything = ids((await demo_client.get(f"{url}?limit=100")).json()["items"])

    pages = await walk(demo_client, f"{url}?limit=5")

    assert [len(p) for p in pages] == [5, 5, 2]
    assert [i for page in pages for i in ids(page)] == everything


async def test_session_statements_follow_position_not_creation_order(client: Client, db: AsyncSession) -> None:
    session = await make_session(db, await make_forum(db))
    speaker = await make_speaker(db, session)
    positions = [4, 1, 5, 2, 3]
    made = {p: await _said(db, speaker, f"Point {p}.", position=p) for p in positions}
    await db.commit()

    pages = await walk(client, f"/api/v1/sessions/{session.id}/statements?limit=2")

    assert [i for page in pages for i in ids(page)] == [str(made[p].id) for p in sorted(positions)]


async def test_unpublished_statements_are_hidden_and_retracted_ones_explained(client: Client, db: AsyncSession) -> None:
    session = await make_session(db, await make_forum(db))
    speaker = await make_speaker(db, session)
    first = await _said(db, speaker, "Published first.", position=1)
    await _said(db, speaker, "Still a draft.", position=2, status=StatementStatus.DRAFT)
    await _said(db, speaker, "Submitted for review.", position=3, status=StatementStatus.SUBMITTED)
    retracted = await _said(
        db, speaker, "Never said this.", position=4, status=StatementStatus.RETRACTED, retraction_reason="Misquoted"
    )
    await db.commit()

    items = (await client.get(f"/api/v1/sessions/{session.id}/statements")).json()["items"]

    assert ids(items) == [str(first.id), str(retracted.id)]
    assert (items[0]["status"], items[0]["retraction_reason"]) == ("published", None)
    assert (items[1]["status"], items[1]["retraction_reason"]) == ("retracted", "Misquoted")


async def test_statements_of_unknown_or_hidden_sessions_are_404(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    empty = await make_session(db, forum)
    draft = await make_session(db, forum, status=SessionStatus.DRAFT)
    await _said(db, draft, "Said in a draft session.")
    in_draft_forum = await make_session(db, await make_forum(db, status=ForumStatus.DRAFT))
    await _said(db, in_draft_forum, "Said in a draft forum.")
    await db.commit()

    assert (await client.get(f"/api/v1/sessions/{empty.id}/statements")).json() == {"items": [], "next": None}
    for session_id in (uuid.uuid4(), draft.id, in_draft_forum.id):
        assert_problem(await client.get(f"/api/v1/sessions/{session_id}/statements"), 404)


async def test_search_finds_the_caspian_proposal(demo_client: Client) -> None:
    [hit] = await _search(demo_client, q="Caspian")

    assert hit["speaker"]["full_name"] == "Agil Jamal"
    assert hit["speaker"]["title"]["text"] == "Chairman"
    assert hit["speaker"]["organization"]["country"]["code"] == "AZ"
    assert "Caspian" in hit["text"]["text"]
    assert hit["kind"] == "proposal"
    assert hit["score"] > 0


async def test_search_stems_words(demo_client: Client) -> None:
    expected = {said.text for _, said in DEMO_STATEMENTS if "cooperation" in said.text}
    assert len(expected) >= 2
    assert not any("cooperating" in said.text for _, said in DEMO_STATEMENTS)

    hits = await _search(demo_client, q="cooperating")

    assert {h["text"]["text"] for h in hits} == expected


async def test_multilingual_statement_is_found_and_read_in_either_language(client: Client, db: AsyncSession) -> None:
    session = await make_session(db, await make_forum(db))
    texts = {
        "ru": "Гражданское общество укрепляет сотрудничество между странами.",
        "en": "Civil society strengthens partnership between nations.",
    }
    bilingual = await _said(db, session, texts, language="ru")
    await _said(db, session, "An unrelated remark about water.")
    await db.commit()

    for word in ("сотрудничества", "общество", "partnerships", "strengthen"):
        assert ids(await _search(client, q=word)) == [str(bilingual.id)], word

    [original] = await _search(client, q="partnership")
    assert original["language"] == "ru"
    assert original["text"] == {"lang": "ru", "text": texts["ru"]}
    assert original["available_languages"] == ["en", "ru"]
    [english] = await _search(client, q="partnership", lang="en")
    assert english["text"] == {"lang": "en", "text": texts["en"]}
    [russian] = await _search(client, q="partnership", lang="ru")
    assert russian["text"] == {"lang": "ru", "text": texts["ru"]}
    response = await client.get("/api/v1/statements", headers={"Accept-Language": "kk, en;q=0.8"})
    assert [i["text"]["lang"] for i in response.json()["items"] if i["id"] == str(bilingual.id)] == ["en"]
    response = await client.get("/api/v1/statements", params={"lang": "en"}, headers={"Accept-Language": "ru"})
    assert [i["text"]["lang"] for i in response.json()["items"] if i["id"] == str(bilingual.id)] == ["en"]
    [fallback] = await _search(client, q="partnership", lang="kk")
    assert fallback["text"] == {"lang": "ru", "text": texts["ru"]}
    response = await client.get("/api/v1/statements", headers={"Accept-Language": "ru;q=0.5, en;q=0.9"})
    assert [i["text"]["lang"] for i in response.json()["items"] if i["id"] == str(bilingual.id)] == ["en"]


async def test_accept_language_picks_a_listed_language(client: Client, db: AsyncSession) -> None:
    session = await make_session(db, await make_forum(db))
    await _said(db, session, {"en": "Youth exchange matters.", "ru": "Молодёжный обмен важен."}, language="en")
    await db.commit()

    response = await client.get("/api/v1/statements", headers={"Accept-Language": "kk, ru;q=0.8"})
    assert response.json()["items"][0]["text"] == {"lang": "ru", "text": "Молодёжный обмен важен."}
    response = await client.get("/api/v1/statements", headers={"Accept-Language": "kk"})
    assert response.json()["items"][0]["text"]["lang"] == "en"


async def test_query_is_stemmed_in_the_readers_language(client: Client, db: AsyncSession) -> None:
    session = await make_session(db, await make_forum(db))
    german = await _said(db, session, {"de": "Die Zusammenarbeit der Organisationen wächst."}, language="de")
    await db.commit()

    assert ids(await _search(client, q="Zusammenarbeiten", lang="de")) == [str(german.id)]


async def test_results_are_ranked_by_relevance(client: Client, db: AsyncSession) -> None:
    session = await make_session(db, await make_forum(db))
    once = await _said(db, session, "Water is one of many regional topics discussed by the delegations today.")
    often = await _said(db, session, "Water, water and water: shared water needs shared rules.")
    await db.commit()

    hits = await _search(client, q="water")

    assert ids(hits) == [str(often.id), str(once.id)]
    assert hits[0]["score"] > hits[1]["score"]


async def test_filters_by_topic_country_organization_and_forum(client: Client, db: AsyncSession) -> None:
    climate = await make_topic(db, "climate", "Climate")
    kz_org = await make_organization(db, country_code="KZ")
    az_org = await make_organization(db, country_code="AZ")
    forum = await make_forum(db)
    other_forum = await make_forum(db)
    session = await make_session(db, forum)
    kz_speaker = await make_speaker(db, session, organization=kz_org)
    az_speaker = await make_speaker(db, session, organization=az_org, position=2)
    kz_climate = await _said(db, kz_speaker, "Glaciers are melting.", topics=(climate,))
    az_statement = await _said(db, az_speaker, "Ports need investment.", position=2)
    uz_speaker = await make_speaker(
        db, await make_session(db, other_forum), organization=await make_organization(db, country_code="UZ")
    )
    elsewhere = await _said(db, uz_speaker, "Elsewhere, glaciers too.", topics=(climate,))
    await db.commit()

    assert set(ids(await _search(client, topic="climate"))) == {str(kz_climate.id), str(elsewhere.id)}
    assert ids(await _search(client, topic="climate", forum=str(forum.id))) == [str(kz_climate.id)]
    assert ids(await _search(client, country="az")) == [str(az_statement.id)]
    assert ids(await _search(client, country="AZ")) == [str(az_statement.id)]
    assert ids(await _search(client, organization=str(kz_org.id))) == [str(kz_climate.id)]
    assert set(ids(await _search(client, forum=forum.slug))) == {str(kz_climate.id), str(az_statement.id)}
    assert set(ids(await _search(client, forum=str(forum.id)))) == {str(kz_climate.id), str(az_statement.id)}
    assert ids(await _search(client, forum=other_forum.slug, q="glaciers")) == [str(elsewhere.id)]
    assert await _search(client, topic="no-such-topic") == []
    assert await _search(client, country="TR") == []
    [hit] = await _search(client, topic="climate", country="KZ")
    assert hit["topics"] == [{"slug": "climate", "name": {"lang": "en", "text": "Climate"}}]


@pytest.mark.parametrize("country", ["KAZ", "K", "1Z"])
async def test_country_must_be_an_alpha2_code(client: Client, country: str) -> None:
    body = assert_problem(await client.get("/api/v1/statements", params={"country": country}), 400)
    assert error_fields(body) == ["country"]


async def test_search_shows_retracted_as_retracted_and_never_unpublished_or_hidden_statements(
    client: Client, db: AsyncSession
) -> None:
    forum = await make_forum(db)
    session = await make_session(db, forum)
    speaker = await make_speaker(db, session)
    published = await _said(
        db, speaker, "Heritage matters.", position=1, published_at=datetime.datetime(2026, 5, 2, tzinfo=UTC)
    )
    retracted = await _said(db, speaker, "Heritage, retracted.", position=2, status=StatementStatus.RETRACTED)
    for position, status in enumerate((StatementStatus.DRAFT, StatementStatus.SUBMITTED), 3):
        await _said(db, speaker, f"Heritage, {status.value}.", position=position, status=status)
    await _said(db, await make_session(db, forum, status=SessionStatus.DRAFT), "Heritage in a draft session.")
    draft_forum = await make_forum(db, status=ForumStatus.DRAFT)
    await _said(db, await make_session(db, draft_forum), "Heritage in a draft forum.")
    await db.commit()

    # A retracted statement is not silently gone: it is listed, as retracted, with the reason.
    found = await _search(client, q="heritage")
    assert sorted(ids(found)) == sorted([str(published.id), str(retracted.id)])
    assert ids(await _search(client)) == [str(published.id), str(retracted.id)]
    shown = next(item for item in found if item["id"] == str(retracted.id))
    assert (shown["status"], shown["retraction_reason"]) == ("retracted", "Misattributed")
    assert await _search(client, forum=str(draft_forum.id)) == []


async def _many(db: AsyncSession) -> list[Statement]:
    """Seven statements on one theme, with ties in both relevance and publication time."""
    session = await make_session(db, await make_forum(db))
    repeats = [1, 2, 2, 3, 1, 1, 4]
    moments = [datetime.datetime(2026, 5, 1, hour, tzinfo=UTC) for hour in (9, 10, 10, 11, 9, 12, 10)]
    return [
        await _said(db, session, " ".join(["Solidarity"] * n) + ".", position=i, published_at=moment)
        for i, (n, moment) in enumerate(zip(repeats, moments, strict=True))
    ]


@pytest.mark.parametrize("params", ["q=solidarity", "", "q=solidarity&lang=ru"])
@pytest.mark.parametrize("limit", [1, 2, 3])
async def test_search_pagination_walks_every_result_once(
    client: Client, db: AsyncSession, params: str, limit: int
) -> None:
    statements = await _many(db)
    await db.commit()
    everything = ids((await client.get(f"/api/v1/statements?{params}&limit=100")).json()["items"])
    assert sorted(everything) == sorted(str(s.id) for s in statements)

    pages = await walk(client, f"/api/v1/statements?{params}&limit={limit}")

    assert [i for page in pages for i in ids(page)] == everything
    assert all(len(page) == limit for page in pages[:-1])


async def test_search_ranks_only_the_newest_matches(
    client: Client, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(statement_queries, "SEARCH_WINDOW", 3)
    session = await make_session(db, await make_forum(db))
    start = datetime.datetime(2025, 11, 24, 9, 0, tzinfo=datetime.UTC)
    # The two oldest are the most relevant, but only the newest three are ranked (by how often they say it).
    texts = [
        "Water, water, water, water, water.",
        "Water, water, water, water.",
        "Water, water.",
        "Water.",
        "Water, water, water.",
    ]
    said = [
        await _said(db, session, text, published_at=start + datetime.timedelta(minutes=n))
        for n, text in enumerate(texts)
    ]
    await db.commit()

    hits = await _search(client, q="water")

    assert ids(hits) == [str(said[4].id), str(said[2].id), str(said[3].id)]
    assert hits[0]["score"] > hits[1]["score"] > hits[2]["score"]
    assert len(await _search(client, q="water", forum=str(session.forum_id))) == 3


async def test_search_order(client: Client, db: AsyncSession) -> None:
    await _many(db)
    await db.commit()

    ranked = await _search(client, q="solidarity")
    recent = await _search(client)

    scores = [h["score"] for h in ranked]
    assert scores == sorted(scores, reverse=True)
    assert ranked[0]["text"]["text"].count("Solidarity") == 4
    assert [h["score"] for h in recent] == [None] * len(recent)
    keys = [(h["published_at"], h["id"]) for h in recent]
    assert keys == sorted(keys, reverse=True)


async def test_search_rejects_bad_input(client: Client, db: AsyncSession) -> None:
    await _many(db)
    await db.commit()
    ranked_cursor = (await client.get("/api/v1/statements?q=solidarity&limit=1")).json()["next"]
    recent_cursor = (await client.get("/api/v1/statements?limit=1")).json()["next"]

    assert error_fields(assert_problem(await client.get("/api/v1/statements", params={"q": "x" * 201}), 400)) == ["q"]
    assert len(await _search(client, q="solidarity " * 18)) == 7  # 198 characters: still a query
    body = assert_problem(await client.get("/api/v1/statements", params={"cursor": ranked_cursor}), 400)
    assert error_fields(body) == ["cursor"]
    body = assert_problem(
        await client.get("/api/v1/statements", params={"q": "solidarity", "cursor": recent_cursor}), 400
    )
    assert error_fields(body) == ["cursor"]
    # A session's list is keyed by (position, id): numbers and ids too, but not this list's.
    session_id = (await client.get("/api/v1/statements?limit=1")).json()["items"][0]["session_id"]
    session_cursor = (await client.get(f"/api/v1/sessions/{session_id}/statements?limit=1")).json()["next"]
    body = assert_problem(
        await client.get("/api/v1/statements", params={"q": "solidarity", "cursor": session_cursor}), 400
    )
    assert error_fields(body) == ["cursor"]
    body = assert_problem(await client.get("/api/v1/statements", params={"organisation": str(uuid.uuid4())}), 400)
    assert error_fields(body) == ["organisation"]
    body = assert_problem(await client.get("/api/v1/statements", params={"organization": "acme"}), 400)
    assert error_fields(body) == ["organization"]
    body = assert_problem(await client.get("/api/v1/statements", params={"lang": "not a language"}), 400)
    assert error_fields(body) == ["lang"]


async def test_blank_query_lists_everything(client: Client, db: AsyncSession) -> None:
    statements = await _many(db)
    await db.commit()

    hits = await _search(client, q="   ")

    assert sorted(ids(hits)) == sorted(str(s.id) for s in statements)


async def test_organization_snapshot_is_quoted(client: Client, db: AsyncSession) -> None:
    org = await make_organization(db, name={"en": "Old Name Union"})
    session = await make_session(db, await make_forum(db))
    await _said(db, await make_speaker(db, session, organization=org, title="Head"), "Roads connect us.")
    await db.commit()

    [hit] = await _search(client, q="roads")

    assert hit["speaker"]["title"]["text"] == "Head"
    assert hit["speaker"]["organization"]["id"] == str(org.id)
    assert hit["speaker"]["organization"]["name"]["text"] == (await db.get(Organization, org.id)).name["en"]
