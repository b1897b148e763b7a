from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import StatementKind, StatementStatus
from app.domain.audit.schemas import Actor
from app.domain.forum_sessions.schemas import Speaker
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class Topic(Schema):
    slug: str
    name: LocalizedText


class Citation(Schema):
    """Where the statement was reported."""

    outlet: str
    title: str | None
    url: str | None
    published_at: datetime.datetime | None


class Statement(Schema):
    id: UUID
    session_id: UUID
    forum_id: UUID
    speaker: Speaker
    # The language the statement was made in; `text` is in the language picked for the reader.
    language: str
    text: LocalizedText
    available_languages: list[str]
    kind: StatementKind
    reporting_verb: str | None
    position: int
    status: StatementStatus
    # Set when status is `retracted`: a retracted statement stays visible, with the reason.
    retraction_reason: str | None
    topics: list[Topic]
    citations: list[Citation]
    published_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime


class StatementHit(Statement):
    # Relevance to `q` (higher is better); null when the list is not a text search.
    score: float | None


class StatementPage(Schema):
    items: list[Statement]
    next: str | None


class StatementSearchPage(Schema):
    items: list[StatementHit]
    next: str | None


class SnapshotCitation(Schema):
    outlet: str
    title: str | None
    url: str | None
    published_at: datetime.datetime | None


class StatementSnapshot(Schema):
    """A statement's editable fields as they were, every translation included."""

    participant_id: UUID
    language: str
    text: dict[str, str]
    kind: StatementKind
    reporting_verb: str | None
    position: int
    status: StatementStatus
    retraction_reason: str | None
    published_at: datetime.datetime | None
    topics: list[str]
    citations: list[SnapshotCitation]


class StatementRevision(Schema):
    """The statement as it was before one change (an edit, publishing, retracting)."""

    # 1 for the first version replaced, counting up.
    number: int
    # When it was replaced, and by whom.
    replaced_at: datetime.datetime
    replaced_by: Actor
    statement: StatementSnapshot


class StatementRevisionPage(Schema):
    items: list[StatementRevision]
    next: str | None
