"""A partner registers only its own people, and sees contact data only of the people who work for it now.

The attack this guards against: partner B put a person it has nothing to do with (ids are public on session
pages) into its delegation, then read that person's email and phone from the forum's registration list."""

from __future__ import annotations

import csv
import datetime
import io
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Affiliation, Registration
from tests.support.accounts import make_api_key
from tests.support.api import assert_problem, error_fields
from tests.support.factories import make_affiliation, make_organization, make_person
from tests.support.registrations import make_registration, upcoming
from tests.support.writers import build_team

Client = AsyncTestClient[Litestar]


def delegation(organization_id: Any, *delegates: dict[str, Any]) -> dict[str, Any]:
    return {"organization_id": str(organization_id), "delegates": list(delegates)}


def existing(person_id: Any) -> dict[str, str]:
    return {"kind": "existing", "person_id": str(person_id)}


async def test_a_partner_cannot_register_someone_elses_person_and_read_their_contact(
    client: Client, db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    stranger = await make_person(db, email="stranger@example.org", phone="+994 50 111 2233")
    former = await make_person(db, email="former@example.org")
    await make_affiliation(db, former, team.partner_org, ends_on=datetime.date(2020, 1, 1))
    ours = await make_person(db, email="ours@example.org")
    await make_affiliation(db, ours, team.partner_org)
    await db.commit()
    url = f"/api/v1/forums/{team.forum.id}/delegations"

    refused = assert_problem(
        await client.post(url, json=delegation(team.partner_org.id, existing(ours.id), existing(stranger.id)),
                          headers=team.partner),
        422,
    )  # fmt: skip
    assert error_fields(refused) == ["delegates.1.person_id"]
    assert "work for organization" in refused["detail"]
    assert error_fields(
        assert_problem(
            await client.post(url, json=delegation(team.partner_org.id, existing(former.id)), headers=team.partner),
            422,
        )
    ) == ["delegates.0.person_id"]
    counted = select(func.count()).select_from(Registration).where(Registration.forum_id == team.forum.id)
    assert await db.scalar(counted) == 0  # all or nothing

    made = await client.post(url, json=delegation(team.partner_org.id, existing(ours.id)), headers=team.partner)
    assert made.status_code == 201, made.text
    listing = await client.get(f"/api/v1/forums/{team.forum.id}/registrations", headers=team.partner)
    assert [row["person"]["email"] for row in listing.json()["items"]] == ["ours@example.org"]
    assert "stranger@example.org" not in listing.text


async def test_a_partner_sees_the_contact_data_only_of_its_people_now(client: Client, db: AsyncSession) -> None:
    """Registrations a partner already holds for people who are not (or no longer) its own, made before the
    rule above or before an affiliation ended: it still sees the rows, never the contact data."""
    team = await build_team(db, **upcoming())
    forum_id, org = team.forum.id, team.partner_org
    stranger = await make_person(db, full_name="Stranger", email="stranger@example.org", phone="+1 555 0100")
    former = await make_person(db, full_name="Former", email="former@example.org", phone="+1 555 0101")
    await make_affiliation(db, former, org, ends_on=datetime.date(2020, 1, 1))
    ours = await make_person(db, full_name="Ours", email="ours@example.org", phone="+1 555 0102")
    await make_affiliation(db, ours, org)
    for person in (stranger, former, ours):
        await make_registration(db, forum_id=forum_id, person_id=person.id, organization_id=org.id)
    reader = await make_api_key(db, org.id, scope="read")
    await db.commit()
    listing = f"/api/v1/forums/{forum_id}/registrations"

    for headers in (team.partner, {"X-API-Key": reader[1]}):
        rows = (await client.get(listing, headers=headers)).json()["items"]
        assert [(r["person"]["full_name"], r["person"]["email"], r["person"]["phone"]) for r in rows] == [
            ("Stranger", None, None),
            ("Former", None, None),
            ("Ours", "ours@example.org", "+1 555 0102"),
        ]
        exported = await client.get(listing, headers=headers | {"Accept": "text/csv"})
        table = list(csv.DictReader(io.StringIO(exported.text)))
        assert [(row["full_name"], row["email"], row["phone"]) for row in table] == [
            ("Stranger", "", ""),
            ("Former", "", ""),
            ("Ours", "ours@example.org", "'+1 555 0102"),  # quoted: a spreadsheet will not run it
        ]
    # The forum's organizers see everyone registered for it, with contact data.
    organizer = (await client.get(listing, headers=team.organizer)).json()["items"]
    assert [r["person"]["email"] for r in organizer] == [
        "stranger@example.org",
        "former@example.org",
        "ours@example.org",
    ]


async def test_a_new_delegate_is_one_of_the_organizations_people(client: Client, db: AsyncSession) -> None:
    """Made by the delegation with an affiliation to the organization: its partner sees the contact data it
    gave, and registers the same person again next time as an existing one."""
    team = await build_team(db, **upcoming())
    later = await build_team(db, **upcoming(in_days=60))
    rival = await make_organization(db)
    _, rival_secret = await make_api_key(db, rival.id)
    await db.commit()
    new = {"kind": "new", "full_name": "Leyla Aliyeva", "email": "leyla@example.org", "phone": "+994 12 000"}

    made = await client.post(
        f"/api/v1/forums/{team.forum.id}/delegations", json=delegation(team.partner_org.id, new), headers=team.partner
    )
    assert made.status_code == 201, made.text
    person_id = made.json()["registrations"][0]["person_id"]
    [affiliation] = await db.scalars(select(Affiliation).where(Affiliation.person_id == person_id))
    assert (affiliation.organization_id, affiliation.ends_on) == (team.partner_org.id, None)
    rows = (await client.get(f"/api/v1/forums/{team.forum.id}/registrations", headers=team.partner)).json()
    assert rows["items"][0]["person"]["email"] == "leyla@example.org"
    person = await client.get(f"/api/v1/people/{person_id}", headers=team.partner)
    assert person.json()["contact"] == {"email": "leyla@example.org", "phone": "+994 12 000"}

    again = await client.post(
        f"/api/v1/forums/{later.forum.id}/delegations",
        json=delegation(team.partner_org.id, existing(person_id)),
        headers=team.partner,
    )
    assert again.status_code == 201, again.text
    # Another organization may not take them into its delegation.
    assert_problem(
        await client.post(
            f"/api/v1/forums/{later.forum.id}/delegations",
            json=delegation(rival.id, existing(person_id)),
            headers={"X-API-Key": rival_secret},
        ),
        422,
    )
