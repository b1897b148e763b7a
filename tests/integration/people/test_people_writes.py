"""Registering people and their affiliations: who may, and who ever sees their private contact data."""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, Person, Tombstone
from tests.support.accounts import add_member, bearer, make_api_key, make_user
from tests.support.api import assert_problem, error_fields
from tests.support.factories import make_affiliation, make_organization, make_participant, make_person, make_session
from tests.support.writers import SETTINGS, build_team, with_etag

Client = AsyncTestClient[Litestar]
PEOPLE = "/api/v1/people"
EMAIL, PHONE = "aigerim.private@example.org", "+7 701 555 12 34"


def person_body(**changes: Any) -> dict[str, Any]:
    body = {
        "full_name": "Aigerim Nurlanovna",
        "language": "en",
        "bio": {"en": "Youth worker from Almaty.", "kk": "Алматылық жастар қызметкері."},
        "country_code": "KZ",
        "photo_url": "https://photos.example.kz/aigerim.jpg",
        "email": EMAIL,
        "phone": PHONE,
    }
    return body | changes


def affiliation_body(organization_id: Any, **changes: Any) -> dict[str, Any]:
    return {"organization_id": str(organization_id), "title": {"en": "Delegate"}, "language": "en"} | changes


def _private(text: str) -> bool:
    return EMAIL in text or PHONE in text


async def test_contact_data_reaches_only_those_who_may_reach_the_person(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    union = await make_organization(db)
    await db.commit()

    created = await client.post(
        PEOPLE, json=person_body(affiliation=affiliation_body(union.id, title={"en": "Chair"})), headers=team.organizer
    )
    assert created.status_code == 201, created.text
    person = created.json()
    url = created.headers["location"]
    assert url == f"{PEOPLE}/{person['id']}"
    # Not yet on a forum of theirs: the organizer sees the profile, not how to reach the person.
    assert "contact" not in person
    [affiliation] = person["affiliations"]
    assert (affiliation["organization"]["id"], affiliation["title"]["text"]) == (str(union.id), "Chair")
    assert (await client.get(url, headers=team.organizer)).headers["etag"] == created.headers["etag"]
    assert_problem(await client.get(url), 404)  # on no public session: unannounced
    assert (await client.get(url, headers=team.admin)).json()["contact"] == {"email": EMAIL, "phone": PHONE}

    on_panel = await client.post(
        f"/api/v1/sessions/{session.id}/participants",
        json={"person_id": person["id"], "role": "speaker"},
        headers=team.organizer,
    )
    assert on_panel.status_code == 201, on_panel.text
    assert (await client.get(url, headers=team.organizer)).json()["contact"] == {"email": EMAIL, "phone": PHONE}
    for outsider in (team.other_organizer, team.attendee, team.partner, {}):
        seen = await client.get(url, headers=outsider)
        assert seen.status_code == 200, seen.text
        assert "contact" not in seen.json()
        assert not _private(seen.text)

    [event] = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == person["id"]))).all()
    assert event.changes["email"] == {"from": None, "to": "(private)"}
    assert not _private(str(event.changes))


