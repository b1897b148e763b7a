"""What organizers and partners send to register people and their affiliations, and what the people
directory filters on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

import msgspec

from app.domain.organizations.inputs import WebAddress
from app.lib.inputs import (
    END,
    UNSET,
    Date,
    Email,
    LanguageCode,
    LongTranslations,
    ShortTranslations,
    Text200,
    UnsetType,
)
from app.lib.places import CountryCode
from app.lib.schema import Input

Phone = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^\+?[0-9][0-9 ()./-]{2,38}" + END,
        max_length=40,
        description="Digits, spaces and ( ) . / -, optionally after a +.",
        examples=["+994 50 555 12 34"],
    ),
]


class AffiliationInput(Input):
    """A title at an organization over a period; either end may be open."""

    organization_id: UUID
    title: ShortTranslations
    # The language `title` is in originally: one of its keys.
    language: LanguageCode
    starts_on: Date | None = None
    ends_on: Date | None = None


class AffiliationPatch(Input):
    """Only the fields sent change; `null` opens an end of the period. (Another organization is another
    affiliation: add one.)"""

    title: ShortTranslations | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    starts_on: Date | UnsetType | None = UNSET
    ends_on: Date | UnsetType | None = UNSET


class PersonInput(Input):
    """`email` and `phone` are private: never shown publicly. A partner registers people for its own
    organization, so it sends `affiliation` with that organization; organizers and admins may."""

    full_name: Text200
    # The language of `bio` (and the person's own).
    language: LanguageCode
    bio: LongTranslations | None = None
    photo_url: WebAddress | None = None
    country_code: CountryCode | None = None
    email: Email | None = None
    phone: Phone | None = None
    affiliation: AffiliationInput | None = None


class PersonPatch(Input):
    """Only the fields sent change; `null` clears an optional one. Affiliations have their own operations."""

    full_name: Text200 | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    bio: LongTranslations | UnsetType | None = UNSET
    photo_url: WebAddress | UnsetType | None = UNSET
    country_code: CountryCode | UnsetType | None = UNSET
    email: Email | UnsetType | None = UNSET
    phone: Phone | UnsetType | None = UNSET


@dataclass(frozen=True, slots=True)
class DirectoryFilters:
    """The directory narrowed to names matching `q` (each word begins a word of the name, folded alike), people
    with an affiliation to an organization (ended or not), or of a country (ISO code, upper case)."""

    q: str | None = None
    organization_id: UUID | None = None
    country: str | None = None
