"""Writes carrying fields the caller may not set (ids, admin flags, other organizations, key material,
timestamps) are refused with a 4xx naming the field, and nothing is written."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.db.models import ApiKey, ForumOrganizerGrant, OrganizationMember, RefreshToken, User
from tests.support.accounts import (
    PASSWORD,
    UNLIMITED,
    World,
    app_client,
    build_world,
    count,
    make_user,
    settings_with,
)
from tests.support.api import assert_problem, error_fields

Client = AsyncTestClient[Litestar]
SIGNUP = "/api/v1/auth/signup"
NOW = datetime.datetime.now(datetime.UTC).isoformat()


@pytest.fixture
async def world(db: AsyncSession) -> World:
    return await build_world(db, settings_with(**UNLIMITED))


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[Client]:
    async with app_client(database_url, settings_with(**UNLIMITED)) as test_client:
        yield test_client


async def _rows(db: AsyncSession) -> dict[str, int]:
    return {
        "users": await count(db, User),
        "admins": await count(db, User, User.is_admin),
        "refresh_tokens": await count(db, RefreshToken),
        "members": await count(db, OrganizationMember),
        "org_admins": await count(db, OrganizationMember, OrganizationMember.is_admin),
        "api_keys": await count(db, ApiKey),
        "organizer_grants": await count(db, ForumOrganizerGrant),
    }


def _signup(**extra: Any) -> dict[str, Any]:
    return {"email": "newcomer@example.org", "password": PASSWORD, "full_name": "Newcomer"} | extra


SIGNUPS = {
    "is_admin": (_signup(is_admin=True), "is_admin"),
    "id": (_signup(id=str(new_id())), "id"),
    "person_id": (_signup(person_id=str(new_id())), "person_id"),
    "short password": (_signup(password="short1234"), "password"),
    "bad email": (_signup(email="not-an-email"), "email"),
    "email with spaces": (_signup(email="a b@example.org"), "email"),
}


@pytest.mark.parametrize("case", SIGNUPS)
async def test_signup_refuses_privileged_or_bad_fields(case: str, client: Client, db: AsyncSession) -> None:
    body, field = SIGNUPS[case]
    before = await _rows(db)

    response = await client.post(SIGNUP, json=body)

    problem = assert_problem(response, 400)
    assert field in error_fields(problem) or field in problem["detail"], problem
    assert await _rows(db) == before
    assert (await db.scalars(select(User).where(User.email == body["email"]))).first() is None


async def test_the_same_signup_without_them_succeeds(client: Client, db: AsyncSession) -> None:
    # The control: what the cases above refuse is the extra field, not the rest of the body.
    response = await client.post(SIGNUP, json=_signup())

    assert response.status_code == 201, response.text
    user = (await db.scalars(select(User).where(User.email == "newcomer@example.org"))).one()
    assert user.is_admin is False


def _member_bodies(world: World, email: str) -> dict[str, dict[str, Any]]:
    return {
        "organization_id of another org": {"email": email, "organization_id": str(world.org_b.id)},
        "user_id": {"email": email, "user_id": str(world.users["admin"].id)},
        "created_at": {"email": email, "created_at": NOW},
    }


@pytest.mark.parametrize("case", ["organization_id of another org", "user_id", "created_at"])
async def test_member_add_refuses_privileged_fields(case: str, world: World, client: Client, db: AsyncSession) -> None:
    newcomer = await make_user(db)
    await db.commit()
    body = _member_bodies(world, newcomer.email)[case]
    before = await _rows(db)

    response = await client.post(
        f"/api/v1/organizations/{world.org_a.id}/members", json=body, headers=world.headers["partner_a"]
    )

    problem = assert_problem(response, 400)
    [extra] = set(body) - {"email"}
    assert extra in error_fields(problem) or extra in problem["detail"], problem
    assert await _rows(db) == before
    assert await count(db, OrganizationMember, OrganizationMember.user_id == newcomer.id) == 0


API_KEY_EXTRAS = {
    "organization_id": lambda world: str(world.org_b.id),
    "key": lambda world: "qk_chosen-by-the-caller-" + "x" * 24,
    "key_hash": lambda world: "0" * 64,
    "last_used_at": lambda world: NOW,
    "revoked_at": lambda world: NOW,
    "id": lambda world: str(new_id()),
    "created_by_id": lambda world: str(world.users["admin"].id),
}


@pytest.mark.parametrize("field", API_KEY_EXTRAS)
async def test_api_key_create_refuses_privileged_fields(
    field: str, world: World, client: Client, db: AsyncSession
) -> None:
    body = {"name": "Website", "scope": "read", field: API_KEY_EXTRAS[field](world)}
    before = await _rows(db)

    response = await client.post(
        f"/api/v1/organizations/{world.org_a.id}/api-keys", json=body, headers=world.headers["partner_a"]
    )

    problem = assert_problem(response, 400)
    assert field in error_fields(problem) or field in problem["detail"], problem
    assert await _rows(db) == before


@pytest.mark.parametrize("scope", ["admin", "write", "READ", ""])
async def test_api_key_create_refuses_unknown_scopes(
    scope: str, world: World, client: Client, db: AsyncSession
) -> None:
    before = await _rows(db)

    response = await client.post(
        f"/api/v1/organizations/{world.org_a.id}/api-keys",
        json={"name": "Website", "scope": scope},
        headers=world.headers["partner_a"],
    )

    assert_problem(response, 400)
    assert await _rows(db) == before


async def test_organizer_grant_refuses_a_user_id(world: World, client: Client, db: AsyncSession) -> None:
    newcomer = await make_user(db)
    await db.commit()
    before = await _rows(db)

    response = await client.post(
        f"/api/v1/forums/{world.forum_x.id}/organizers",
        json={"email": newcomer.email, "user_id": str(world.users["admin"].id)},
        headers=world.headers["organizer_x"],
    )

    assert_problem(response, 400)
    assert await _rows(db) == before
