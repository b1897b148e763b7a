"""Organizations: an alphabetical directory, filtered by country, paged by cursor, and each one's detail."""

from __future__ import annotations

import uuid

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import LegalForm
from tests.support.api import assert_problem, error_fields, ids, walk
from tests.support.factories import make_organization

Client = AsyncTestClient[Litestar]

DEMO_ORGANIZATIONS = [  # alphabetical
    "Common Values Public Union",
    "Community Hub Public Foundation",
    "Future with You Republican Public Association",
    "Public Union for Supporting the Socio-Economic Development of Youth",
    "Second Republic Public Foundation",
    "Support for the Development of Public Relations Public Union",
]
KAZAKH_DEMO_ORGANIZATIONS = [
    "Community Hub Public Foundation",
    "Future with You Republican Public Association",
    "Second Republic Public Foundation",
]


def _names(items: list[dict[str, object]]) -> list[str]:
    return [item["name"]["text"] for item in items]  # type: ignore[index]


async def test_the_list_is_alphabetical(demo_client: Client) -> None:
    response = await demo_client.get("/api/v1/organizations")

    assert response.status_code == 200, response.text
    body = response.json()
    assert _names(body["items"]) == DEMO_ORGANIZATIONS
    assert body["next"] is None


async def test_alphabetical_ignores_case_and_uses_each_organizations_own_language(
    client: Client, db: AsyncSession
) -> None:
    await make_organization(db, name={"en": "beta"})
    await make_organization(db, name={"en": "Alpha"})
    await make_organization(db, name={"en": "gamma"})
    # Sorted by its Azerbaijani name ("Delta"), even for a reader who gets the English one.
    await make_organization(db, name={"az": "Delta", "en": "Aardvark"}, language="az")
    await db.commit()

    response = await client.get("/api/v1/organizations?lang=en")

    assert response.status_code == 200, response.text
    assert _names(response.json()["items"]) == ["Alpha", "beta", "Aardvark", "gamma"]


@pytest.mark.parametrize("country", ["KZ", "kz", "Kz"])
async def test_country_filter_is_case_insensitive(demo_client: Client, country: str) -> None:
    response = await demo_client.get(f"/api/v1/organizations?country={country}")

    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert _names(items) == KAZAKH_DEMO_ORGANIZATIONS
    assert {item["country"]["code"] for item in items} == {"KZ"}


async def test_country_filter_with_one_match(demo_client: Client) -> None:
    response = await demo_client.get("/api/v1/organizations?country=az")

    assert response.status_code == 200, response.text
    assert _names(response.json()["items"]) == ["Common Values Public Union"]


@pytest.mark.parametrize("country", ["KAZ", "K", "K1", ""])
async def test_a_country_that_is_not_an_alpha_2_code_is_400(demo_client: Client, country: str) -> None:
    body = assert_problem(await demo_client.get(f"/api/v1/organizations?country={country}"), 400)
    assert error_fields(body) == ["country"]


async def test_pages_of_two_walk_every_organization_exactly_once(demo_client: Client) -> None:
    everything = (await demo_client.get("/api/v1/organizations")).json()["items"]

    pages = await walk(demo_client, "/api/v1/organizations?limit=2")

    assert [len(page) for page in pages] == [2, 2, 2]
    walked = [item for page in pages for item in page]
    assert ids(walked) == ids(everything)
    assert len(set(ids(walked))) == len(DEMO_ORGANIZATIONS)


async def test_pages_keep_the_country_filter(demo_client: Client) -> None:
    pages = await walk(demo_client, "/api/v1/organizations?country=kz&limit=2")

    assert [_names(page) for page in pages] == [KAZAKH_DEMO_ORGANIZATIONS[:2], KAZAKH_DEMO_ORGANIZATIONS[2:]]


async def test_pages_do_not_skip_or_repeat_organizations_with_the_same_name(client: Client, db: AsyncSession) -> None:
    made = [await make_organization(db, name={"en": "Youth Union"}) for _ in range(5)]
    await make_organization(db, name={"en": "Aral Sea Society"})
    await make_organization(db, name={"en": "Zhas Otan"})
    await db.commit()

    pages = await walk(client, "/api/v1/organizations?limit=2")

    walked = [item for page in pages for item in page]
    assert [len(page) for page in pages] == [2, 2, 2, 1]
    assert len(set(ids(walked))) == 7
    assert _names(walked) == ["Aral Sea Society"] + ["Youth Union"] * 5 + ["Zhas Otan"]
    assert set(ids(walked[1:6])) == {str(o.id) for o in made}


async def test_detail(client: Client, db: AsyncSession) -> None:
    organization = await make_organization(
        db,
        name={"en": "Common Values Public Union", "az": "Ortaq Dəyərlər İctimai Birliyi"},
        language="az",
        legal_form=LegalForm.PUBLIC_UNION,
        country_code="AZ",
        website="https://commonvalues.example.az",
    )
    await db.commit()

    response = await client.get(f"/api/v1/organizations/{organization.id}", headers={"accept-language": "en"})

    assert response.status_code == 200, response.text
    detail = response.json()
    assert detail["id"] == str(organization.id)
    assert detail["name"] == {"lang": "en", "text": "Common Values Public Union"}
    assert detail["legal_form"] == "public_union"
    assert detail["country"] == {"code": "AZ", "name": "Azerbaijan"}
    assert detail["website"] == "https://commonvalues.example.az"
    assert {"created_at", "updated_at"} <= detail.keys()
    # Without a preference, the name comes in the organization's own language.
    original = (await client.get(f"/api/v1/organizations/{organization.id}")).json()
    assert original["name"] == {"lang": "az", "text": "Ortaq Dəyərlər İctimai Birliyi"}


async def test_an_organization_of_unknown_country(client: Client, db: AsyncSession) -> None:
    organization = await make_organization(db, country_code=None)
    await db.commit()

    response = await client.get(f"/api/v1/organizations/{organization.id}")

    assert response.status_code == 200, response.text
    assert response.json()["country"] is None


async def test_an_unknown_organization_is_404(client: Client) -> None:
    assert_problem(await client.get(f"/api/v1/organizations/{uuid.uuid4()}"), 404)
