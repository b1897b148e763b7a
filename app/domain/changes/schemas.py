from __future__ import annotations

from enum import StrEnum
from uuid import UUID

from app.domain.forum_sessions.schemas import SessionDetail
from app.domain.forums.schemas import Forum, RoomDetail
from app.domain.organizations.schemas import Organization
from app.domain.participants.schemas import ParticipantDetail
from app.domain.people.schemas import Person
from app.domain.registrations.schemas import RegistrationView
from app.domain.statements.schemas import Statement
from app.lib.schema import Schema


class ChangeKind(StrEnum):
    FORUM = "forum"
    ORGANIZATION = "organization"
    PERSON = "person"
    ROOM = "room"
    SESSION = "session"
    PARTICIPANT = "participant"
    STATEMENT = "statement"


class ChangeType(StrEnum):
    UPSERT = "upsert"
    TOMBSTONE = "tombstone"


class Change(Schema):
    """One object that changed: as its own GET shows it to this caller now (`upsert`, the field named after its
    kind is set), or gone from this caller's view (`tombstone`: deleted, unpublished, speaker_removed)."""

    kind: ChangeKind
    id: UUID
    change: ChangeType
    # What happened last: created, updated, published, cancelled, moved, retracted (a retracted statement stays
    # visible, marked so), or for a tombstone: deleted, unpublished, speaker_removed.
    reason: str
    # The position in the log after this item: a stream's event id, to resume from.
    cursor: str
    forum: Forum | None = None
    organization: Organization | None = None
    person: Person | None = None
    room: RoomDetail | None = None
    session: SessionDetail | None = None
    participant: ParticipantDetail | None = None
    statement: Statement | None = None


class ChangePage(Schema):
    items: list[Change]
    # Always set: where to continue from, now (more pages when `has_more`) or at the next sync.
    next: str
    has_more: bool
    # True while paging through a first sync (no `since`): the items are the forum as it is, not changes.
    snapshot: bool


class MyChange(Schema):
    """One of the caller's registrations that changed, as GET /registrations/{id} shows it."""

    id: UUID
    # What happened: the new status when it was made or changed (confirmed, waitlisted, pending, rejected,
    # cancelled), or promoted, approved, checked_in, session_cancelled, session_moved.
    reason: str
    cursor: str
    registration: RegistrationView


class MyChangePage(Schema):
    items: list[MyChange]
    next: str
    has_more: bool
