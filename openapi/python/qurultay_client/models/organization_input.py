from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode, check_country_code
from ..models.legal_form import LegalForm, check_legal_form
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_input_name import OrganizationInputName


T = TypeVar("T", bound="OrganizationInput")


@_attrs_define
class OrganizationInput:
    """
    Attributes:
        language (str): A lower-case language code: en, ru, kk, az.
        legal_form (LegalForm):
        name (OrganizationInputName): Text by language code; at least one.
        country_code (CountryCode | None | Unset):
        website (None | str | Unset): An http or https address.
    """

    language: str
    legal_form: LegalForm
    name: OrganizationInputName
    country_code: CountryCode | None | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        legal_form: str = self.legal_form

        name = self.name.to_dict()

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        elif isinstance(self.country_code, str):
            country_code = self.country_code
        else:
            country_code = self.country_code

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "legal_form": legal_form,
                "name": name,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_input_name import OrganizationInputName  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language")

        legal_form = check_legal_form(d.pop("legal_form"))

        name = OrganizationInputName.from_dict(d.pop("name"))

        def _parse_country_code(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_code_type_0 = check_country_code(data)

                return country_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organization_input = cls(
            language=language,
            legal_form=legal_form,
            name=name,
            country_code=country_code,
            website=website,
        )

        return organization_input
