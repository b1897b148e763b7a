"""The people directory (issue 20): organizers and admins find anyone by any spelling of the name, partners
their own people; contact data only for those allowed to see it."""

from __future__ import annotations

import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.accounts import UNLIMITED, World, app_client, build_world, settings_with
from tests.support.api import assert_problem, error_fields
from tests.support.factories import make_affiliation, make_organization, make_participant, make_person

SETTINGS = settings_with(**UNLIMITED)


async def _names(database_url: str, world: World, role: str, query: str = "") -> list[str]:
    async with app_client(database_url, SETTINGS) as client:
        response = await client.get(f"/api/v1/people?limit=100&{query}", headers=world.headers[role])
    assert response.status_code == 200, response.text
    return [item["full_name"] for item in response.json()["items"]]


async def test_any_spelling_of_a_name_finds_it(database_url: str, db: AsyncSession) -> None:
    world = await build_world(db, SETTINGS)
    for name in ("Aigerim Ismagulova", "Исмагулова Жанар", "Ismail Bey", "Şahin Çelik", "O'Neil Dzhumabaev"):
        await make_person(db, full_name=name)
    await db.commit()

    async def found(q: str) -> list[str]:
        return await _names(database_url, world, "admin", f"q={q}")

    assert await found("ismag") == ["Aigerim Ismagulova", "Исмагулова Жанар"]
    assert await found("ИСМАГ") == ["Aigerim Ismagulova", "Исмагулова Жанар"]
    assert await found("isma") == ["Aigerim Ismagulova", "Исмагулова Жанар", "Ismail Bey"]
    assert await found("zhanar") == ["Исмагулова Жанар"]
    assert await found("SAHIN") == ["Şahin Çelik"]
    assert await found("cel şah") == ["Şahin Çelik"]
    assert await found("celik x") == []
    assert await found("o'neil") == ["O'Neil Dzhumabaev"]
    assert await found("neil dzh") == ["O'Neil Dzhumabaev"]
    # Only the beginnings of words: "gerim" is inside Aigerim.
    assert await found("gerim") == []
    # Nothing to search for matches nothing, rather than everything.
    assert await found("%21%21") == []


async def test_filters_and_pages(database_url: str, db: AsyncSession) -> None:
    world = await build_world(db, SETTINGS)
    union = await make_organization(db)
    for name, country in (("Bolat Nur", "KZ"), ("Arzu Aliyeva", "AZ"), ("Bahar Kaya", "TR"), ("Aydin Bey", "TR")):
        person = await make_person(db, full_name=name, country_code=country)
        if country == "TR":
            await make_affiliation(db, person, union, ends_on=datetime.date(2020, 1, 1))
    await db.commit()

    assert await _names(database_url, world, "organizer_y", "country=tr") == ["Aydin Bey", "Bahar Kaya"]
    assert await _names(database_url, world, "organizer_y", f"organization={union.id}") == ["Aydin Bey", "Bahar Kaya"]
    assert await _names(database_url, world, "organizer_y", f"organization={union.id}&q=ba") == ["Bahar Kaya"]
    async with app_client(database_url, SETTINGS) as client:
        headers = world.headers["organizer_y"]
        body = assert_problem(await client.get("/api/v1/people?country=XX", headers=headers), 400)
        assert error_fields(body) == ["country"]
        seen: list[str] = []
        url: str | None = "/api/v1/people?limit=2&q=a"
        while url is not None:
            response = await client.get(url, headers=headers)
            assert response.status_code == 200, response.text
            page = response.json()
            seen += [item["full_name"] for item in page["items"]]
            url = f"/api/v1/people?limit=2&q=a&cursor={page['next']}" if page["next"] else None
    assert seen == ["Arzu Aliyeva", "Aydin Bey"]


async def test_who_finds_whom_and_whose_contact_data(database_url: str, db: AsyncSession) -> None:
    world = await build_world(db, SETTINGS)
    of_a = await make_person(db, full_name="Aa Of A", email="of-a@example.org")
    await make_affiliation(db, of_a, world.org_a)
    left_a = await make_person(db, full_name="Aa Left A", email="left-a@example.org")
    await make_affiliation(db, left_a, world.org_a, ends_on=datetime.date(2020, 1, 1))
    on_x = await make_person(db, full_name="Aa On X", email="on-x@example.org")
    await make_participant(db, world.session_x, person=on_x)
    of_b = await make_person(db, full_name="Aa Of B", email="of-b@example.org")
    await make_affiliation(db, of_b, world.org_b)
    await db.commit()

    async def entries(role: str) -> dict[str, str | None]:
        async with app_client(database_url, SETTINGS) as client:
            response = await client.get("/api/v1/people?q=aa", headers=world.headers[role])
        assert response.status_code == 200, response.text
        return {item["full_name"]: (item.get("contact") or {}).get("email") for item in response.json()["items"]}

    everyone = {"Aa Left A", "Aa Of A", "Aa Of B", "Aa On X"}
    assert await entries("admin") == {
        "Aa Left A": "left-a@example.org",
        "Aa Of A": "of-a@example.org",
        "Aa Of B": "of-b@example.org",
        "Aa On X": "on-x@example.org",
    }
    assert await entries("organizer_x") == dict.fromkeys(everyone - {"Aa On X"}) | {"Aa On X": "on-x@example.org"}
    assert await entries("organizer_y") == dict.fromkeys(everyone)
    for partner in ("partner_a", "key_a", "key_a_read"):
        assert await entries(partner) == {"Aa Of A": "of-a@example.org"}, partner
    assert await entries("partner_b") == {"Aa Of B": "of-b@example.org"}
    async with app_client(database_url, SETTINGS) as client:
        assert_problem(await client.get("/api/v1/people", headers=world.headers["attendee"]), 403)
        assert_problem(await client.get("/api/v1/people"), 401)
