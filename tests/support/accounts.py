"""Arrange accounts, grants and credentials for the access tests, straight through the models.

Users get one precomputed Argon2id hash of PASSWORD (hashing per user would cost tens of ms each), access
tokens are signed with the app's own settings, and API keys and refresh tokens are stored as the app stores
them (SHA-256 only), so the server accepts them exactly as it accepts the ones it issues.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import httpx
import msgspec
from argon2 import PasswordHasher
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.asgi import create_app
from app.config import Settings, load_settings
from app.db.base import new_id
from app.db.models import (
    ApiKey,
    Forum,
    ForumOrganizerGrant,
    ForumSession,
    Organization,
    OrganizationMember,
    Person,
    RefreshToken,
    User,
)
from app.lib.security import issue_access_token
from tests.support.apps import shared_client
from tests.support.factories import make_forum, make_organization, make_session, make_speaker, make_statement

Client = AsyncTestClient[Litestar]

PASSWORD = "correct horse battery staple"
PASSWORD_HASH = PasswordHasher().hash(PASSWORD)

ROLES = (
    "anonymous",
    "attendee",
    "partner_a",  # org-admin user of organization A
    "partner_b",  # org-admin user of organization B
    "organizer_x",  # organizer of forum X
    "organizer_y",  # organizer of forum Y
    "admin",  # platform admin
    "key_a",  # read-write API key of organization A
    "key_a_read",  # read-only API key of organization A
)


def sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def settings_with(**changes: Any) -> Settings:
    return msgspec.structs.replace(load_settings(), **changes)


# Rate limits out of the way, for tests that are about something else and make many auth calls.
UNLIMITED = {
    "auth_rate_limit_per_client": 100_000,
    "auth_rate_limit_per_account": 100_000,
    "auth_rate_limit_account_ceiling": 100_000,
    "write_rate_limit": 0,  # off
}


@asynccontextmanager
async def app_client(database_url: str, settings: Settings) -> AsyncIterator[Client]:
    async with shared_client(database_url, settings) as client:
        yield client


@asynccontextmanager
async def clients_at(database_url: str, settings: Settings, *addresses: str) -> AsyncIterator[list[httpx.AsyncClient]]:
    """One app, and a client calling it from each of `addresses` (the peer address the app sees), so a test can
    tell an account's owner from someone guessing elsewhere."""
    app = create_app(settings, database_url=database_url)
    async with app.lifespan():
        clients = [
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(address, 40000)), base_url="http://t")
            for address in addresses
        ]
        try:
            yield clients
        finally:
            for client in clients:
                await client.aclose()


def fresh_email(label: str = "user") -> str:
    return f"{label}-{new_id().hex[-12:]}@example.org"


async def make_user(db: AsyncSession, *, email: str | None = None, is_admin: bool = False) -> User:
    user = User(
        id=new_id(),
        email=email or fresh_email(),
        password_hash=PASSWORD_HASH,
        full_name="Test User",
        is_admin=is_admin,
    )
    db.add(user)
    await db.flush()
    return user


async def grant_organizer(db: AsyncSession, forum_id: UUID, user_id: UUID) -> None:
    db.add(ForumOrganizerGrant(forum_id=forum_id, user_id=user_id))
    await db.flush()


async def add_member(db: AsyncSession, organization_id: UUID, user_id: UUID, *, is_admin: bool = False) -> None:
    db.add(OrganizationMember(organization_id=organization_id, user_id=user_id, is_admin=is_admin))
    await db.flush()


async def make_api_key(db: AsyncSession, organization_id: UUID, *, scope: str = "read-write") -> tuple[ApiKey, str]:
    secret = f"qk_{secrets.token_urlsafe(32)}"
    row = ApiKey(
        id=new_id(),
        organization_id=organization_id,
        name=f"key {scope}",
        prefix=secret[:10],
        key_hash=sha256(secret),
        scope=scope,
    )
    db.add(row)
    await db.flush()
    return row, secret


async def make_refresh_token(db: AsyncSession, user_id: UUID) -> str:
    secret = f"qrt_{secrets.token_urlsafe(32)}"
    db.add(
        RefreshToken(
            id=new_id(),
            user_id=user_id,
            family_id=new_id(),
            token_hash=sha256(secret),
            expires_at=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1),
        )
    )
    await db.flush()
    return secret


def bearer(user_id: UUID, settings: Settings) -> dict[str, str]:
    token = issue_access_token(user_id, secret=settings.jwt_secret, ttl_seconds=settings.access_token_ttl_seconds)
    return {"Authorization": f"Bearer {token}"}


def api_key_header(secret: str) -> dict[str, str]:
    return {"X-API-Key": secret}


async def count(db: AsyncSession, model: type[Any], *criteria: Any) -> int:
    """Rows of `model` matching `criteria`, as the database holds them now."""
    return int((await db.scalar(select(func.count()).select_from(model).where(*criteria))) or 0)


def wait_out_window_edge(window_seconds: int, margin: float = 20.0) -> None:
    """Sleep past the end of the current fixed rate-limit window when it ends within `margin` seconds, so a
    test's attempts all fall into one window."""
    left = window_seconds - time.time() % window_seconds
    if left < margin:
        time.sleep(left + 0.5)


@dataclass
class World:
    """Two published forums (X, Y), two partner organizations (A, B) and a caller for each role."""

    forum_x: Forum
    forum_y: Forum
    session_x: ForumSession
    speaker: Person
    org_a: Organization
    org_b: Organization
    users: dict[str, User] = field(default_factory=dict)
    key_a: ApiKey | None = None
    key_b: ApiKey | None = None
    key_b_secret: str = ""
    headers: dict[str, dict[str, str]] = field(default_factory=dict)


async def build_world(db: AsyncSession, settings: Settings) -> World:
    forum_x = await make_forum(db)
    forum_y = await make_forum(db)
    session_x = await make_session(db, forum_x)
    participant = await make_speaker(db, session_x)
    await make_statement(db, participant)
    org_a = await make_organization(db)
    org_b = await make_organization(db)
    speaker = await db.get(Person, participant.person_id)
    assert speaker is not None
    world = World(forum_x=forum_x, forum_y=forum_y, session_x=session_x, speaker=speaker, org_a=org_a, org_b=org_b)

    for role in ("attendee", "partner_a", "partner_b", "organizer_x", "organizer_y", "admin"):
        world.users[role] = await make_user(db, email=fresh_email(role), is_admin=role == "admin")
    await add_member(db, org_a.id, world.users["partner_a"].id, is_admin=True)
    await add_member(db, org_b.id, world.users["partner_b"].id, is_admin=True)
    await grant_organizer(db, forum_x.id, world.users["organizer_x"].id)
    await grant_organizer(db, forum_y.id, world.users["organizer_y"].id)
    world.key_a, key_a_secret = await make_api_key(db, org_a.id, scope="read-write")
    _, key_a_read_secret = await make_api_key(db, org_a.id, scope="read")
    world.key_b, world.key_b_secret = await make_api_key(db, org_b.id, scope="read-write")
    await db.commit()

    world.headers = {role: bearer(user.id, settings) for role, user in world.users.items()}
    world.headers |= {
        "anonymous": {},
        "key_a": api_key_header(key_a_secret),
        "key_a_read": api_key_header(key_a_read_secret),
    }
    return world
