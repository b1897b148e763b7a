"""Partners register delegations within their quota; organizers list (also as CSV), and check people in."""

from __future__ import annotations

import csv
import io
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Person, Registration
from app.db.models.enums import RegistrationStatus
from tests.support.accounts import make_api_key
from tests.support.api import assert_problem, error_fields, walk
from tests.support.factories import make_affiliation, make_organization, make_person, make_session
from tests.support.registrations import make_registration, upcoming
from tests.support.writers import build_team

Client = AsyncTestClient[Litestar]


def delegation(organization_id: Any, *delegates: dict[str, Any]) -> dict[str, Any]:
    return {"organization_id": str(organization_id), "delegates": list(delegates)}


async def registrations_of(db: AsyncSession, organization_id: Any) -> int:
    statement = select(func.count()).select_from(Registration).where(Registration.organization_id == organization_id)
    return int(await db.scalar(statement) or 0)


async def test_a_delegation_is_registered_all_or_nothing_within_its_quota(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    known = await make_person(db, full_name="Agil Jamal")
    await make_affiliation(db, known, team.partner_org)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/delegations"
    quota = await client.put(
        f"/api/v1/forums/{team.forum.id}/quotas/{team.partner_org.id}", json={"quota": 2}, headers=team.organizer
    )
    assert quota.json() == {
        "forum_id": str(team.forum.id),
        "organization_id": str(team.partner_org.id),
        "quota": 2,
        "used": 0,
    }

    three = delegation(
        team.partner_org.id,
        {"kind": "existing", "person_id": str(known.id)},
        {"kind": "new", "full_name": "A"},
        {"kind": "new", "full_name": "B"},
    )
    assert "over quota" in assert_problem(await client.post(url, json=three, headers=team.partner), 409)["detail"]
    assert await registrations_of(db, team.partner_org.id) == 0
    assert await db.scalar(select(func.count()).select_from(Person).where(Person.full_name.in_(["A", "B"]))) == 0

    two = delegation(
        team.partner_org.id,
        {"kind": "existing", "person_id": str(known.id)},
        {"kind": "new", "full_name": "Leyla Aliyeva", "email": "leyla@example.org", "country_code": "AZ"},
    )
    made = await client.post(url, json=two, headers=team.partner)
    assert made.status_code == 201, made.text
    body = made.json()
    assert [r["category"] for r in body["registrations"]] == ["delegate", "delegate"]
    assert body["registrations"][0]["person_id"] == str(known.id)
    assert {r["status"] for r in body["registrations"]} == {"confirmed"}
    assert await registrations_of(db, team.partner_org.id) == 2
    assert_problem(
        await client.post(
            url, json=delegation(team.partner_org.id, {"kind": "new", "full_name": "C"}), headers=team.partner
        ),
        409,
    )


async def test_bad_delegations_name_the_delegate(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    registered = await make_person(db)
    await make_affiliation(db, registered, team.partner_org)
    await make_registration(db, forum_id=team.forum.id, person_id=registered.id)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/delegations"
    new = {"kind": "new", "full_name": "A"}
    nobody = {"kind": "existing", "person_id": "01a23384-0000-7000-8000-000000000000"}
    known = {"kind": "existing", "person_id": str(registered.id)}
    # Refused by the database's facts: the delegate is named.
    for delegates, status in (([new, nobody], 422), ([new, known], 409), ([nobody, nobody], 409)):
        problem = assert_problem(
            await client.post(url, json=delegation(team.partner_org.id, *delegates), headers=team.partner), status
        )
        assert error_fields(problem) == ["delegates.1.person_id"], (delegates, problem)
    # Refused by the body's schema (the framework names the field).
    for delegates, field in (
        ([{"full_name": "A"}], "kind"),
        ([new | {"country_code": "ZZ"}], "country_code"),
        ([new | {"email": "not an email"}], "email"),
        ([known | {"full_name": "B"}], "full_name"),
        ([], "delegates"),
    ):
        problem = assert_problem(
            await client.post(url, json=delegation(team.partner_org.id, *delegates), headers=team.partner), 400
        )
        [named] = error_fields(problem)
        assert named.startswith("delegates"), problem
        assert named.endswith(field) or field in problem["detail"], problem
    assert await registrations_of(db, team.partner_org.id) == 0
    other = await make_organization(db)
    await db.commit()
    assert_problem(await client.post(url, json=delegation(other.id, new), headers=team.partner), 404)


async def test_a_partner_sees_only_its_own_delegates(client: Client, db: AsyncSession) -> None:
    team = await build_team(db, **upcoming())
    rival = await make_organization(db)
    _, rival_secret = await make_api_key(db, rival.id)
    await db.commit()
    rival_key = {"X-API-Key": rival_secret}
    url = f"/api/v1/forums/{team.forum.id}/delegations"
    ours = await client.post(
        url, json=delegation(team.partner_org.id, {"kind": "new", "full_name": "Ours"}), headers=team.partner
    )
    theirs = await client.post(
        url, json=delegation(rival.id, {"kind": "new", "full_name": "Theirs"}), headers=rival_key
    )
    assert ours.status_code == theirs.status_code == 201
    await client.post(f"/api/v1/forums/{team.forum.id}/registrations", json={}, headers=team.attendee)

    listing = f"/api/v1/forums/{team.forum.id}/registrations"
    seen = {
        name: [row["person"]["full_name"] for page in await walk_as(client, listing, headers) for row in page]
        for name, headers in (("partner", team.partner), ("rival", rival_key), ("organizer", team.organizer))
    }
    assert seen["partner"] == ["Ours"]
    assert seen["rival"] == ["Theirs"]
    assert len(seen["organizer"]) == 3
    ours_id = ours.json()["registrations"][0]["id"]
    theirs_id = theirs.json()["registrations"][0]["id"]
    assert (await client.get(f"/api/v1/registrations/{ours_id}/ticket", headers=team.partner)).status_code == 200
    assert_problem(await client.get(f"/api/v1/registrations/{theirs_id}", headers=team.partner), 404)
    assert_problem(await client.post(f"/api/v1/registrations/{theirs_id}/cancel", headers=team.partner), 404)
    assert_problem(await client.get(listing, headers=team.attendee), 404)
    assert_problem(await client.get(listing, headers=team.other_organizer), 404)


async def walk_as(client: Client, url: str, headers: dict[str, str]) -> list[list[dict[str, Any]]]:
    client.headers.update(headers)
    try:
        return await walk(client, url)
    finally:
        for name in headers:
            client.headers.pop(name, None)


async def test_the_list_filters_pages_and_exports_csv(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    panel = await make_session(db, team.forum)
    forum_id = team.forum.id
    rows = [
        await make_registration(db, forum_id=forum_id, person_id=(await make_person(db, full_name=f"P{i}")).id)
        for i in range(5)
    ]
    await make_registration(db, forum_id=forum_id, session=panel, person_id=rows[0].person_id)
    await make_registration(db, forum_id=forum_id, status=RegistrationStatus.PENDING)
    formula = await make_person(db, full_name='=HYPERLINK("http://evil")')
    await make_registration(db, forum_id=forum_id, person_id=formula.id)
    await db.commit()

    listing = f"/api/v1/forums/{forum_id}/registrations"
    pages = await walk_as(client, f"{listing}?limit=3", team.organizer)
    assert [len(page) for page in pages] == [3, 3, 2]
    everything = [row["registration"]["id"] for page in pages for row in page]
    assert everything == sorted(everything)
    pending = await client.get(f"{listing}?status=pending", headers=team.organizer)
    assert [row["registration"]["status"] for row in pending.json()["items"]] == ["pending"]
    seats = await client.get(f"{listing}?session_id={panel.id}", headers=team.organizer)
    assert [row["person"]["full_name"] for row in seats.json()["items"]] == ["P0"]
    assert_problem(await client.get(f"{listing}?status=lost", headers=team.organizer), 400)
    assert_problem(await client.get(f"{listing}?cursor=nonsense", headers=team.organizer), 400)

    exported = await client.get(f"{listing}?checked_in=false", headers=team.organizer | {"Accept": "text/csv"})
    assert exported.status_code == 200, exported.text
    assert exported.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(exported.text)))
    assert len(table) == 8
    assert [row["registration_id"] for row in table] == everything
    assert table[0]["full_name"] == "P0"
    assert table[-1]["full_name"].startswith("'=")  # a spreadsheet will not run it


async def test_check_in_once_per_ticket(client: Client, db: AsyncSession) -> None:
    team = await build_team(db)
    confirmed = await make_registration(db, forum_id=team.forum.id)
    pending = await make_registration(db, forum_id=team.forum.id, status=RegistrationStatus.PENDING)
    elsewhere = await build_team(db)
    foreign = await make_registration(db, forum_id=elsewhere.forum.id)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/check-ins"

    first = await client.post(url, json={"ticket_code": confirmed.ticket_code}, headers=team.organizer)
    assert first.status_code == 200, first.text
    at = first.json()["registration"]["checked_in_at"]
    assert at is not None
    second = assert_problem(
        await client.post(url, json={"ticket_code": confirmed.ticket_code}, headers=team.organizer), 409
    )
    assert "already checked in at" in second["detail"]
    await db.refresh(confirmed)
    assert confirmed.checked_in_at is not None
    assert confirmed.checked_in_at.isoformat() in second["detail"]
    assert (
        "pending"
        in assert_problem(
            await client.post(url, json={"ticket_code": pending.ticket_code}, headers=team.organizer), 409
        )["detail"]
    )
    assert_problem(await client.post(url, json={"ticket_code": foreign.ticket_code}, headers=team.organizer), 404)
    assert_problem(await client.post(url, json={"ticket_code": "no-such-code"}, headers=team.organizer), 404)
    assert error_fields(
        assert_problem(await client.post(url, json={"ticket_code": ""}, headers=team.organizer), 400)
    ) == ["ticket_code"]
