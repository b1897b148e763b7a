"""Registering speakers: organizations, people with private contact data, and their affiliations."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, Organization
from tests.support.accounts import add_member, bearer, make_api_key, make_user
from tests.support.api import assert_problem, error_fields
from tests.support.factories import make_organization
from tests.support.writers import SETTINGS, build_team, with_etag

Client = AsyncTestClient[Litestar]
ORGANIZATIONS = "/api/v1/organizations"


def organization_body(**changes: Any) -> dict[str, Any]:
    body = {
        "name": {"az": "Ortaq Dəyərlər İctimai Birliyi", "en": "Common Values Public Union"},
        "language": "az",
        "legal_form": "public_union",
        "country_code": "AZ",
        "website": "https://commonvalues.example.az",
    }
    return body | changes


async def test_an_organizer_registers_an_organization(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    created = await client.post(ORGANIZATIONS, json=organization_body(), headers=team.organizer)
    assert created.status_code == 201, created.text
    organization = created.json()
    assert organization["name"] == {"lang": "az", "text": "Ortaq Dəyərlər İctimai Birliyi"}
    assert organization["country"] == {"code": "AZ", "name": "Azerbaijan"}
    assert created.headers["location"] == f"{ORGANIZATIONS}/{organization['id']}"
    read = await client.get(created.headers["location"])
    assert read.json() == organization
    assert read.headers["etag"] == created.headers["etag"]

    full = (await client.get(f"{created.headers['location']}?translations=true&lang=en")).json()
    assert full["name"] == {
        "lang": "en",
        "text": "Common Values Public Union",
        "translations": organization_body()["name"],
    }

    unknown = await client.post(ORGANIZATIONS, json=organization_body(country_code=None), headers=team.admin)
    assert unknown.status_code == 201, unknown.text
    assert unknown.json()["country"] is None
    [event] = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == organization["id"]))).all()
    assert (event.action, event.actor_user_id, event.forum_id) == ("create", team.organizer_id, None)
    assert event.changes["legal_form"] == {"from": None, "to": "public_union"}


async def test_bad_organizations_are_refused_naming_the_field(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    cases = [
        (organization_body(language="ru"), "name"),
        (organization_body(country_code="ZZ"), "country_code"),
        (organization_body(country_code="az"), "country_code"),
        (organization_body(website="ftp://example.org"), "website"),
        (organization_body(website="https://"), "website"),
        (organization_body(legal_form="club"), "legal_form"),
        (organization_body(name={}), "name"),
        (organization_body(members=3), "members"),
    ]
    for body, field in cases:
        problem = assert_problem(await client.post(ORGANIZATIONS, json=body, headers=team.organizer), 400)
        assert field in error_fields(problem), (body, problem)
    assert await db.scalar(select(Organization.id).where(Organization.legal_form == "public_union")) is None


async def test_partners_keep_their_organization_up_to_date(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    url = f"{ORGANIZATIONS}/{team.partner_org.id}"
    etag = (await client.get(url)).headers["etag"]

    assert_problem(await client.patch(url, json={"website": "https://a.example.org"}, headers=team.partner), 428)
    changed = await client.patch(
        url, json={"website": "https://a.example.org", "country_code": None}, headers=with_etag(team.partner, etag)
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["website"], changed.json()["country"]) == ("https://a.example.org", None)
    stale = await client.patch(url, json={"legal_form": "media"}, headers=with_etag(team.partner, etag))
    assert_problem(stale, 412)
    assert (await client.get(url)).headers["etag"] == changed.headers["etag"] == stale.headers["etag"]
    renamed = await client.patch(
        url, json={"name": {"ru": "Союз"}}, headers=with_etag(team.partner, changed.headers["etag"])
    )
    assert "name" in error_fields(assert_problem(renamed, 400))  # the original language's text is required

    [event] = (
        await db.scalars(
            select(AuditEvent).where(AuditEvent.object_id == team.partner_org.id, AuditEvent.action == "update")
        )
    ).all()
    assert event.actor_api_key_id == team.partner_key_id
    assert event.changes["country_code"] == {"from": "KZ", "to": None}


async def test_organizers_correct_only_organizations_no_partner_keeps(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    unmanaged = await make_organization(db)
    member = await make_user(db)
    await add_member(db, team.partner_org.id, member.id, is_admin=False)
    await db.commit()
    star = {"If-Match": "*"}

    fixed = await client.patch(
        f"{ORGANIZATIONS}/{unmanaged.id}", json={"legal_form": "media"}, headers=team.organizer | star
    )
    assert fixed.status_code == 200, fixed.text
    managed = f"{ORGANIZATIONS}/{team.partner_org.id}"
    assert_problem(await client.patch(managed, json={"legal_form": "media"}, headers=team.organizer | star), 404)
    plain_member = bearer(member.id, SETTINGS) | star
    assert_problem(await client.patch(managed, json={"legal_form": "media"}, headers=plain_member), 403)

    # Once a partner can keep it (a read-write key), it is theirs.
    await make_api_key(db, unmanaged.id)
    await db.commit()
    again = await client.patch(
        f"{ORGANIZATIONS}/{unmanaged.id}", json={"legal_form": "ngo"}, headers=team.organizer | star
    )
    assert_problem(again, 404)


async def test_a_retried_registration_makes_one_organization(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    headers = team.organizer | {"Idempotency-Key": "org-1"}
    first = await client.post(ORGANIZATIONS, json=organization_body(), headers=headers)
    retry = await client.post(ORGANIZATIONS, json=organization_body(), headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    rows = (await db.scalars(select(Organization).where(Organization.legal_form == "public_union"))).all()
    assert len(rows) == 1
