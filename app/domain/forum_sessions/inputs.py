"""What organizers send to create and change a forum's sessions."""

from __future__ import annotations

import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from app.db.models.enums import SessionKind, SessionStatus
from app.lib.inputs import UNSET, LanguageCode, LongTranslations, ShortTranslations, UnsetType

Capacity = Annotated[int, msgspec.Meta(ge=0, le=1_000_000, description="Seats; null: not seat-limited.")]
Moment = Annotated[
    datetime.datetime,
    msgspec.Meta(description="RFC 3339 with a time zone offset, e.g. 2025-11-24T10:00:00+04:00."),
]


class SessionInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A session is dated (`day`, in the forum's time zone) and may be timed: `starts_at` and `ends_at`
    together. Given times and no day, the day is the start's date in the forum's time zone."""

    kind: SessionKind
    title: ShortTranslations
    language: LanguageCode
    description: LongTranslations | None = None
    day: datetime.date | None = None
    starts_at: Moment | None = None
    ends_at: Moment | None = None
    room_id: UUID | None = None
    capacity: Capacity | None = None
    status: SessionStatus = SessionStatus.DRAFT


class SessionPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Only the fields sent change; `null` clears an optional one (null times make the session untimed)."""

    kind: SessionKind | UnsetType = UNSET
    title: ShortTranslations | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    description: LongTranslations | UnsetType | None = UNSET
    day: datetime.date | UnsetType = UNSET
    starts_at: Moment | UnsetType | None = UNSET
    ends_at: Moment | UnsetType | None = UNSET
    room_id: UUID | UnsetType | None = UNSET
    capacity: Capacity | UnsetType | None = UNSET
    status: SessionStatus | UnsetType = UNSET
