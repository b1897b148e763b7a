"""What the writers leave behind: who changed what (audit events), what was deleted (tombstones), and the
first answer to each create that carried an Idempotency-Key.

Audit events and tombstones hold ids without foreign keys on purpose: they outlive the objects and the
accounts they name.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import CheckConstraint, Index, LargeBinary, SmallInteger, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, ReferenceBase


class AuditEvent(Base):
    """One write: who (a user or an API key), what (action), to which object, when (created_at), and the change."""

    __tablename__ = "audit_events"

    actor_user_id: Mapped[UUID | None]
    actor_api_key_id: Mapped[UUID | None]
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[UUID]
    # The forum the object belongs to, when it belongs to one: organizers read their forum's events.
    forum_id: Mapped[UUID | None]
    # {"field": {"from": old, "to": new}} for an update; the new object's fields for a create.
    changes: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'::jsonb"))

    __table_args__ = (
        CheckConstraint("actor_user_id IS NOT NULL OR actor_api_key_id IS NOT NULL", name="has_actor"),
        # Ids are UUIDv7, so ordering by id is ordering by time.
        Index("ix_audit_events_object", "object_id", "id"),
        Index("ix_audit_events_forum", "forum_id", "id"),
        Index("ix_audit_events_actor_user", "actor_user_id", "id", postgresql_where=text("actor_user_id IS NOT NULL")),
        Index(
            "ix_audit_events_actor_api_key",
            "actor_api_key_id",
            "id",
            postgresql_where=text("actor_api_key_id IS NOT NULL"),
        ),
    )


class Tombstone(ReferenceBase):
    """A deleted object, who deleted it and when (created_at): its id is never reused. Syncing clients learn it
    is gone from the change log (migration 0006), which also covers deletions no writer records here."""

    __tablename__ = "tombstones"

    object_id: Mapped[UUID] = mapped_column(primary_key=True)
    object_type: Mapped[str] = mapped_column(String(40))
    forum_id: Mapped[UUID | None]
    deleted_by_user_id: Mapped[UUID | None]
    deleted_by_api_key_id: Mapped[UUID | None]

    __table_args__ = (Index("ix_tombstones_forum", "forum_id", "created_at"),)


class IdempotencyRecord(ReferenceBase):
    """The first successful answer to a create sent with an Idempotency-Key, saved in the same transaction as
    what it created, so a retry replays it exactly. Keys are per caller (a user or an API key)."""

    __tablename__ = "idempotency_keys"

    owner_id: Mapped[UUID] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(1000))
    # SHA-256 of the method, path, query and body: the same key with another request is refused.
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(SmallInteger)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    location: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (Index("ix_idempotency_keys_created_at", "created_at"),)
