"""Credentials: which access tokens, refresh tokens and API keys the API accepts, and every way it refuses one."""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

import jwt
import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import load_settings
from app.db.models import ApiKey, RefreshToken, User
from app.lib.security import AUDIENCE, ISSUER
from tests.support.accounts import (
    PASSWORD,
    add_member,
    api_key_header,
    bearer,
    count,
    make_api_key,
    make_user,
    sha256,
)
from tests.support.api import assert_problem
from tests.support.factories import make_organization

Client = AsyncTestClient[Litestar]
ME = "/api/v1/me"


def _claims(user: User, **overrides: Any) -> dict[str, Any]:
    now = datetime.datetime.now(datetime.UTC)
    claims: dict[str, Any] = {
        "sub": str(user.id),
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "nbf": now,
        "exp": now + datetime.timedelta(minutes=5),
        "typ": "access",
    }
    return {**claims, **overrides}


def _b64(part: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()


def _unsigned(user: User) -> str:
    """An `alg: none` token, built by hand: no library will sign one."""
    claims = {key: int(value.timestamp()) if isinstance(value, datetime.datetime) else value
              for key, value in _claims(user).items()}  # fmt: skip
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."


def _signed(claims: dict[str, Any], *, secret: str | None = None, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, secret or load_settings().jwt_secret, algorithm=algorithm)


async def test_a_well_formed_token_is_accepted(client: Client, db: AsyncSession) -> None:
    # The control for the rejections below: the same claims, correctly signed, pass.
    user = await make_user(db)
    await db.commit()

    response = await client.get(ME, headers={"Authorization": f"Bearer {_signed(_claims(user))}"})

    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(user.id)


BAD_TOKENS = {
    "alg none": _unsigned,
    "wrong signature": lambda user: _signed(_claims(user), secret="another secret, " * 4),
    "wrong audience": lambda user: _signed(_claims(user, aud="someone-else")),
    "wrong issuer": lambda user: _signed(_claims(user, iss="https://evil.example")),
    "expired": lambda user: _signed(
        _claims(user, exp=datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=5))
    ),
    "refresh typ": lambda user: _signed(_claims(user, typ="refresh")),
    "no typ": lambda user: _signed({k: v for k, v in _claims(user).items() if k != "typ"}),
    "other algorithm": lambda user: _signed(_claims(user), algorithm="HS512"),
    "garbage": lambda user: "not.a.jwt",
}


