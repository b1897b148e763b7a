"""The change log (migration 0006): what the change feed, the live streams and an attendee's own feed read.

Written only by triggers, in the transaction of the change each row records; never by the application. Read in
(xid, id) order below the oldest running transaction (app/domain/changes/queries.py), which is what makes the
order safe: see the migration's docstring.
"""

from __future__ import annotations

import datetime
from uuid import UUID

from advanced_alchemy.base import AdvancedDeclarativeBase, orm_registry
from sqlalchemy import BigInteger, Boolean, CheckConstraint, DateTime, Identity, Index, Text, text
from sqlalchemy.dialects.postgresql.base import ischema_names
from sqlalchemy.ext.asyncio import AsyncAttrs
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import UserDefinedType


class Xid8(UserDefinedType[int]):
    """PostgreSQL's 64-bit transaction id; read as text (`xid::text`) and compared in SQL only."""

    cache_ok = True

    def get_col_spec(self, **_: object) -> str:
        return "XID8"


# Reflection (Alembic's model-to-database comparison) knows the type by this name.
ischema_names["xid8"] = Xid8


class _LogBase(AdvancedDeclarativeBase, AsyncAttrs):
    __abstract__ = True
    registry = orm_registry
    metadata = orm_registry.metadata


class ChangeEvent(_LogBase):
    __tablename__ = "change_events"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    xid: Mapped[int] = mapped_column(Xid8(), server_default=text("pg_current_xact_id()"))
    # forum, room, session, participant, person, organization, statement; registration (an attendee's own).
    object_kind: Mapped[str] = mapped_column(Text)
    object_id: Mapped[UUID]
    forum_id: Mapped[UUID | None]
    session_id: Mapped[UUID | None]
    # Whose registration: GET /me/changes reads by it.
    person_id: Mapped[UUID | None]
    change: Mapped[str] = mapped_column(Text)
    # What happened: created, updated, published, unpublished, cancelled, moved, retracted, speaker_removed,
    # deleted; for registrations their new status, promoted, approved, checked_in, session_cancelled/_moved.
    reason: Mapped[str] = mapped_column(Text)
    # Whether the public could see the object before and after the change (its own status and its parents').
    was_public: Mapped[bool] = mapped_column(Boolean)
    is_public: Mapped[bool] = mapped_column(Boolean)
    occurred_at: Mapped[datetime.datetime] = mapped_column(
        DateTime(timezone=True), server_default=text("clock_timestamp()")
    )

    __table_args__ = (
        CheckConstraint("change IN ('upsert', 'delete')", name="change"),
        Index(
            "ix_change_events_forum", "forum_id", "xid", "id", postgresql_where=text("object_kind <> 'registration'")
        ),
        Index(
            "ix_change_events_session_statements",
            "session_id",
            "xid",
            "id",
            postgresql_where=text("object_kind = 'statement'"),
        ),
        Index(
            "ix_change_events_person", "person_id", "xid", "id", postgresql_where=text("object_kind = 'registration'")
        ),
        Index("ix_change_events_occurred_at", "occurred_at"),
    )


class ChangeLogState(_LogBase):
    """One row: the newest log position pruned. A cursor below it may have missed a pruned change."""

    __tablename__ = "change_log_state"

    singleton: Mapped[bool] = mapped_column(Boolean, primary_key=True, server_default=text("true"))
    pruned_xid: Mapped[int] = mapped_column(Xid8(), server_default=text("'0'::xid8"))
    pruned_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))

    __table_args__ = (CheckConstraint("singleton", name="singleton"),)
