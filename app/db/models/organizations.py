from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Translations
from app.db.models.enums import LegalForm, text_enum


class Organization(Base):
    __tablename__ = "organizations"

    name: Mapped[Translations]
    # The language `name` was given in: the fallback when a reader asks for one it lacks.
    language: Mapped[str] = mapped_column(String(16))
    legal_form: Mapped[LegalForm] = mapped_column(text_enum(LegalForm, "legal_form"))
    # Unknown is a fact worth keeping: the press often names an organization without its country.
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"), index=True)
    website: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (
        # Alphabetical listing by the name in the organization's own language.
        Index("ix_organizations_sort_name", text("lower(name ->> language)"), "id"),
    )
