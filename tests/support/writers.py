"""Arrange the callers of the write tests: an admin, a forum's organizer, a partner, an attendee."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import load_settings
from app.db.models import Forum, Organization
from tests.support.accounts import add_member, bearer, grant_organizer, make_api_key, make_user
from tests.support.factories import make_forum, make_organization

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
