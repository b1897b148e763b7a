from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode, check_country_code
from ..models.legal_form import LegalForm, check_legal_form
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_patch_name_type_0 import OrganizationPatchNameType0


T = TypeVar("T", bound="OrganizationPatch")


@_attrs_define
class OrganizationPatch:
    """
    Attributes:
        country_code (CountryCode | None | Unset):
        language (str | Unset): A lower-case language code: en, ru, kk, az.
        legal_form (LegalForm | Unset):
        name (OrganizationPatchNameType0 | Unset): Text by language code; at least one.
        website (None | str | Unset): An http or https address.
    """

    country_code: CountryCode | None | Unset = UNSET
    language: str | Unset = UNSET
    legal_form: LegalForm | Unset = UNSET
    name: OrganizationPatchNameType0 | Unset = UNSET
    website: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        elif isinstance(self.country_code, str):
            country_code = self.country_code
        else:
            country_code = self.country_code

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        legal_form: str | Unset = UNSET
        if not isinstance(self.legal_form, Unset):
            legal_form = self.legal_form

        name: dict[str, Any] | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name.to_dict()

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if language is not UNSET:
            field_dict["language"] = language
        if legal_form is not UNSET:
            field_dict["legal_form"] = legal_form
        if name is not UNSET:
            field_dict["name"] = name
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_patch_name_type_0 import OrganizationPatchNameType0  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_language(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _legal_form = d.pop("legal_form", UNSET)
        legal_form: LegalForm | Unset
        if isinstance(_legal_form, Unset):
            legal_form = UNSET
        else:
            legal_form = check_legal_form(_legal_form)

        def _parse_name(data: object) -> OrganizationPatchNameType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            name_type_0 = OrganizationPatchNameType0.from_dict(data)

            return name_type_0

        name = _parse_name(d.pop("name", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        organization_patch = cls(
            country_code=country_code,
            language=language,
            legal_form=legal_form,
            name=name,
            website=website,
        )

        return organization_patch
