"""Issue 4's whole story through HTTP: a forum built from draft to published, its session, a speaker put on it
for a partner NGO, the partner's statement from submitted to published to retracted; at each step what each
caller sees, and at the end the audit trail with the right actor for every write."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.accounts import bearer, make_user
from tests.support.api import assert_problem, ids
from tests.support.writers import SETTINGS, with_etag

Client = AsyncTestClient[Litestar]


async def _ok(response: Any, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return response.json() if response.content else {}


async def _patch(client: Client, url: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    etag = (await client.get(url, headers=headers)).headers["etag"]
    return await _ok(await client.patch(url, json=body, headers=with_etag(headers, etag)))


async def test_a_forum_from_draft_to_a_retracted_statement(client: Client, db: AsyncSession) -> None:  # noqa: PLR0915
    admin_user, organizer_user = await make_user(db, is_admin=True), await make_user(db)
    await db.commit()
    admin, organizer = bearer(admin_user.id, SETTINGS), bearer(organizer_user.id, SETTINGS)

    # The partner NGO, its API key, and a second partner that must see nothing of the first's drafts.
    ngo_body = {"name": {"en": "Eurasian Youth Union"}, "language": "en", "legal_form": "public_union"}
    ngo = await _ok(await client.post("/api/v1/organizations", json=ngo_body, headers=admin), 201)
    key = await _ok(
        await client.post(
            f"/api/v1/organizations/{ngo['id']}/api-keys", json={"name": "site", "scope": "read-write"}, headers=admin
        ),
        201,
    )
    partner = {"X-API-Key": key["key"]}
    other_body = {"name": {"en": "Another NGO"}, "language": "en", "legal_form": "ngo", "country_code": "KZ"}
    other = await _ok(await client.post("/api/v1/organizations", json=other_body, headers=admin), 201)
    other_key = await _ok(
        await client.post(
            f"/api/v1/organizations/{other['id']}/api-keys", json={"name": "s", "scope": "read-write"}, headers=admin
        ),
        201,
    )
    other_partner = {"X-API-Key": other_key["key"]}

    # A draft forum: only its organizers see it.
    forum_body = {
        "slug": "ots-youth-forum-2026",
        "title": {"en": "OTS Youth Forum", "az": "TDT Gənclər Forumu"},
        "language": "en",
        "timezone": "Asia/Baku",
        "starts_on": "2026-06-10",
        "ends_on": "2026-06-11",
        "city": "Shusha",
        "country_code": "AZ",
        "organizer_organization_ids": [ngo["id"]],
    }
    forum = await _ok(await client.post("/api/v1/forums", json=forum_body, headers=admin), 201)
    forum_url = f"/api/v1/forums/{forum['id']}"
    await _ok(await client.post(f"{forum_url}/organizers", json={"email": organizer_user.email}, headers=admin), 201)
    assert_problem(await client.get(forum_url), 404)
    assert_problem(await client.get(forum_url, headers=partner), 404)
    assert (await _ok(await client.get(forum_url, headers=organizer)))["status"] == "draft"

    # The organizer builds the agenda and puts a speaker on it, under the title she holds at the NGO.
    room = await _ok(await client.post(f"{forum_url}/rooms", json={"name": "Hall A"}, headers=organizer), 201)
    session_body = {
        "kind": "panel",
        "title": {"en": "Youth and volunteering"},
        "language": "en",
        "day": "2026-06-10",
        "starts_at": "2026-06-10T10:00:00+04:00",
        "ends_at": "2026-06-10T11:30:00+04:00",
        "room_id": room["id"],
        "status": "published",
    }
    session = await _ok(await client.post(f"{forum_url}/sessions", json=session_body, headers=organizer), 201)
    session_url = f"/api/v1/sessions/{session['id']}"
    person_body = {
        "full_name": "Aysel Mammadova",
        "language": "en",
        "email": "aysel@example.org",
        "affiliation": {"organization_id": ngo["id"], "title": {"en": "Chair"}, "language": "en"},
    }
    person = await _ok(await client.post("/api/v1/people", json=person_body, headers=organizer), 201)
    speaker = await _ok(
        await client.post(
            f"{session_url}/participants",
            json={"person_id": person["id"], "role": "speaker", "invitation": "confirmed"},
            headers=organizer,
        ),
        201,
    )
    assert speaker["title"]["text"] == "Chair"
    assert speaker["organization"]["id"] == ngo["id"]
    assert_problem(await client.get(session_url), 404)  # the forum is still a draft
    assert_problem(await client.get(session_url, headers=partner), 404)

    # Publishing the forum makes the agenda public, and the partner can now reach the session.
    assert (await _patch(client, forum_url, {"status": "published"}, organizer))["status"] == "published"
    # The partner submits what its speaker said; it waits for an organizer, seen only by the two of them.
    statement_body = {
        "participant_id": speaker["id"],
        "text": {"en": "Volunteering is how young people learn to lead."},
        "language": "en",
        "kind": "quote",
        "reporting_verb": "stressed",
        "status": "published",  # a partner cannot publish: this is ignored
        "citations": [{"outlet": "Report", "published_at": "2026-06-10T12:00:00+04:00"}],
    }
    submitted = await _ok(await client.post(f"{session_url}/statements", json=statement_body, headers=partner), 201)
    assert submitted["status"] == "submitted"
    statement_url = f"/api/v1/statements/{submitted['id']}"

    agenda = await _ok(await client.get(f"{forum_url}/sessions"))
    assert ids(agenda["items"]) == [session["id"]]
    assert [s["full_name"] for s in agenda["items"][0]["speakers"]] == ["Aysel Mammadova"]
    assert "email" not in str(await _ok(await client.get(f"/api/v1/people/{person['id']}")))
    for hidden_from in ({}, other_partner, bearer((await make_user(db)).id, SETTINGS)):
        await db.commit()
        assert_problem(await client.get(statement_url, headers=hidden_from), 404)
    assert (await _ok(await client.get(statement_url, headers=partner)))["status"] == "submitted"
    assert (await _ok(await client.get("/api/v1/statements?q=volunteering")))["items"] == []

    # The organizer publishes it: anyone reads it, in the session and in search.
    published = await _ok(await client.post(f"{statement_url}/publish", headers=organizer))
    assert published["status"] == "published"
    public = await _ok(await client.get(statement_url))
    assert public["speaker"]["organization"]["id"] == ngo["id"]
    assert ids((await _ok(await client.get(f"{session_url}/statements")))["items"]) == [submitted["id"]]
    assert ids((await _ok(await client.get("/api/v1/statements?q=volunteering")))["items"]) == [submitted["id"]]

    # Retracted, it stays visible with its reason, not silently gone.
    reason = {"reason": "Misattributed: said by the moderator"}
    retracted = await _ok(await client.post(f"{statement_url}/retract", json=reason, headers=organizer))
    assert retracted["status"] == "retracted"
    shown = await _ok(await client.get(statement_url))
    assert (shown["status"], shown["retraction_reason"]) == ("retracted", reason["reason"])
    hits = (await _ok(await client.get("/api/v1/statements?q=volunteering")))["items"]
    assert [(hit["id"], hit["status"]) for hit in hits] == [(submitted["id"], "retracted")]

    # Every write is in the trail, with who made it.
    trail = await _ok(await client.get("/api/v1/audit-events?limit=100&since=2000-01-01T00:00:00Z", headers=organizer))
    events = [
        (event["action"], event["object_type"], event["object_id"], event["actor"])
        for event in reversed(trail["items"])
    ]
    by_admin = {"user_id": str(admin_user.id), "api_key_id": None}
    by_organizer = {"user_id": str(organizer_user.id), "api_key_id": None}
    by_partner = {"user_id": None, "api_key_id": key["id"]}
    expected = [
        ("create", "forum", forum["id"], by_admin),
        ("create", "room", room["id"], by_organizer),
        ("create", "session", session["id"], by_organizer),
        ("create", "participant", speaker["id"], by_organizer),
        ("update", "forum", forum["id"], by_organizer),
        ("submit", "statement", submitted["id"], by_partner),
        ("publish", "statement", submitted["id"], by_organizer),
        ("retract", "statement", submitted["id"], by_organizer),
    ]
    assert [event for event in events if event[1] in {"forum", "room", "session", "participant", "statement"}] == (
        expected
    ), events
    # The people and organizations were audited too (they belong to no forum: an admin reads them).
    everything = await _ok(await client.get("/api/v1/audit-events?limit=100", headers=admin))
    touched = {(event["object_type"], event["object_id"]) for event in everything["items"]}
    assert {("organization", ngo["id"]), ("person", person["id"])} <= touched
    # The partner's own write, found by its actor.
    by_key = await _ok(await client.get(f"/api/v1/audit-events?actor={key['id']}", headers=organizer))
    assert [(event["action"], event["object_id"]) for event in by_key["items"]] == [("submit", submitted["id"])]
