"""A partner's statement from submitted to published to retracted, through HTTP, with what each caller sees at
each step, the versions it leaves behind and the audit trail of who did what."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.api import assert_problem
from tests.support.statements import Client, Stage, build_stage, etag_of, listed, statement_body
from tests.support.writers import with_etag


async def _visible_to(client: Client, stage: Stage, statement_id: str) -> dict[str, bool]:
    """Who can read the statement, alone and in its session's list."""
    callers = {
        "anonymous": {},
        "attendee": stage.team.attendee,
        "partner": stage.team.partner,
        "other_partner": stage.partner_b,
        "organizer": stage.team.organizer,
        "other_organizer": stage.team.other_organizer,
    }
    seen = {}
    for name, headers in callers.items():
        alone = await client.get(f"/api/v1/statements/{statement_id}", headers=headers)
        assert alone.status_code in {200, 404}, alone.text
        in_list = statement_id in await listed(client, stage.statements_url, headers)
        assert in_list == (alone.status_code == 200), name
        seen[name] = alone.status_code == 200
    return seen


async def _searched(client: Client, statement_id: str) -> dict[str, Any] | None:
    for params in ({"q": "regional cooperation"}, {}):
        response = await client.get("/api/v1/statements", params=params)
        found = [item for item in response.json()["items"] if item["id"] == statement_id]
        if not found:
            return None
        assert len(found) == 1
    return found[0]


EVERYONE = {
    "anonymous": True,
    "attendee": True,
    "partner": True,
    "other_partner": True,
    "organizer": True,
    "other_organizer": True,
}


async def test_a_partners_statement_from_submitted_to_published_to_retracted(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    team = stage.team

    # The partner submits for its own speaker; asking to publish does not publish it.
    submitted = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a, status="published"), headers=team.partner
    )
    assert submitted.status_code == 201, submitted.text
    statement = submitted.json()
    sid, url = statement["id"], f"/api/v1/statements/{statement['id']}"
    assert submitted.headers["location"] == url
    assert (statement["status"], statement["published_at"]) == ("submitted", None)
    assert statement["speaker"]["organization"]["id"] == str(team.partner_org.id)
    assert statement["text"] == {"lang": "en", "text": "Civil society must have a voice in regional cooperation."}
    assert statement["position"] == 1

    # Submitted: the partner and the forum's organizers see it; nobody else, nor search.
    assert await _visible_to(client, stage, sid) == EVERYONE | {
        "anonymous": False,
        "attendee": False,
        "other_partner": False,
        "other_organizer": False,
    }
    assert await _searched(client, sid) is None

    # The partner corrects its submission against the version it read.
    corrected = await client.patch(
        url,
        json={"text": {"en": "Civil society must have a real voice in regional cooperation."}},
        headers=with_etag(team.partner, await etag_of(client, url, team.partner)),
    )
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["text"]["text"] == "Civil society must have a real voice in regional cooperation."

    # The organizer publishes it: now everyone sees it, and search finds it.
    published = await client.post(f"{url}/publish", headers=team.organizer)
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    assert published.json()["published_at"] is not None
    assert await _visible_to(client, stage, sid) == EVERYONE
    hit = await _searched(client, sid)
    assert hit is not None
    assert hit["status"] == "published"

    # Published, it is no longer the partner's to change, nor to publish or retract.
    late = await client.patch(url, json={"reporting_verb": "said"}, headers=team.partner | {"If-Match": "*"})
    assert "published" in assert_problem(late, 409)["detail"]
    assert_problem(await client.post(f"{url}/retract", json={"reason": "no"}, headers=stage.partner_a_admin), 403)

    # Retracted: still there for everyone, as retracted, with the reason, in every public read.
    reason = "The speaker was misquoted by the original report."
    retracted = await client.post(f"{url}/retract", json={"reason": reason}, headers=team.organizer)
    assert retracted.status_code == 200, retracted.text
    assert (retracted.json()["status"], retracted.json()["retraction_reason"]) == ("retracted", reason)
    assert await _visible_to(client, stage, sid) == EVERYONE
    public = (await client.get(url)).json()
    assert (public["status"], public["retraction_reason"]) == ("retracted", reason)
    assert public["published_at"] == published.json()["published_at"]
    hit = await _searched(client, sid)
    assert hit is not None
    assert (hit["status"], hit["retraction_reason"]) == ("retracted", reason)
    [listed_item] = (await client.get(stage.statements_url)).json()["items"]
    assert listed_item["retraction_reason"] == reason

    # Wrong-state transitions say what state it is in.
    assert "retracted" in assert_problem(await client.post(f"{url}/publish", headers=team.organizer), 409)["detail"]
    again = await client.post(f"{url}/retract", json={"reason": reason}, headers=team.organizer)
    assert "retracted" in assert_problem(again, 409)["detail"]

    await _check_revisions(client, stage, url)
    await _check_audit_trail(client, stage, sid, reason)


