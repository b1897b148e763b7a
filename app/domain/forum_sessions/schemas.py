from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import InvitationState, ParticipantRole, SessionKind, SessionStatus
from app.domain.forums.schemas import Room
from app.domain.organizations.schemas import OrganizationSummary
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class Speaker(Schema):
    """A person on a session, with the title and organization they spoke under."""

    participant_id: UUID
    person_id: UUID
    full_name: str
    role: ParticipantRole
    position: int
    title: LocalizedText | None
    organization: OrganizationSummary | None


class Participant(Speaker):
    invitation: InvitationState


class SessionSummary(Schema):
    id: UUID
    forum_id: UUID
    kind: SessionKind
    title: LocalizedText
    day: datetime.date
    # Null while the session is dated but not yet timed.
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    timezone: str
    status: SessionStatus
    room: Room | None
    speakers: list[Speaker]


class SessionDetail(Schema):
    id: UUID
    forum_id: UUID
    kind: SessionKind
    title: LocalizedText
    description: LocalizedText | None
    day: datetime.date
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    timezone: str
    status: SessionStatus
    capacity: int | None
    room: Room | None
    participants: list[Participant]
    created_at: datetime.datetime
    updated_at: datetime.datetime


class SessionPage(Schema):
    items: list[SessionSummary]
    next: str | None
