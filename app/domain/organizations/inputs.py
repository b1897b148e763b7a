"""What organizers and partners send to register and keep up an organization."""

from __future__ import annotations

from typing import Annotated

import msgspec

from app.db.models.enums import LegalForm
from app.lib.inputs import UNSET, WEB_ADDRESS, LanguageCode, ShortTranslations, UnsetType
from app.lib.places import CountryCode
from app.lib.schema import Input

WebAddress = Annotated[
    str,
    msgspec.Meta(
        pattern=WEB_ADDRESS,
        max_length=500,
        description="An http or https address.",
        examples=["https://commonvalues.example.az"],
    ),
]


class OrganizationInput(Input):
    name: ShortTranslations
    # The language `name` is in originally: one of its keys.
    language: LanguageCode
    legal_form: LegalForm
    # Null when the country is not known (the press often names an organization without it).
    country_code: CountryCode | None = None
    website: WebAddress | None = None


class OrganizationPatch(Input):
    """Only the fields sent change; `null` clears an optional one."""

    name: ShortTranslations | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    legal_form: LegalForm | UnsetType = UNSET
    country_code: CountryCode | UnsetType | None = UNSET
    website: WebAddress | UnsetType | None = UNSET
