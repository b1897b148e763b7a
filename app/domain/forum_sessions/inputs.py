"""What organizers send to create and change a forum's sessions."""

from __future__ import annotations

import datetime
from typing import Annotated, ClassVar
from uuid import UUID

import msgspec

from app.db.models.enums import SessionKind, SessionStatus
from app.lib.inputs import UNSET, LanguageCode, LongTranslations, NewStatus, ShortTranslations, UnsetType, years_meta
from app.lib.schema import Input

Capacity = Annotated[int, msgspec.Meta(ge=0, le=1_000_000, description="Seats; null: not seat-limited.")]
Moment = Annotated[
    datetime.datetime,
    years_meta("RFC 3339 with a time zone offset, e.g. 2025-11-24T10:00:00+04:00.", tz=True),
]
Day = Annotated[datetime.date, years_meta("The session's date in the forum's time zone.")]


class SessionInput(Input, kw_only=True):
    """A session is always on a `day` of its forum and may be timed: `starts_at` and `ends_at` together (the
    schema's dependentRequired), falling on `day` in the forum's time zone. Left out, the session is untimed."""

    # Published as dependentRequired (app/lib/openapi.py), which msgspec cannot check: the service does.
    __dependent_required__: ClassVar[dict[str, list[str]]] = {"starts_at": ["ends_at"], "ends_at": ["starts_at"]}

    kind: SessionKind
    title: ShortTranslations
    language: LanguageCode
    day: Day
    description: LongTranslations | None = None
    starts_at: Moment | UnsetType = UNSET
    ends_at: Moment | UnsetType = UNSET
    room_id: UUID | None = None
    capacity: Capacity | None = None
    status: NewStatus = "draft"


class SessionPatch(Input, kw_only=True):
    """Only the fields sent change; `null` clears an optional one (null times make the session untimed). The
    day stays a day of the forum and the times, as they are after the change, fall on it: moving a timed session
    to another day sends `day` with its new times."""

    kind: SessionKind | UnsetType = UNSET
    title: ShortTranslations | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    description: LongTranslations | UnsetType | None = UNSET
    day: Day | UnsetType = UNSET
    starts_at: Moment | UnsetType | None = UNSET
    ends_at: Moment | UnsetType | None = UNSET
    room_id: UUID | UnsetType | None = UNSET
    capacity: Capacity | UnsetType | None = UNSET
    status: SessionStatus | UnsetType = UNSET
