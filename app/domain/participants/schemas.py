from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import InvitationState, ParticipantRole
from app.domain.organizations.schemas import OrganizationSummary
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