async def _check_revisions(client: Client, stage: Stage, url: str) -> None:
    team = stage.team
    # Every change kept the version it replaced, oldest first, with who replaced it.
    revisions = await client.get(f"{url}/revisions", headers=team.organizer)
    assert revisions.status_code == 200, revisions.text
    items = revisions.json()["items"]
    assert [item["number"] for item in items] == [1, 2, 3]
    assert [item["statement"]["status"] for item in items] == ["submitted", "submitted", "published"]
    assert items[0]["statement"]["text"] == {"en": "Civil society must have a voice in regional cooperation."}
    assert items[1]["statement"]["text"] == {"en": "Civil society must have a real voice in regional cooperation."}
    assert items[0]["statement"]["citations"][0]["outlet"] == "Report.az"
    assert [item["replaced_by"] for item in items] == [
        {"user_id": None, "api_key_id": str(team.partner_key_id)},
        {"user_id": str(team.organizer_id), "api_key_id": None},
        {"user_id": str(team.organizer_id), "api_key_id": None},
    ]
    assert (await client.get(f"{url}/revisions", headers=team.partner)).json() == revisions.json()
    first_page = await client.get(f"{url}/revisions", params={"limit": 2}, headers=team.organizer)
    assert [item["number"] for item in first_page.json()["items"]] == [1, 2]
    rest = await client.get(
        f"{url}/revisions", params={"limit": 2, "cursor": first_page.json()["next"]}, headers=team.organizer
    )
    assert ([item["number"] for item in rest.json()["items"]], rest.json()["next"]) == ([3], None)
    assert_problem(await client.get(f"{url}/revisions", headers=stage.partner_b), 404)
    assert_problem(await client.get(f"{url}/revisions", headers=team.attendee), 404)
    assert_problem(await client.get(f"{url}/revisions"), 401)


async def _check_audit_trail(client: Client, stage: Stage, sid: str, reason: str) -> None:
    team = stage.team
    # The audit trail: each step, by the right actor.
    events = await client.get("/api/v1/audit-events", params={"object_id": sid}, headers=team.organizer)
    assert events.status_code == 200, events.text
    trail = [(e["action"], e["actor"]["user_id"], e["actor"]["api_key_id"]) for e in events.json()["items"]]
    assert sorted(trail, key=lambda step: ["submit", "update", "publish", "retract"].index(step[0])) == [
        ("submit", None, str(team.partner_key_id)),
        ("update", None, str(team.partner_key_id)),
        ("publish", str(team.organizer_id), None),
        ("retract", str(team.organizer_id), None),
    ]
    by_action = {e["action"]: e for e in events.json()["items"]}
    assert by_action["retract"]["changes"]["status"] == {"from": "published", "to": "retracted"}
    assert by_action["retract"]["changes"]["retraction_reason"]["to"] == reason
    assert by_action["submit"]["changes"]["status"]["to"] == "submitted"
    assert by_action["submit"]["forum_id"] == str(team.forum.id)


async def test_an_organizer_records_a_draft_then_publishes_it(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    team = stage.team
    draft = await client.post(stage.statements_url, json=statement_body(stage.speaker_other), headers=team.organizer)
    assert draft.status_code == 201, draft.text
    sid = draft.json()["id"]
    assert draft.json()["status"] == "draft"
    # The creator reads it back with the ETag the create answered.
    assert await etag_of(client, f"/api/v1/statements/{sid}", team.organizer) == draft.headers["etag"]
    # A draft is the organizers' alone, even for the speaker's organization.
    seen = await _visible_to(client, stage, sid)
    assert seen == {name: name == "organizer" for name in EVERYONE}
    assert_problem(await client.get(f"/api/v1/statements/{sid}/revisions", headers=team.partner), 404)

    published = await client.post(
        f"/api/v1/statements/{sid}/publish", headers=with_etag(team.organizer, draft.headers["etag"])
    )
    assert published.status_code == 200, published.text
    assert await _visible_to(client, stage, sid) == EVERYONE
    events = await client.get("/api/v1/audit-events", params={"object_id": sid}, headers=team.organizer)
    actions = sorted((e["action"], e["actor"]["user_id"]) for e in events.json()["items"])
    assert actions == [("create", str(team.organizer_id)), ("publish", str(team.organizer_id))]


async def test_an_organizer_publishes_directly_and_an_org_admin_submits(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    team = stage.team
    direct = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a, status="published"), headers=team.admin
    )
    assert direct.status_code == 201, direct.text
    assert direct.json()["status"] == "published"
    assert direct.json()["published_at"] is not None
    assert (await client.get(f"/api/v1/statements/{direct.json()['id']}")).status_code == 200

    by_user = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a), headers=stage.partner_a_admin
    )
    assert by_user.status_code == 201, by_user.text
    assert (by_user.json()["status"], by_user.json()["position"]) == ("submitted", 2)
    events = await client.get(
        "/api/v1/audit-events", params={"object_id": by_user.json()["id"]}, headers=team.organizer
    )
    [event] = events.json()["items"]
    assert (event["action"], event["actor"]) == (
        "submit",
        {"user_id": str(stage.partner_a_admin_id), "api_key_id": None},
    )
    # The partner's API key sees what the organization's admin submitted: it is the organization's.
    assert (await client.get(f"/api/v1/statements/{by_user.json()['id']}", headers=team.partner)).status_code == 200
