"""The duplicate guard on registering a person (issue 20): the same folded name and organization is a 409 that
names who is there already, unless the caller says it is a namesake; and two registrations of one person at
once make one person."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.db.base import new_id
from app.db.models import Affiliation, Person
from app.domain.people.repositories import NAME_QUEUE, PersonRepository
from tests.support.accounts import UNLIMITED, World, app_client, build_world, settings_with
from tests.support.api import assert_problem
from tests.support.apps import racing_client
from tests.support.factories import make_affiliation, make_organization, make_person

SETTINGS = settings_with(**UNLIMITED)
_WAITING = text(f"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = {NAME_QUEUE} AND NOT granted")


def _body(full_name: str, organization_id: object | None) -> dict[str, Any]:
    body: dict[str, Any] = {"full_name": full_name, "language": "en"}
    if organization_id is not None:
        body["affiliation"] = {"organization_id": str(organization_id), "title": {"en": "Chair"}, "language": "en"}
    return body


async def _people_named(db: AsyncSession, full_name: str) -> int:
    statement = select(func.count()).select_from(Person).where(Person.full_name == full_name)
    return int(await db.scalar(statement.execution_options(populate_existing=True)) or 0)


async def _post(database_url: str, world: World, role: str, body: dict[str, Any], query: str = "") -> Any:
    async with app_client(database_url, SETTINGS) as client:
        return await client.post(f"/api/v1/people{query}", json=body, headers=world.headers[role])


async def test_the_same_name_and_organization_is_a_409_naming_them(database_url: str, db: AsyncSession) -> None:
    world = await build_world(db, SETTINGS)
    there = await make_person(db, full_name="Ismagulova Zhanar")
    await make_affiliation(db, there, world.org_a)
    namesake = await make_person(db, full_name="Ismagulova Zhanar")
    await make_affiliation(db, namesake, world.org_b)
    await db.commit()

    # Another script, case and spacing: the same folded name.
    refused = await _post(database_url, world, "organizer_x", _body("ИСМАГУЛОВА  Жанар", world.org_a.id))

    body = assert_problem(refused, 409)
    assert body["type"].endswith("/likely-duplicate")
    assert body["conflicting"] == [{"type": "person", "id": str(there.id), "name": "Ismagulova Zhanar"}]
    assert str(there.id) in body["detail"]
    assert await _people_named(db, "ИСМАГУЛОВА  Жанар") == 0

    allowed = await _post(
        database_url, world, "organizer_x", _body("ИСМАГУЛОВА  Жанар", world.org_a.id), "?allow_duplicate=true"
    )
    assert allowed.status_code == 201, allowed.text
    elsewhere = await _post(database_url, world, "admin", _body("Ismagulova Zhanar", (await _third(db)).id))
    assert elsewhere.status_code == 201, elsewhere.text


async def _third(db: AsyncSession) -> Any:
    organization = await make_organization(db)
    await db.commit()
    return organization


async def test_with_no_organization_the_namesakes_with_none_are_the_duplicates(
    database_url: str, db: AsyncSession
) -> None:
    world = await build_world(db, SETTINGS)
    alone = await make_person(db, full_name="Bolat Nurlan")
    employed = await make_person(db, full_name="Dana Sadyk")
    await make_affiliation(db, employed, world.org_a)
    await db.commit()

    refused = await _post(database_url, world, "admin", _body("bolat nurlan", None))
    assert assert_problem(refused, 409)["conflicting"][0]["id"] == str(alone.id)
    created = await _post(database_url, world, "admin", _body("Dana Sadyk", None))
    assert created.status_code == 201, created.text


async def test_a_partner_is_told_only_of_people_it_may_see(database_url: str, db: AsyncSession) -> None:
    world = await build_world(db, SETTINGS)
    former = await make_person(db, full_name="Aru Sadyk", email="aru@example.org")
    await make_affiliation(db, former, world.org_a, ends_on=datetime.date(2020, 1, 1))
    await db.commit()

    # A left A years ago: A no longer sees her, so it is not told she exists, and registers its own Aru Sadyk.
    created = await _post(database_url, world, "partner_a", _body("Aru Sadyk", world.org_a.id))
    assert created.status_code == 201, created.text
    assert "aru@example.org" not in created.text
    # An organizer sees both.
    refused = await _post(database_url, world, "organizer_y", _body("Aru Sadyk", world.org_a.id))
    named = {item["id"] for item in assert_problem(refused, 409)["conflicting"]}
    assert named == {str(former.id), created.json()["id"]}


@asynccontextmanager
async def _other_transaction(database_url: str) -> AsyncIterator[AsyncSession]:
    engine = create_async_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            yield session
    finally:
        await engine.dispose()


async def _register_while_another_is_in_flight(database_url: str, db: AsyncSession) -> tuple[int, int]:
    """Another transaction registers Kairat Aliyev for A and holds its name's queue until it commits; an
    organizer registers him through the API meanwhile. Answers that request's status and how many Kairats
    there are at the end."""
    world = await build_world(db, SETTINGS)
    async with racing_client(database_url) as racing, _other_transaction(database_url) as other:
        await other.execute(
            text(f"SELECT pg_advisory_xact_lock({NAME_QUEUE}, hashtext(person_name_key('Kairat Aliyev')))")
        )
        first = Person(id=new_id(), full_name="Kairat Aliyev", language="en")
        other.add(first)
        await other.flush()
        other.add(
            Affiliation(
                id=new_id(), person_id=first.id, organization_id=world.org_a.id, title={"en": "Chair"}, language="en"
            )
        )
        await other.flush()
        request = asyncio.create_task(
            racing.post(
                "/api/v1/people", json=_body("Kairat Aliyev", world.org_a.id), headers=world.headers["organizer_x"]
            )
        )
        # Until the request waits in the queue, or finishes without it (the control); bounded, never timed.
        for _ in range(3000):
            if request.done():
                break
            waiting = await db.scalar(_WAITING)
            await db.rollback()
            if waiting:
                break
            await asyncio.sleep(0.01)
        await other.commit()
        response = await request
    return response.status_code, await _people_named(db, "Kairat Aliyev")


async def test_a_registration_waits_for_one_of_the_same_name_in_flight(database_url: str, db: AsyncSession) -> None:
    status, kairats = await _register_while_another_is_in_flight(database_url, db)

    assert (status, kairats) == (409, 1)


async def test_control_without_the_queue_both_registrations_make_a_person(
    database_url: str, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the queue closes: the API's check does not see the other transaction's uncommitted person."""

    async def no_queue(self: PersonRepository, full_name: str) -> None:
        return None

    monkeypatch.setattr(PersonRepository, "queue_for_name", no_queue)

    status, kairats = await _register_while_another_is_in_flight(database_url, db)

    assert (status, kairats) == (201, 2)
