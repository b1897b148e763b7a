from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import BigInteger, CheckConstraint, Computed, ForeignKey, Identity, Index, String, Text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Translations


class Person(Base):
    __tablename__ = "people"

    full_name: Mapped[str] = mapped_column(String(200))
    bio: Mapped[Translations | None]
    language: Mapped[str] = mapped_column(String(16))
    photo_url: Mapped[str | None] = mapped_column(String(500))
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"), index=True)
    # Private contact data: never part of a public view.
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(40))
    # A small integer twin of `id` for the speaker-overlap exclusion constraint (see SessionParticipant), as
    # rooms have: GiST without btree_gist only takes ranges.
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)
    # The name folded for finding and sorting (transliterated, lower case, no accents: migration 0007 defines
    # person_name_key). Computed by PostgreSQL, so every writer fills it alike; never set by the app.
    name_key: Mapped[str] = mapped_column(
        Text(collation="C"), Computed("person_name_key(full_name)", persisted=True), index=True
    )
    name_search: Mapped[Any] = mapped_column(
        TSVECTOR, Computed("to_tsvector('simple'::regconfig, person_name_key(full_name))", persisted=True)
    )

    __table_args__ = (Index("ix_people_name_search", "name_search", postgresql_using="gin"),)


class Affiliation(Base):
    """A person's title at an organization over a period ("Chair", "Director", "Head")."""

    __tablename__ = "affiliations"

    person_id: Mapped[UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    title: Mapped[Translations]
    language: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[datetime.date | None]
    ends_on: Mapped[datetime.date | None]

    __table_args__ = (CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="period"),)
