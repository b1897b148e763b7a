from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import InvitationState, ParticipantRole
from app.domain.organizations.schemas import Country, OrganizationSummary
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class ParticipantDetail(Schema):
    """A person on a session, with the affiliation and title they speak under: a snapshot taken when they were
    put on it (or last changed here), which later changes to their affiliations leave alone."""

    id: UUID
    session_id: UUID
    forum_id: UUID
    person_id: UUID
    full_name: str
    role: ParticipantRole
    position: int
    invitation: InvitationState
    # The affiliation the snapshot was taken from; null once that affiliation is deleted (the snapshot stays).
    affiliation_id: UUID | None
    title: LocalizedText | None
    organization: OrganizationSummary | None
    created_at: datetime.datetime
    updated_at: datetime.datetime


class SpeakerSession(Schema):
    """A session the speaker is confirmed on, in the forum's agenda order."""

    session_id: UUID
    title: LocalizedText
    day: datetime.date
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    role: ParticipantRole


class ForumSpeaker(Schema):
    """A person on a forum's speakers list: their public profile (never contact data), the title and
    organization they spoke under on their first session there (a snapshot; null when none was recorded), and
    their sessions."""

    id: UUID
    full_name: str
    bio: LocalizedText | None
    photo_url: str | None
    country: Country | None
    title: LocalizedText | None
    organization: OrganizationSummary | None
    sessions: list[SpeakerSession]


class SpeakerPage(Schema):
    items: list[ForumSpeaker]
    next: str | None
