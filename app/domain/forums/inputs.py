"""What organizers send to create and change forums and rooms."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec

from app.db.models.enums import ForumStatus
from app.lib.inputs import (
    END,
    UNSET,
    Date,
    DateTime,
    LanguageCode,
    LongTranslations,
    NewStatus,
    ShortTranslations,
    Text100,
    Text200,
    UnsetType,
)
from app.lib.places import CountryCode, TimeZone
from app.lib.schema import Input

Slug = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*" + END,
        min_length=3,
        max_length=100,
        description="Lower-case words joined by hyphens, unique among forums: the forum's address.",
    ),
]
Capacity = Annotated[int, msgspec.Meta(ge=0, le=1_000_000)]


class RegistrationPolicyInput(Input, kw_only=True):
    opens_at: DateTime | None = None
    closes_at: DateTime | None = None
    capacity: Capacity | None = None
    requires_approval: bool = False


class ForumInput(Input, kw_only=True):
    slug: Slug
    title: ShortTranslations
    language: LanguageCode
    description: LongTranslations | None = None
    venue: Text200 | None = None
    city: Text100 | None = None
    country_code: CountryCode | None = None
    timezone: TimeZone
    starts_on: Date
    ends_on: Date
    status: NewStatus = "draft"
    registration: RegistrationPolicyInput | None = None
    organizer_organization_ids: Annotated[list[UUID], msgspec.Meta(max_length=20)] = msgspec.field(default_factory=list)


class ForumPatch(Input, kw_only=True):
    """Only the fields sent change; `null` clears an optional one."""

    slug: Slug | UnsetType = UNSET
    title: ShortTranslations | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    description: LongTranslations | UnsetType | None = UNSET
    venue: Text200 | UnsetType | None = UNSET
    city: Text100 | UnsetType | None = UNSET
    country_code: CountryCode | UnsetType | None = UNSET
    timezone: TimeZone | UnsetType = UNSET
    starts_on: Date | UnsetType = UNSET
    ends_on: Date | UnsetType = UNSET
    status: ForumStatus | UnsetType = UNSET
    registration: RegistrationPolicyInput | UnsetType = UNSET
    organizer_organization_ids: Annotated[list[UUID], msgspec.Meta(max_length=20)] | UnsetType = UNSET


class RoomInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    name: Text200
    capacity: Capacity | None = None


class RoomPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    name: Text200 | UnsetType = UNSET
    capacity: Capacity | UnsetType | None = UNSET
