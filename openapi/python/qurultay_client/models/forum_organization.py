from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_form import LegalForm, check_legal_form

if TYPE_CHECKING:
    from ..models.country import Country
    from ..models.localized_text import LocalizedText


T = TypeVar("T", bound="ForumOrganization")


@_attrs_define
class ForumOrganization:
    """
    Attributes:
        country (Country | None):
        delegates (int):
        id (UUID):
        legal_form (LegalForm):
        name (LocalizedText):
        speakers (int):
    """

    country: Country | None
    delegates: int
    id: UUID
    legal_form: LegalForm
    name: LocalizedText
    speakers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country import Country  # noqa: PLC0415

        country: dict[str, Any] | None
        if isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        delegates = self.delegates

        id = str(self.id)

        legal_form: str = self.legal_form

        name = self.name.to_dict()

        speakers = self.speakers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "delegates": delegates,
                "id": id,
                "legal_form": legal_form,
                "name": name,
                "speakers": speakers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country import Country  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_country(data: object) -> Country | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_0 = Country.from_dict(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | None, data)

        country = _parse_country(d.pop("country"))

        delegates = d.pop("delegates")

        id = UUID(d.pop("id"))

        legal_form = check_legal_form(d.pop("legal_form"))

        name = LocalizedText.from_dict(d.pop("name"))

        speakers = d.pop("speakers")

        forum_organization = cls(
            country=country,
            delegates=delegates,
            id=id,
            legal_form=legal_form,
            name=name,
            speakers=speakers,
        )

        forum_organization.additional_properties = d
        return forum_organization

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
