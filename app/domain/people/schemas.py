from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import ParticipantRole
from app.domain.forums.schemas import Country, OrganizationSummary
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class Affiliation(Schema):
    organization: OrganizationSummary
    title: LocalizedText
    starts_on: datetime.date | None
    ends_on: datetime.date | None


class Appearance(Schema):
    """A public session the person is on."""

    session_id: UUID
    forum_id: UUID
    title: LocalizedText
    day: datetime.date
    role: ParticipantRole


class Person(Schema):
    """A public profile: contact data is never part of it."""

    id: UUID
    full_name: str
    bio: LocalizedText | None
    photo_url: str | None
    country: Country | None
    affiliations: list[Affiliation]
    appearances: list[Appearance]
    created_at: datetime.datetime
    updated_at: datetime.datetime
