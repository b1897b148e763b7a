"""Arrange the callers of the write tests: an admin, a forum's organizer, a partner, an attendee."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import load_settings
from app.db.models import Forum, Organization
from tests.conftest import build_app
from tests.factories import make_forum, make_organization
from tests.integration.accounts_helpers import add_member, bearer, grant_organizer, make_api_key, make_user

SETTINGS = load_settings()


@dataclass
class Team:
    forum: Forum
    partner_org: Organization
    admin: dict[str, str]
    organizer: dict[str, str]
    other_organizer: dict[str, str]
    partner: dict[str, str]  # a partner organization's read-write API key
    attendee: dict[str, str]
    organizer_id: Any
    partner_key_id: Any


async def build_team(db: AsyncSession, **forum_fields: Any) -> Team:
    """A forum (published unless told otherwise) with an organizer, another forum's organizer, a partner
    organization with an API key, a platform admin and an attendee."""
    forum = await make_forum(db, **forum_fields)
    other_forum = await make_forum(db)
    partner_org = await make_organization(db)
    admin = await make_user(db, is_admin=True)
    organizer = await make_user(db)
    other_organizer = await make_user(db)
    attendee = await make_user(db)
    await grant_organizer(db, forum.id, organizer.id)
    await grant_organizer(db, other_forum.id, other_organizer.id)
    partner_user = await make_user(db)
    await add_member(db, partner_org.id, partner_user.id, is_admin=True)
    key, secret = await make_api_key(db, partner_org.id)
    await db.commit()
    return Team(
        forum=forum,
        partner_org=partner_org,
        admin=bearer(admin.id, SETTINGS),
        organizer=bearer(organizer.id, SETTINGS),
        other_organizer=bearer(other_organizer.id, SETTINGS),
        partner={"X-API-Key": secret},
        attendee=bearer(attendee.id, SETTINGS),
        organizer_id=organizer.id,
        partner_key_id=key.id,
    )


def with_etag(headers: dict[str, str], etag: str) -> dict[str, str]:
    return headers | {"If-Match": etag}


@asynccontextmanager
async def racing_client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client whose concurrent requests really overlap in the app: Litestar's AsyncTestClient handles one
    request at a time, so a race sent through it never happens. A context manager, not a fixture: the app's
    lifespan must end in the task it began in."""
    app = build_app(database_url)
    transport = httpx.ASGITransport(app=app)
    async with app.lifespan(), httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http
