"""Organizers create and change forums and rooms: validation, If-Match, Idempotency-Key, audit, tombstones."""

from __future__ import annotations

import asyncio
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, Forum, Tombstone
from tests.support.api import assert_problem, error_fields
from tests.support.apps import racing_client
from tests.support.writers import build_team, with_etag

Client = AsyncTestClient[Litestar]


def forum_body(**changes: Any) -> dict[str, Any]:
    body = {
        "slug": "ots-forum-2026",
        "title": {"en": "Forum of Turkic NGOs", "az": "Türk QHT Forumu"},
        "language": "en",
        "timezone": "Asia/Baku",
        "starts_on": "2026-05-01",
        "ends_on": "2026-05-02",
        "country_code": "AZ",
        "city": "Baku",
    }
    return body | changes


async def test_an_admin_creates_a_draft_forum_that_only_organizers_see(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    created = await client.post("/api/v1/forums", json=forum_body(), headers=team.admin)
    assert created.status_code == 201, created.text
    forum = created.json()
    assert forum["status"] == "draft"
    assert forum["title"] == {"lang": "en", "text": "Forum of Turkic NGOs"}
    assert created.headers["location"] == f"/api/v1/forums/{forum['id']}"

    assert_problem(await client.get(f"/api/v1/forums/{forum['id']}"), 404)
    assert_problem(await client.get(f"/api/v1/forums/{forum['id']}", headers=team.other_organizer), 404)
    seen = await client.get(f"/api/v1/forums/{forum['id']}", headers=team.admin)
    assert seen.status_code == 200
    # The creator is its organizer: the write answer's ETag is the one a GET gives.
    assert seen.headers["etag"] == created.headers["etag"]


async def test_reading_every_translation(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    forum = (await client.post("/api/v1/forums", json=forum_body(), headers=team.admin)).json()
    full = await client.get(f"/api/v1/forums/{forum['id']}?translations=true&lang=az", headers=team.admin)
    assert full.json()["title"] == {
        "lang": "az",
        "text": "Türk QHT Forumu",
        "translations": {"en": "Forum of Turkic NGOs", "az": "Türk QHT Forumu"},
    }


async def test_bad_forums_are_refused_with_the_field_named(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    cases = [
        (forum_body(timezone="Mars/Olympus"), 400, "timezone"),
        (forum_body(ends_on="2026-04-01"), 400, "ends_on"),
        (forum_body(language="ru"), 400, "title"),
        (forum_body(country_code="ZZ"), 400, "country_code"),
        (forum_body(title={}), 400, "title"),
        (forum_body(title={"EN": "x"}), 400, "title"),
        (forum_body(slug="Not A Slug"), 400, "slug"),
        (forum_body(unknown=1), 400, "unknown"),
        (forum_body(city="Baku\u0000"), 400, ""),
    ]
    for body, status, field in cases:
        problem = assert_problem(await client.post("/api/v1/forums", json=body, headers=team.admin), status)
        assert any(field in name for name in error_fields(problem)), (body, problem)


async def test_a_taken_slug_is_a_conflict(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    await client.post("/api/v1/forums", json=forum_body(), headers=team.admin)
    assert_problem(await client.post("/api/v1/forums", json=forum_body(), headers=team.admin), 409)


async def test_who_may_create_a_forum(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    assert_problem(await client.post("/api/v1/forums", json=forum_body(), headers=team.attendee), 403)
    assert_problem(await client.post("/api/v1/forums", json=forum_body(), headers=team.organizer), 403)
    assert_problem(await client.post("/api/v1/forums", json=forum_body(), headers=team.partner), 403)
    assert_problem(await client.post("/api/v1/forums", json=forum_body()), 401)


async def test_updates_need_the_current_etag(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}"
    read = await client.get(url, headers=team.organizer)
    etag = read.headers["etag"]

    assert_problem(await client.patch(url, json={"city": "Shusha"}, headers=team.organizer), 428)
    changed = await client.patch(url, json={"city": "Shusha"}, headers=with_etag(team.organizer, etag))
    assert changed.status_code == 200, changed.text
    assert changed.json()["city"] == "Shusha"
    stale = await client.patch(url, json={"city": "Ganja"}, headers=with_etag(team.organizer, etag))
    assert_problem(stale, 412)
    assert stale.headers["etag"] == changed.headers["etag"]
    again = await client.patch(url, json={"city": "Ganja"}, headers=with_etag(team.organizer, changed.headers["etag"]))
    assert again.status_code == 200
    assert (await client.get(url)).headers["etag"] == again.headers["etag"]


async def test_status_moves_only_forward(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}"

    async def move(status: str) -> Any:
        etag = (await client.get(url, headers=team.organizer)).headers["etag"]
        return await client.patch(url, json={"status": status}, headers=with_etag(team.organizer, etag))

    assert_problem(await move("draft"), 409)
    assert (await move("archived")).status_code == 200
    assert_problem(await move("published"), 409)


async def test_only_the_forums_organizers_update_it(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}"
    body, star = {"city": "Shusha"}, {"If-Match": "*"}
    assert_problem(await client.patch(url, json=body, headers=team.other_organizer | star), 404)
    assert_problem(await client.patch(url, json=body, headers=team.attendee | star), 404)
    assert_problem(await client.patch(url, json=body, headers=team.partner | star), 403)
    assert (await client.patch(url, json=body, headers=team.admin | star)).status_code == 200


async def test_concurrent_updates_with_one_etag_one_wins(database_url: str, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"/api/v1/forums/{team.forum.id}"
    async with racing_client(database_url) as racing:
        etag = (await racing.get(url, headers=team.organizer)).headers["etag"]
        answers = await asyncio.gather(
            racing.patch(url, json={"city": "Shusha"}, headers=with_etag(team.organizer, etag)),
            racing.patch(url, json={"venue": "Heydar Aliyev Centre"}, headers=with_etag(team.admin, etag)),
        )
        now = (await racing.get(url)).json()
    assert sorted(answer.status_code for answer in answers) == [200, 412]
    # The winner's change is there and the loser's is not: nothing was silently overwritten.
    assert (now["city"], now["venue"]) in {("Shusha", None), ("Astana", "Heydar Aliyev Centre")}


async def test_one_idempotency_key_creates_one_forum(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    headers = team.admin | {"Idempotency-Key": "create-forum-1"}
    first = await client.post("/api/v1/forums", json=forum_body(), headers=headers)
    retry = await client.post("/api/v1/forums", json=forum_body(), headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["etag"] == first.headers["etag"]
    other = await client.post("/api/v1/forums", json=forum_body(slug="another"), headers=headers)
    assert_problem(other, 422)
    rows = (await db.scalars(select(Forum).where(Forum.slug.in_(["ots-forum-2026", "another"])))).all()
    assert len(rows) == 1


async def test_a_draft_forum_is_deleted_with_a_tombstone(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    published = await client.delete(f"/api/v1/forums/{team.forum.id}", headers=team.organizer)
    assert_problem(published, 409)
    draft = (await client.post("/api/v1/forums", json=forum_body(), headers=team.admin)).json()
    assert (await client.delete(f"/api/v1/forums/{draft['id']}", headers=team.admin)).status_code == 204
    tombstone = await db.get(Tombstone, draft["id"])
    assert tombstone is not None
    assert tombstone.object_type == "forum"
    events = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == draft["id"]))).all()
    assert [event.action for event in sorted(events, key=lambda event: event.id)] == ["create", "delete"]


async def test_rooms(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    rooms = f"/api/v1/forums/{team.forum.id}/rooms"
    hall = await client.post(rooms, json={"name": "Hall A", "capacity": 300}, headers=team.organizer)
    assert hall.status_code == 201, hall.text
    room = hall.json()
    assert_problem(await client.post(rooms, json={"name": "Hall A"}, headers=team.organizer), 409)
    assert_problem(await client.post(rooms, json={"name": "Hall B", "capacity": -1}, headers=team.organizer), 400)
    url = f"/api/v1/rooms/{room['id']}"
    read = await client.get(url)
    assert read.json() == room
    renamed = await client.patch(
        url, json={"name": "Main hall"}, headers=with_etag(team.organizer, read.headers["etag"])
    )
    assert renamed.json()["name"] == "Main hall"
    forum = (await client.get(f"/api/v1/forums/{team.forum.id}")).json()
    assert [r["name"] for r in forum["rooms"]] == ["Main hall"]
    assert_problem(await client.delete(url, headers=team.other_organizer), 404)
    assert (await client.delete(url, headers=team.organizer)).status_code == 204
    assert_problem(await client.get(url), 404)
