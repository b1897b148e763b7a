from __future__ import annotations

import datetime
from uuid import UUID

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, text
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, ReferenceBase
from app.db.models.enums import RegistrationCategory, RegistrationStatus, text_enum

# The statuses that hold (or wait for) a place: one such registration per person per forum and per session.
ACTIVE_STATUSES = (RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)
ACTIVE = "status IN (" + ", ".join(f"'{status.value}'" for status in ACTIVE_STATUSES) + ")"


class Registration(Base):
    """An attendee, or a delegate registered by their organization, for a forum or a seat-limited session."""

    __tablename__ = "registrations"

    forum_id: Mapped[UUID] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[UUID | None] = mapped_column(ForeignKey("forum_sessions.id", ondelete="CASCADE"))
    person_id: Mapped[UUID] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    # Set when an organization registered this person as one of its delegation.
    organization_id: Mapped[UUID | None] = mapped_column(ForeignKey("organizations.id", ondelete="RESTRICT"))
    category: Mapped[RegistrationCategory] = mapped_column(text_enum(RegistrationCategory, "registration_category"))
    status: Mapped[RegistrationStatus] = mapped_column(text_enum(RegistrationStatus, "registration_status"))
    waitlist_position: Mapped[int | None]
    # Unguessable, and not the id: the id appears in URLs, the code opens the door.
    ticket_code: Mapped[str] = mapped_column(String(64), unique=True)
    checked_in_at: Mapped[datetime.datetime | None]

    __table_args__ = (
        CheckConstraint("(status = 'waitlisted') = (waitlist_position IS NOT NULL)", name="waitlist_position"),
        CheckConstraint("waitlist_position IS NULL OR waitlist_position > 0", name="waitlist_position_positive"),
        # One active registration per person per forum, and per person per session.
        Index(
            "uq_registrations_forum_person_active",
            "forum_id",
            "person_id",
            unique=True,
            postgresql_where=text(f"session_id IS NULL AND {ACTIVE}"),
        ),
        Index(
            "uq_registrations_session_person_active",
            "session_id",
            "person_id",
            unique=True,
            postgresql_where=text(f"session_id IS NOT NULL AND {ACTIVE}"),
        ),
        Index("ix_registrations_session_status", "session_id", "status"),
        # A session's waitlist holds each position once. Deferrable (but checked at the end of each statement,
        # not deferred to commit) so one UPDATE can move every position up by one after a promotion.
        ExcludeConstraint(
            (text("session_id"), "="),
            (text("waitlist_position"), "="),
            name="ex_registrations_waitlist_position",
            using="btree",
            where=text("session_id IS NOT NULL AND status = 'waitlisted'"),
            deferrable=True,
            initially="IMMEDIATE",
        ),
    )


class DelegationQuota(ReferenceBase):
    """How many active registrations of a forum one partner organization may hold for its delegation."""

    __tablename__ = "delegation_quotas"

    forum_id: Mapped[UUID] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[UUID] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    quota: Mapped[int]

    __table_args__ = (CheckConstraint("quota >= 0", name="quota"),)
