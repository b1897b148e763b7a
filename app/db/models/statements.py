from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import CheckConstraint, Computed, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy import text as sql  # `text` is a column name below
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, ReferenceBase, Translations
from app.db.models.enums import StatementKind, StatementStatus, text_enum


class Statement(Base):
    """What a participant said on a session: the centre of the product."""

    __tablename__ = "statements"

    session_id: Mapped[UUID] = mapped_column(ForeignKey("forum_sessions.id", ondelete="CASCADE"))
    participant_id: Mapped[UUID] = mapped_column(ForeignKey("session_participants.id", ondelete="RESTRICT"), index=True)
    # The original language; `text` holds it and every translation.
    language: Mapped[str] = mapped_column(String(16))
    text: Mapped[Translations]
    kind: Mapped[StatementKind] = mapped_column(text_enum(StatementKind, "statement_kind"))
    reporting_verb: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int]
    status: Mapped[StatementStatus] = mapped_column(text_enum(StatementStatus, "statement_status"))
    retraction_reason: Mapped[str | None] = mapped_column(Text)
    # Who created it: a user or a partner's API key (no foreign key: like audit events, it outlives accounts).
    submitted_by_user_id: Mapped[UUID | None]
    submitted_by_api_key_id: Mapped[UUID | None]
    # The partner organization that submitted it for one of its speakers: that organization's members and keys
    # see it before it is published, and may edit it until then. Null for what organizers record.
    submitted_by_organization_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True
    )
    published_at: Mapped[datetime.datetime | None]
    # Every language's text, stemmed by that language's configuration and also as plain words
    # (the migration defines statement_search_vector), so a query matches in any stored language.
    search: Mapped[Any] = mapped_column(TSVECTOR, Computed("statement_search_vector(text)", persisted=True))

    __table_args__ = (
        CheckConstraint("text ? language", name="text_has_original"),
        CheckConstraint("position >= 0", name="position"),
        CheckConstraint("(status = 'retracted') = (retraction_reason IS NOT NULL)", name="retraction_has_reason"),
        CheckConstraint("status NOT IN ('published', 'retracted') OR published_at IS NOT NULL", name="published_at"),
        CheckConstraint("submitted_by_user_id IS NULL OR submitted_by_api_key_id IS NULL", name="one_submitter"),
        Index("ix_statements_session_order", "session_id", "position", "id"),
        Index("ix_statements_search", "search", postgresql_using="gin"),
        # The public list, newest first, retracted ones included (they stay visible, as retracted). Partial, so
        # page 1 does not first step over every unpublished row (a DESC index puts NULL published_at first).
        Index(
            "ix_statements_public_recent",
            sql("published_at DESC"),
            sql("id DESC"),
            postgresql_where=sql("status IN ('published', 'retracted')"),
        ),
    )


class Topic(Base):
    __tablename__ = "topics"

    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[Translations]
    language: Mapped[str] = mapped_column(String(16))


class StatementTopic(ReferenceBase):
    __tablename__ = "statement_topics"

    statement_id: Mapped[UUID] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[UUID] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True, index=True)


class Citation(Base):
    """Where a statement was reported: the outlet, its article, when it appeared."""

    __tablename__ = "citations"

    statement_id: Mapped[UUID] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    outlet: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(1000))
    published_at: Mapped[datetime.datetime | None]


class StatementRevision(Base):
    """A statement as it was before one edit: every edit keeps the previous version."""

    __tablename__ = "statement_revisions"

    statement_id: Mapped[UUID] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    # 1 for the version first recorded, counting up.
    number: Mapped[int]
    # The editable fields as they were: text, language, kind, verb, position, status, topics, citations.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONB)
    # Who made the edit that replaced this version.
    edited_by_user_id: Mapped[UUID | None]
    edited_by_api_key_id: Mapped[UUID | None]

    __table_args__ = (
        UniqueConstraint("statement_id", "number", name="uq_statement_revisions_statement_number"),
        CheckConstraint("number >= 1", name="number"),
    )
