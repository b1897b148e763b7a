from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import ForumStatus
from app.domain.organizations.schemas import Country, OrganizationSummary
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class Room(Schema):
    id: UUID
    name: str
    capacity: int | None


class RoomDetail(Room):
    forum_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime


class RegistrationPolicy(Schema):
    opens_at: datetime.datetime | None
    closes_at: datetime.datetime | None
    capacity: int | None
    requires_approval: bool


class ForumSummary(Schema):
    id: UUID
    slug: str
    title: LocalizedText
    city: str | None
    country: Country | None
    timezone: str
    starts_on: datetime.date
    ends_on: datetime.date
    status: ForumStatus


class Forum(ForumSummary):
    description: LocalizedText | None
    venue: str | None
    organizers: list[OrganizationSummary]
    rooms: list[Room]
    registration: RegistrationPolicy
    created_at: datetime.datetime
    updated_at: datetime.datetime


class ForumPage(Schema):
    items: list[ForumSummary]
    next: str | None