async def test_a_partner_registers_a_delegate_for_its_own_organization(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    other = await make_organization(db)
    member = await make_user(db)
    await add_member(db, team.partner_org.id, member.id)
    _, other_key = await make_api_key(db, other.id)
    await db.commit()

    alone = await client.post(PEOPLE, json=person_body(), headers=team.partner)
    assert error_fields(assert_problem(alone, 403)) == ["affiliation"]
    elsewhere = person_body(affiliation=affiliation_body(other.id))
    assert_problem(await client.post(PEOPLE, json=elsewhere, headers=team.partner), 403)
    assert_problem(await client.post(PEOPLE, json=elsewhere, headers=team.attendee), 403)

    created = await client.post(
        PEOPLE, json=person_body(affiliation=affiliation_body(team.partner_org.id)), headers=team.partner
    )
    assert created.status_code == 201, created.text
    url = created.headers["location"]
    assert created.json()["contact"] == {"email": EMAIL, "phone": PHONE}
    # Its own members see its people; another partner does not even see them.
    assert (await client.get(url, headers=bearer(member.id, SETTINGS))).json()["contact"]["email"] == EMAIL
    assert_problem(await client.get(url, headers={"X-API-Key": other_key}), 404)

    # The delegate leaves: the partner no longer sees or changes them.
    [affiliation] = created.json()["affiliations"]
    ended = await client.patch(
        f"/api/v1/affiliations/{affiliation['id']}",
        json={"ends_on": "2026-01-31"},
        headers=team.partner | {"If-Match": "*"},
    )
    assert ended.status_code == 200, ended.text
    assert_problem(await client.get(url, headers=team.partner), 404)
    assert_problem(await client.patch(url, json={"phone": None}, headers=team.partner | {"If-Match": "*"}), 404)


async def test_bad_people_are_refused_naming_the_field(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    unknown = "7f0c5e0e-0000-7000-8000-000000000000"
    cases = [
        (person_body(language="ru"), "bio"),
        (person_body(country_code="ZZ"), "country_code"),
        (person_body(email="not an email"), "email"),
        (person_body(phone="call me"), "phone"),
        (person_body(photo_url="ftp://photos.example.kz/a.jpg"), "photo_url"),
        (person_body(full_name=" "), "full_name"),
        (person_body(seq=1), "seq"),
        (person_body(affiliation=affiliation_body(team.partner_org.id, ends_on="2020-01-01", starts_on="2021-01-01")),
         "affiliation.ends_on"),
        (person_body(affiliation=affiliation_body(team.partner_org.id, language="ru")), "affiliation.title"),
    ]  # fmt: skip
    for body, field in cases:
        problem = assert_problem(await client.post(PEOPLE, json=body, headers=team.organizer), 400)
        assert field in error_fields(problem), (body, problem)
    # Valid as the schema says, but naming no organization: 422.
    body = person_body(affiliation=affiliation_body(unknown))
    problem = assert_problem(await client.post(PEOPLE, json=body, headers=team.organizer), 422)
    assert error_fields(problem) == ["affiliation.organization_id"]
    assert await db.scalar(select(Person.id).where(Person.full_name == "Aigerim Nurlanovna")) is None


async def test_changing_a_person_needs_the_current_etag(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    person = await make_person(db, email=EMAIL)
    await make_participant(db, session, person=person)
    await db.commit()
    url = f"{PEOPLE}/{person.id}"
    etag = (await client.get(url, headers=team.organizer)).headers["etag"]

    assert_problem(await client.patch(url, json={"phone": PHONE}, headers=team.organizer), 428)
    changed = await client.patch(url, json={"phone": PHONE, "email": None}, headers=with_etag(team.organizer, etag))
    assert changed.status_code == 200, changed.text
    assert changed.json()["contact"] == {"email": None, "phone": PHONE}
    assert_problem(await client.patch(url, json={"bio": None}, headers=with_etag(team.organizer, etag)), 412)
    assert (await client.get(url, headers=team.organizer)).headers["etag"] == changed.headers["etag"]
    for outsider in (team.other_organizer, team.partner, team.attendee):
        assert_problem(await client.patch(url, json={"bio": None}, headers=outsider | {"If-Match": "*"}), 404)

    [event] = (
        await db.scalars(select(AuditEvent).where(AuditEvent.object_id == person.id, AuditEvent.action == "update"))
    ).all()
    assert event.changes == {
        "phone": {"from": None, "to": "(private)"},
        "email": {"from": "(private)", "to": None},
    }


async def test_affiliations_are_added_changed_and_deleted(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    person, union = await make_person(db), await make_organization(db)
    await make_participant(db, session, person=person)
    partners = await make_affiliation(db, person, team.partner_org, title="Delegate")
    await db.commit()
    added = await client.post(
        f"{PEOPLE}/{person.id}/affiliations",
        json=affiliation_body(union.id, title={"en": "Director", "ru": "Директор"}, starts_on="2024-03-01"),
        headers=team.organizer,
    )
    assert added.status_code == 201, added.text
    url = added.headers["location"]
    read = await client.get(url)
    assert read.json() == added.json()
    assert read.headers["etag"] == added.headers["etag"]
    full = (await client.get(f"{url}?translations=true&lang=ru")).json()
    assert full["title"] == {"lang": "ru", "text": "Директор", "translations": {"en": "Director", "ru": "Директор"}}

    early = await client.patch(
        url, json={"ends_on": "2024-01-01"}, headers=with_etag(team.organizer, read.headers["etag"])
    )
    assert error_fields(assert_problem(early, 400)) == ["ends_on"]
    retitled = await client.patch(
        url, json={"title": {"en": "Chair"}}, headers=with_etag(team.organizer, read.headers["etag"])
    )
    assert retitled.status_code == 200, retitled.text
    profile = (await client.get(f"{PEOPLE}/{person.id}")).json()
    assert {a["title"]["text"] for a in profile["affiliations"]} == {"Chair", "Delegate"}
    # The partner works with the person through its own affiliation, not anyone else's.
    assert_problem(await client.delete(url, headers=team.partner), 403)
    assert (await client.delete(f"/api/v1/affiliations/{partners.id}", headers=team.partner)).status_code == 204

    assert (await client.delete(url, headers=team.organizer)).status_code == 204
    assert_problem(await client.get(url), 404)
    affiliation_id = added.json()["id"]
    assert (await db.get(Tombstone, affiliation_id)) is not None
    events = (await db.scalars(select(AuditEvent).where(AuditEvent.object_id == affiliation_id))).all()
    assert [event.action for event in sorted(events, key=lambda event: event.id)] == ["create", "update", "delete"]


async def test_a_retried_registration_makes_one_person(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    headers = team.organizer | {"Idempotency-Key": "person-1"}
    first = await client.post(PEOPLE, json=person_body(), headers=headers)
    retry = await client.post(PEOPLE, json=person_body(), headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    assert len((await db.scalars(select(Person).where(Person.full_name == "Aigerim Nurlanovna"))).all()) == 1
