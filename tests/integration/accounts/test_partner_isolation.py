"""Partner A, through its org-admin user or its API keys, can neither read nor change partner B's members and
API keys, nor tell them from objects that do not exist: every attempt is a 404, and the database is unchanged."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ApiKey, OrganizationMember, User
from tests.support.accounts import (
    UNLIMITED,
    World,
    add_member,
    api_key_header,
    app_client,
    build_world,
    count,
    make_api_key,
    make_user,
    settings_with,
)
from tests.support.api import assert_problem

Client = AsyncTestClient[Litestar]
# Partner A's callers: its org-admin, its read-write key, its read-only key.
CALLERS_OF_A = ("partner_a", "key_a", "key_a_read")


@pytest.fixture
async def world(db: AsyncSession) -> World:
    world = await build_world(db, settings_with(**UNLIMITED))
    # B also has a plain member and an API key of its own.
    member = await make_user(db)
    await add_member(db, world.org_b.id, member.id)
    world.users["member_b"] = member
    await db.commit()
    return world


@pytest.fixture
async def client(database_url: str) -> AsyncIterator[Client]:
    async with app_client(database_url, settings_with(**UNLIMITED)) as test_client:
        yield test_client


async def _snapshot(db: AsyncSession, world: World) -> dict[str, int]:
    """What partner A must not be able to change about B (and, by mistake, about A)."""
    return {
        "keys_of_b": await count(db, ApiKey, ApiKey.organization_id == world.org_b.id),
        "live_keys_of_b": await count(
            db, ApiKey, ApiKey.organization_id == world.org_b.id, ApiKey.revoked_at.is_(None)
        ),
        "keys_of_a": await count(db, ApiKey, ApiKey.organization_id == world.org_a.id),
        "members_of_b": await count(db, OrganizationMember, OrganizationMember.organization_id == world.org_b.id),
        "admins_of_b": await count(
            db, OrganizationMember, OrganizationMember.organization_id == world.org_b.id, OrganizationMember.is_admin
        ),
        "members_of_a": await count(db, OrganizationMember, OrganizationMember.organization_id == world.org_a.id),
        "users": await count(db, User),
    }


def _attempts(world: World, outsider: User) -> list[tuple[str, str, dict[str, Any] | None]]:
    """Every private operation on B's members and keys, each with a valid body."""
    assert world.key_b is not None
    b = f"/api/v1/organizations/{world.org_b.id}"
    return [
        ("GET", f"{b}/api-keys", None),
        ("POST", f"{b}/api-keys", {"name": "planted", "scope": "read-write"}),
        ("DELETE", f"{b}/api-keys/{world.key_b.id}", None),
        ("GET", f"{b}/members", None),
        ("POST", f"{b}/members", {"email": outsider.email, "is_admin": True}),
        ("POST", f"{b}/members", {"email": world.users["partner_a"].email, "is_admin": True}),
        ("DELETE", f"{b}/members/{world.users['member_b'].id}", None),
        ("DELETE", f"{b}/members/{world.users['partner_b'].id}", None),
    ]


@pytest.mark.parametrize("caller", CALLERS_OF_A)
async def test_partner_a_cannot_touch_b(caller: str, world: World, client: Client, db: AsyncSession) -> None:
    outsider = await make_user(db)
    await db.commit()
    before = await _snapshot(db, world)

    for method, url, body in _attempts(world, outsider):
        response = await client.request(method, url, json=body, headers=world.headers[caller])
        assert response.status_code == 404, f"{caller} {method} {url}: {response.status_code} {response.text}"
        assert_problem(response, 404)

    assert await _snapshot(db, world) == before
    # B's key still works, and B's admin still sees everything as it was.
    assert (await client.get("/api/v1/forums", headers=api_key_header(world.key_b_secret))).status_code == 200
    members = await client.get(f"/api/v1/organizations/{world.org_b.id}/members", headers=world.headers["partner_b"])
    assert members.status_code == 200, members.text
    assert {m["user_id"] for m in members.json()["items"]} == {
        str(world.users["partner_b"].id),
        str(world.users["member_b"].id),
    }


@pytest.mark.parametrize("caller", CALLERS_OF_A)
async def test_b_looks_exactly_like_an_organization_that_does_not_exist(
    caller: str, world: World, client: Client
) -> None:
    nowhere = uuid.uuid4()
    for suffix in ("/api-keys", "/members"):
        real = await client.get(f"/api/v1/organizations/{world.org_b.id}{suffix}", headers=world.headers[caller])
        fake = await client.get(f"/api/v1/organizations/{nowhere}{suffix}", headers=world.headers[caller])

        assert real.status_code == fake.status_code == 404
        assert real.json()["detail"].replace(str(world.org_b.id), "ID") == fake.json()["detail"].replace(
            str(nowhere), "ID"
        )
        assert real.json()["type"] == fake.json()["type"]
        assert set(real.headers) - {"content-length", "date"} == set(fake.headers) - {"content-length", "date"}


async def test_bs_key_under_as_path_is_404(world: World, client: Client, db: AsyncSession) -> None:
    assert world.key_b is not None
    before = await _snapshot(db, world)
    a = f"/api/v1/organizations/{world.org_a.id}"

    revoke = await client.delete(f"{a}/api-keys/{world.key_b.id}", headers=world.headers["partner_a"])
    remove = await client.delete(f"{a}/members/{world.users['member_b'].id}", headers=world.headers["partner_a"])
    remove_admin = await client.delete(f"{a}/members/{world.users['partner_b'].id}", headers=world.headers["partner_a"])

    assert_problem(revoke, 404)
    assert_problem(remove, 404)
    assert_problem(remove_admin, 404)
    assert await _snapshot(db, world) == before
    assert (await client.get("/api/v1/forums", headers=api_key_header(world.key_b_secret))).status_code == 200
    # A's own key list never shows B's.
    listed = await client.get(f"{a}/api-keys", headers=world.headers["partner_a"])
    assert listed.status_code == 200, listed.text
    assert str(world.key_b.id) not in listed.text
    assert {item["organization_id"] for item in listed.json()["items"]} == {str(world.org_a.id)}


async def test_a_key_of_b_cannot_manage_a(world: World, client: Client, db: AsyncSession) -> None:
    _, read_only_b = await make_api_key(db, world.org_b.id, scope="read")
    await db.commit()
    before = await _snapshot(db, world)
    a = f"/api/v1/organizations/{world.org_a.id}"
    assert world.key_a is not None

    for secret in (world.key_b_secret, read_only_b):
        for method, url, body in [
            ("GET", f"{a}/api-keys", None),
            ("POST", f"{a}/api-keys", {"name": "planted", "scope": "read-write"}),
            ("DELETE", f"{a}/api-keys/{world.key_a.id}", None),
            ("GET", f"{a}/members", None),
        ]:
            response = await client.request(method, url, json=body, headers=api_key_header(secret))
            assert response.status_code == 404, f"{method} {url}: {response.status_code} {response.text}"

    assert await _snapshot(db, world) == before
