from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import ReferenceBase
from app.db.models.enums import OtsStatus, text_enum


class Country(ReferenceBase):
    """ISO 3166-1 countries, loaded from pycountry by the migrations; OTS membership is ours to maintain."""

    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # alpha-2
    alpha3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    ots_status: Mapped[OtsStatus | None] = mapped_column(text_enum(OtsStatus, "ots_status"))