@pytest.mark.parametrize("kind", BAD_TOKENS)
async def test_a_bad_access_token_is_401(kind: str, client: Client, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()

    response = await client.get(ME, headers={"Authorization": f"Bearer {BAD_TOKENS[kind](user)}"})

    assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_basic_authentication_is_401(client: Client, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    basic = base64.b64encode(f"{user.email}:{PASSWORD}".encode()).decode()

    assert_problem(await client.get(ME, headers={"Authorization": f"Basic {basic}"}), 401)


async def test_me_without_a_token_is_401_with_a_challenge(client: Client) -> None:
    response = await client.get(ME)

    assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_a_token_in_the_query_string_is_not_accepted(client: Client, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    token = bearer(user.id, load_settings())["Authorization"].removeprefix("Bearer ")

    assert_problem(await client.get(ME, params={"access_token": token}), 401)
    public = await client.get("/api/v1/forums", params={"access_token": token})
    assert 400 <= public.status_code < 500, public.text


async def _signup(client: Client, email: str, **body: Any) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/auth/signup", json={"email": email, "password": PASSWORD, "full_name": "Aigerim"} | body
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_signup_and_login_ignore_the_case_of_the_email(client: Client, db: AsyncSession) -> None:
    pair = await _signup(client, "Aigerim@Example.ORG")

    assert pair["token_type"] == "Bearer"
    assert pair["expires_in"] == load_settings().access_token_ttl_seconds
    me = await client.get(ME, headers={"Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 200, me.text
    assert me.json()["email"] == "aigerim@example.org"
    assert me.json()["is_admin"] is False

    login = await client.post("/api/v1/auth/login", json={"email": "AIGERIM@example.org", "password": PASSWORD})
    assert login.status_code == 200, login.text
    again = await client.get(ME, headers={"Authorization": f"Bearer {login.json()['access_token']}"})
    assert again.status_code == 200, again.text
    assert again.json()["id"] == me.json()["id"]

    duplicate = await client.post(
        "/api/v1/auth/signup", json={"email": "aigerim@EXAMPLE.org", "password": PASSWORD, "full_name": "Again"}
    )
    assert_problem(duplicate, 409)
    assert await count(db, User) == 1


async def test_wrong_password_and_unknown_email_answer_alike(client: Client, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()

    wrong_password = await client.post("/api/v1/auth/login", json={"email": user.email, "password": "not it at all"})
    unknown = await client.post("/api/v1/auth/login", json={"email": "nobody@example.org", "password": PASSWORD})

    # Alike but for the request id each answer has of its own.
    assert assert_problem(wrong_password, 401) | {"request_id": None} == assert_problem(unknown, 401) | {
        "request_id": None
    }
    assert wrong_password.headers["www-authenticate"] == unknown.headers["www-authenticate"]


async def _refresh(client: Client, token: str) -> Any:
    return await client.post("/api/v1/auth/refresh", json={"refresh_token": token})


async def test_a_reused_refresh_token_revokes_its_whole_family(client: Client, db: AsyncSession) -> None:
    first = await _signup(client, "rotating@example.org")

    rotated = await _refresh(client, first["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert (await client.get(ME, headers={"Authorization": f"Bearer {second['access_token']}"})).status_code == 200
    # Within the grace window (a client's concurrent refreshes), the first token answers the same successor.
    again = await _refresh(client, first["refresh_token"])
    assert again.status_code == 200, again.text
    assert again.json()["refresh_token"] == second["refresh_token"]
    third = await _refresh(client, second["refresh_token"])
    assert third.status_code == 200, third.text

    # The successor was used since: the first token presented again has leaked.
    assert_problem(await _refresh(client, first["refresh_token"]), 401)
    # The reuse answered 401, and still the revocation was committed: the newest token is dead too.
    assert_problem(await _refresh(client, third.json()["refresh_token"]), 401)
    db.expire_all()
    tokens = (await db.scalars(select(RefreshToken))).all()
    assert len(tokens) == 3
    assert all(token.revoked_at is not None for token in tokens)


async def test_logout_revokes_the_refresh_token(client: Client) -> None:
    pair = await _signup(client, "leaving@example.org")

    response = await client.post("/api/v1/auth/logout", json={"refresh_token": pair["refresh_token"]})

    assert response.status_code == 204, response.text
    assert_problem(await _refresh(client, pair["refresh_token"]), 401)


async def test_an_unknown_refresh_token_is_401(client: Client) -> None:
    assert_problem(await _refresh(client, "qrt_never-issued"), 401)


async def _org_admin(db: AsyncSession) -> tuple[Any, dict[str, str]]:
    organization = await make_organization(db)
    user = await make_user(db)
    await add_member(db, organization.id, user.id, is_admin=True)
    await db.commit()
    return organization, bearer(user.id, load_settings())


async def test_a_created_key_is_shown_once_and_stored_as_its_hash(client: Client, db: AsyncSession) -> None:
    organization, admin = await _org_admin(db)
    keys_url = f"/api/v1/organizations/{organization.id}/api-keys"

    created = await client.post(keys_url, json={"name": "Website", "scope": "read"}, headers=admin)

    assert created.status_code == 201, created.text
    secret = created.json()["key"]
    assert secret.startswith("qk_")
    assert len(secret) > 40
    listed = await client.get(keys_url, headers=admin)
    assert listed.status_code == 200, listed.text
    [item] = listed.json()["items"]
    assert item["id"] == created.json()["id"]
    assert "key" not in item
    assert secret not in listed.text
    assert secret[10:] not in listed.text
    row = (await db.scalars(select(ApiKey))).one()
    assert row.key_hash == sha256(secret)
    assert secret not in (row.name, row.prefix, row.key_hash)
    assert secret.startswith(row.prefix)


async def test_a_key_records_when_it_was_last_used(client: Client, db: AsyncSession) -> None:
    organization, admin = await _org_admin(db)
    keys_url = f"/api/v1/organizations/{organization.id}/api-keys"
    created = (await client.post(keys_url, json={"name": "SDK", "scope": "read"}, headers=admin)).json()
    assert created["last_used_at"] is None

    used = await client.get("/api/v1/forums", headers=api_key_header(created["key"]))

    assert used.status_code == 200, used.text
    [item] = (await client.get(keys_url, headers=admin)).json()["items"]
    assert item["last_used_at"] is not None
    db.expire_all()
    assert (await db.scalars(select(ApiKey))).one().last_used_at is not None


async def test_a_revoked_key_is_401(client: Client, db: AsyncSession) -> None:
    organization, admin = await _org_admin(db)
    keys_url = f"/api/v1/organizations/{organization.id}/api-keys"
    created = (await client.post(keys_url, json={"name": "SDK", "scope": "read-write"}, headers=admin)).json()
    key = api_key_header(created["key"])
    assert (await client.get("/api/v1/forums", headers=key)).status_code == 200

    revoked = await client.delete(f"{keys_url}/{created['id']}", headers=admin)

    assert revoked.status_code == 204, revoked.text
    assert_problem(await client.get("/api/v1/forums", headers=key), 401)
    assert_problem(await client.get("/api/v1/forums", headers=api_key_header("qk_made-up")), 401)


async def test_a_read_only_key_cannot_write(client: Client, db: AsyncSession) -> None:
    organization, _ = await _org_admin(db)
    _, secret = await make_api_key(db, organization.id, scope="read")
    await db.commit()
    keys_before = await count(db, ApiKey)

    response = await client.post(
        f"/api/v1/organizations/{organization.id}/api-keys",
        json={"name": "escalated", "scope": "read-write"},
        headers=api_key_header(secret),
    )

    body = assert_problem(response, 403)
    assert "read-only" in body["detail"]
    assert await count(db, ApiKey) == keys_before
    # It still reads.
    assert (await client.get("/api/v1/forums", headers=api_key_header(secret))).status_code == 200
