from __future__ import annotations

import datetime
from typing import Annotated
from uuid import UUID

import msgspec

from app.db.models.enums import InvitationState, ParticipantRole, RegistrationStatus, SessionKind, SessionStatus
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


class MySessionRegistration(Schema):
    """The caller's active registration for the session: pending, confirmed, or waitlisted at a position."""

    id: UUID
    status: RegistrationStatus
    waitlist_position: int | None


# What an agenda screen shows beside each session, so it needs no request per session.
Count = Annotated[int, msgspec.Meta(ge=0)]
SeatsLeft = Annotated[
    Count | None,
    msgspec.Meta(
        description="Seats not yet confirmed to anyone: null when the session has no capacity (unlimited), "
        "never below 0 (a capacity lowered under the seats taken evicts nobody)."
    ),
]
WaitlistLength = Annotated[Count, msgspec.Meta(description="People waiting for a seat.")]
MyRegistration = Annotated[
    MySessionRegistration | None,
    msgspec.Meta(
        description="The caller's active registration for this session (pending, confirmed or waitlisted), "
        "for a signed-in person; null when they hold none, and always for anonymous callers and API keys."
    ),
]


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
    seats_left: SeatsLeft
    waitlist_length: WaitlistLength
    my_registration: MyRegistration


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
    seats_left: SeatsLeft
    waitlist_length: WaitlistLength
    my_registration: MyRegistration
    room: Room | None
    participants: list[Participant]
    created_at: datetime.datetime
    updated_at: datetime.datetime


class SessionPage(Schema):
    items: list[SessionSummary]
    next: str | None
