"""Sessions of a forum (panels, plenaries, workshops) and the people on them.

Named ``forum_sessions`` so it is never confused with a database session.
"""

from __future__ import annotations

import datetime
from uuid import UUID

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Translations
from app.db.models.enums import InvitationState, ParticipantRole, SessionKind, SessionStatus, text_enum


class ForumSession(Base):
    __tablename__ = "forum_sessions"

    forum_id: Mapped[UUID] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"))
    kind: Mapped[SessionKind] = mapped_column(text_enum(SessionKind, "session_kind"))
    title: Mapped[Translations]
    description: Mapped[Translations | None]
    language: Mapped[str] = mapped_column(String(16))
    room_id: Mapped[UUID | None]
    room_seq: Mapped[int | None] = mapped_column(BigInteger)
    # The day in the forum's own time zone. A session may be dated but not yet timed.
    day: Mapped[datetime.date]
    starts_at: Mapped[datetime.datetime | None]
    ends_at: Mapped[datetime.datetime | None]
    capacity: Mapped[int | None]
    status: Mapped[SessionStatus] = mapped_column(text_enum(SessionStatus, "session_status"))
    # Seats taken and the waitlist's length, kept by a trigger on registrations (migration 0005), never written
    # by the application. A second trigger refuses a confirmed_count that grows past capacity: the database's
    # own guard against overselling. Lowering capacity leaves the count alone, so it evicts nobody.
    confirmed_count: Mapped[int] = mapped_column(default=0, server_default="0")
    waitlist_length: Mapped[int] = mapped_column(default=0, server_default="0")

    __table_args__ = (
        # room_id and room_seq travel together: the pair must name one real room.
        ForeignKeyConstraint(
            ["room_id", "room_seq"],
            ["rooms.id", "rooms.seq"],
            name="fk_forum_sessions_room",
            ondelete="RESTRICT",
        ),
        CheckConstraint("(room_id IS NULL) = (room_seq IS NULL)", name="room_pair"),
        CheckConstraint("(starts_at IS NULL) = (ends_at IS NULL)", name="timed_both_ends"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
        CheckConstraint("confirmed_count >= 0", name="confirmed_count"),
        CheckConstraint("waitlist_length >= 0", name="waitlist_length"),
        # Two live sessions never hold one room at overlapping times. Ranges are half-open, so a session may
        # start the minute the previous one ends.
        ExcludeConstraint(
            (text("int8range(room_seq, room_seq, '[]')"), "&&"),
            (text("tstzrange(starts_at, ends_at, '[)')"), "&&"),
            name="ex_forum_sessions_room_overlap",
            using="gist",
            where=text("room_seq IS NOT NULL AND starts_at IS NOT NULL AND status <> 'cancelled'"),
        ),
        # The agenda: a forum's sessions by day, then start time (untimed sessions last), then creation.
        Index(
            "ix_forum_sessions_agenda",
            "forum_id",
            "day",
            text("coalesce(starts_at, 'infinity'::timestamptz)"),
            "id",
        ),
        Index("ix_forum_sessions_room_id", "room_id"),
    )


class SessionParticipant(Base):
    """A person on a session, with the affiliation and title they spoke under, frozen at assignment:
    statements are quoted as "X, Chair of Y" even after X moves on."""

    __tablename__ = "session_participants"

    session_id: Mapped[UUID] = mapped_column(ForeignKey("forum_sessions.id", ondelete="CASCADE"))
    person_id: Mapped[UUID] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(text_enum(ParticipantRole, "participant_role"))
    position: Mapped[int]
    invitation: Mapped[InvitationState] = mapped_column(text_enum(InvitationState, "invitation_state"))
    affiliation_id: Mapped[UUID | None] = mapped_column(ForeignKey("affiliations.id", ondelete="SET NULL"), index=True)
    organization_id: Mapped[UUID | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[Translations | None]
    title_language: Mapped[str | None] = mapped_column(String(16))
    # Copies kept by triggers (migration 0004), never written by the application: the person's `seq` and the
    # session's times and liveness, so one exclusion constraint can refuse a speaker on two overlapping
    # sessions, even when two requests race.
    person_seq: Mapped[int | None] = mapped_column(BigInteger)
    starts_at: Mapped[datetime.datetime | None]
    ends_at: Mapped[datetime.datetime | None]
    session_live: Mapped[bool] = mapped_column(default=False, server_default="false")

    __table_args__ = (
        UniqueConstraint("session_id", "person_id", name="uq_session_participants_session_person"),
        CheckConstraint("position >= 0", name="position"),
        CheckConstraint("(title IS NULL) = (title_language IS NULL)", name="title_language"),
        ExcludeConstraint(
            (text("int8range(person_seq, person_seq, '[]')"), "&&"),
            (text("tstzrange(starts_at, ends_at, '[)')"), "&&"),
            name="ex_session_participants_person_overlap",
            using="gist",
            where=text("session_live AND starts_at IS NOT NULL AND invitation IN ('invited', 'confirmed')"),
        ),
    )
