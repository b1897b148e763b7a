from __future__ import annotations

import datetime
from uuid import UUID

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Identity, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, ReferenceBase, Translations
from app.db.models.enums import ForumStatus, text_enum

# When a forum takes registrations, as SQL over its row (`{forum}`: its table or alias) at the moment `{at}`:
# written once, for the two statements that decide it (TAKE_SEAT for a seat, RegistrationRepository.forum_to_join
# for the forum itself), so a seat and the forum never disagree. Over: after its last day, in the forum's zone.
OVER = "{at} >= (CAST({forum}.ends_on + 1 AS timestamp) AT TIME ZONE {forum}.timezone)"
BEFORE_WINDOW = "{at} < {forum}.registration_opens_at"
AFTER_WINDOW = "{at} >= {forum}.registration_closes_at"


class Forum(Base):
    __tablename__ = "forums"

    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[Translations]
    description: Mapped[Translations | None]
    language: Mapped[str] = mapped_column(String(16))
    venue: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"), index=True)
    timezone: Mapped[str] = mapped_column(String(64))  # IANA name, checked against zoneinfo on write
    starts_on: Mapped[datetime.date]
    ends_on: Mapped[datetime.date]
    status: Mapped[ForumStatus] = mapped_column(text_enum(ForumStatus, "forum_status"), index=True)
    registration_opens_at: Mapped[datetime.datetime | None]
    registration_closes_at: Mapped[datetime.datetime | None]
    capacity: Mapped[int | None]
    requires_approval: Mapped[bool] = mapped_column(default=False, server_default="false")

    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
        CheckConstraint(
            "registration_closes_at IS NULL OR registration_opens_at IS NULL "
            "OR registration_closes_at > registration_opens_at",
            name="registration_window",
        ),
        CheckConstraint("slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name="slug_format"),
    )


class ForumOrganizer(ReferenceBase):
    """The organizations that organize a forum."""

    __tablename__ = "forum_organizers"

    forum_id: Mapped[UUID] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[UUID] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class Room(Base):
    __tablename__ = "rooms"

    forum_id: Mapped[UUID] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None]
    # A small integer twin of `id`: PostgreSQL without btree_gist can only put ranges in a GiST exclusion
    # constraint, so sessions carry the room as a one-point int8range (see ForumSession.__table_args__).
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)

    __table_args__ = (
        UniqueConstraint("forum_id", "name", name="uq_rooms_forum_id_name"),
        UniqueConstraint("id", "seq", name="uq_rooms_id_seq"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
    )
