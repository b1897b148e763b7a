"""The change feed a syncing app reads: a first sync is the forum as the caller may see it, each later sync the
objects that changed since, as their own GET shows them, or tombstones; drafts never reach the public."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import SessionStatus, StatementStatus
from tests.support.api import assert_problem
from tests.support.factories import make_session, make_speaker, make_statement
from tests.support.statements import Client, Stage, build_stage
from tests.support.writers import with_etag

GET_URLS = {
    "forum": "/api/v1/forums/{}",
    "organization": "/api/v1/organizations/{}",
    "person": "/api/v1/people/{}",
    "room": "/api/v1/rooms/{}",
    "session": "/api/v1/sessions/{}",
    "participant": "/api/v1/participants/{}",
    "statement": "/api/v1/statements/{}",
}


def changes_url(stage: Stage) -> str:
    return f"/api/v1/forums/{stage.team.forum.id}/changes"


async def sync(
    client: Client, url: str, since: str | None = None, *, headers: dict[str, str] | None = None, limit: int = 3
) -> tuple[list[dict[str, Any]], str]:
    """Every page from `since` (a first sync without it), and the cursor to continue from."""
    items: list[dict[str, Any]] = []
    while True:
        params: dict[str, Any] = {"limit": limit} | ({"since": since} if since else {})
        response = await client.get(url, params=params, headers=headers or {})
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        since = page["next"]
        if not page["has_more"]:
            return items, since


def by_kind(items: list[dict[str, Any]]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for item in items:
        kinds.setdefault(item["kind"], set()).add(item["id"])
    return kinds


def summary(items: list[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    return {(item["kind"], item["id"], item["change"], item["reason"]) for item in items}


async def arrange(db: AsyncSession) -> tuple[Stage, dict[str, Any]]:
    """A public session with two speakers and a published statement, a draft statement, and a draft session
    with its own speaker and statement."""
    stage = await build_stage(db)
    published = await make_statement(db, stage.speaker_a, status=StatementStatus.PUBLISHED)
    draft = await make_statement(db, stage.speaker_other, status=StatementStatus.DRAFT, position=2)
    hidden_session = await make_session(db, stage.team.forum, status=SessionStatus.DRAFT)
    hidden_speaker = await make_speaker(db, hidden_session)
    hidden_statement = await make_statement(db, hidden_speaker, status=StatementStatus.PUBLISHED)
    await db.commit()
    return stage, {
        "published": str(published.id),
        "draft": str(draft.id),
        "hidden_session": str(hidden_session.id),
        "hidden_speaker": str(hidden_speaker.id),
        "hidden_person": str(hidden_speaker.person_id),
        "hidden_statement": str(hidden_statement.id),
    }


async def test_a_first_sync_is_the_public_forum_each_object_as_its_get_shows_it(
    client: Client, db: AsyncSession
) -> None:
    stage, ids = await arrange(db)

    items, _ = await sync(client, changes_url(stage), limit=2)

    kinds = by_kind(items)
    assert kinds["forum"] == {str(stage.team.forum.id)}
    assert kinds["session"] == {str(stage.session.id)}
    assert kinds["participant"] == {str(stage.speaker_a.id), str(stage.speaker_other.id)}
    assert kinds["person"] == {str(stage.speaker_a.person_id), str(stage.speaker_other.person_id)}
    assert kinds["statement"] == {ids["published"]}
    assert len(items) == sum(len(found) for found in kinds.values()), "an object listed twice"
    for item in items:
        assert item["change"] == "upsert"
        shown = await client.get(GET_URLS[item["kind"]].format(item["id"]), params={"lang": "en"})
        assert item[item["kind"]] == shown.json(), item["kind"]
    # Nothing of the draft session, and not the draft statement: not even their ids.
    assert not {ids["draft"], ids["hidden_session"], ids["hidden_speaker"], ids["hidden_statement"]} & {
        item["id"] for item in items
    }


async def test_the_forum_organizer_syncs_the_drafts_too(client: Client, db: AsyncSession) -> None:
    stage, ids = await arrange(db)

    items, _ = await sync(client, changes_url(stage), headers=stage.team.organizer, limit=50)

    listed = {item["id"] for item in items}
    assert {ids["draft"], ids["hidden_session"], ids["hidden_speaker"], ids["hidden_statement"]} <= listed


async def test_an_incremental_sync_gives_exactly_what_changed(client: Client, db: AsyncSession) -> None:
    stage, ids = await arrange(db)
    spare = await make_session(db, stage.team.forum)
    await db.commit()
    _, cursor = await sync(client, changes_url(stage))
    organizer = stage.team.organizer

    session_url = f"/api/v1/sessions/{stage.session.id}"
    etag = (await client.get(session_url, headers=organizer)).headers["ETag"]
    renamed = await client.patch(session_url, json={"title": {"en": "Renamed"}}, headers=with_etag(organizer, etag))
    assert renamed.status_code == 200, renamed.text
    assert (await client.delete(f"/api/v1/sessions/{spare.id}", headers=organizer)).status_code == 204
    retracted = await client.post(
        f"/api/v1/statements/{ids['published']}/retract", json={"reason": "misquoted"}, headers=organizer
    )
    assert retracted.status_code == 200, retracted.text

    items, _ = await sync(client, changes_url(stage), cursor)

    assert summary(items) == {
        ("session", str(stage.session.id), "upsert", "updated"),
        ("session", str(spare.id), "tombstone", "deleted"),
        # A retracted statement stays public, marked so: its GET shows it, so the feed does too.
        ("statement", ids["published"], "upsert", "retracted"),
    }
    session = next(item for item in items if item["id"] == str(stage.session.id))
    assert session["session"]["title"]["text"] == "Renamed"


async def test_publishing_a_draft_appears_as_an_upsert_and_hiding_as_a_tombstone(
    client: Client, db: AsyncSession
) -> None:
    stage, ids = await arrange(db)
    _, cursor = await sync(client, changes_url(stage))
    organizer = stage.team.organizer

    published = await client.post(f"/api/v1/statements/{ids['draft']}/publish", headers=organizer)
    assert published.status_code == 200, published.text
    items, cursor = await sync(client, changes_url(stage), cursor)
    assert summary(items) == {("statement", ids["draft"], "upsert", "published")}

    # The draft session goes public: it arrives with everything under it.
    etag = (await client.get(f"/api/v1/sessions/{ids['hidden_session']}", headers=organizer)).headers["ETag"]
    shown = await client.patch(
        f"/api/v1/sessions/{ids['hidden_session']}",
        json={"status": "published"},
        headers=with_etag(organizer, etag),
    )
    assert shown.status_code == 200, shown.text
    items, cursor = await sync(client, changes_url(stage), cursor)
    assert summary(items) >= {
        ("session", ids["hidden_session"], "upsert", "published"),
        ("participant", ids["hidden_speaker"], "upsert", "published"),
        ("statement", ids["hidden_statement"], "upsert", "published"),
    }

    # A speaker who withdraws leaves the public view: a tombstone, not a silent gap.
    await db.execute(
        text("UPDATE session_participants SET invitation = 'withdrawn' WHERE id = :id"), {"id": ids["hidden_speaker"]}
    )
    await db.commit()
    items, _ = await sync(client, changes_url(stage), cursor)
    assert ("participant", ids["hidden_speaker"], "tombstone", "speaker_removed") in summary(items)


async def test_a_malformed_cursor_is_a_400_and_an_unknown_forum_a_404(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    assert_problem(await client.get(changes_url(stage), params={"since": "bm90LWEtY3Vyc29y"}), 400)
    assert_problem(await client.get(changes_url(stage), params={"since": "!!"}), 400)
    assert_problem(await client.get("/api/v1/forums/no-such-forum/changes"), 404)


async def test_contact_data_reaches_the_organizer_but_never_the_public(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    person = str(stage.speaker_a.person_id)
    _, public_cursor = await sync(client, changes_url(stage), limit=50)
    _, organizer_cursor = await sync(client, changes_url(stage), headers=stage.team.organizer, limit=50)
    await db.execute(
        text("UPDATE people SET email = 'speaker@example.org', phone = '+99450000000' WHERE id = :id"),
        {"id": person},
    )
    await db.commit()

    public, _ = await sync(client, changes_url(stage), public_cursor)
    organizer, _ = await sync(client, changes_url(stage), organizer_cursor, headers=stage.team.organizer)
    snapshot, _ = await sync(client, changes_url(stage), limit=50)

    def profile(items: list[dict[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = next(item["person"] for item in items if item["id"] == person)
        return found

    assert "speaker@example.org" not in str(public + snapshot)
    assert "contact" not in profile(public)
    assert "contact" not in profile(snapshot)
    assert profile(organizer)["contact"] == {"email": "speaker@example.org", "phone": "+99450000000"}
