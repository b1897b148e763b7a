from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliation import Affiliation
    from ..models.contact import Contact
    from ..models.country import Country


T = TypeVar("T", bound="PersonEntry")


@_attrs_define
class PersonEntry:
    """
    Attributes:
        affiliations (list[Affiliation]):
        country (Country | None):
        full_name (str):
        id (UUID):
        photo_url (None | str):
        contact (Contact | Unset):
    """

    affiliations: list[Affiliation]
    country: Country | None
    full_name: str
    id: UUID
    photo_url: None | str
    contact: Contact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country import Country  # noqa: PLC0415

        affiliations = []
        for affiliations_item_data in self.affiliations:
            affiliations_item = affiliations_item_data.to_dict()
            affiliations.append(affiliations_item)

        country: dict[str, Any] | None
        if isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        full_name = self.full_name

        id = str(self.id)

        photo_url: None | str
        photo_url = self.photo_url

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affiliations": affiliations,
                "country": country,
                "full_name": full_name,
                "id": id,
                "photo_url": photo_url,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affiliation import Affiliation  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415

        d = dict(src_dict)
        affiliations = []
        _affiliations = d.pop("affiliations")
        for affiliations_item_data in _affiliations:
            affiliations_item = Affiliation.from_dict(affiliations_item_data)

            affiliations.append(affiliations_item)

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

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        def _parse_photo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        photo_url = _parse_photo_url(d.pop("photo_url"))

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        person_entry = cls(
            affiliations=affiliations,
            country=country,
            full_name=full_name,
            id=id,
            photo_url=photo_url,
            contact=contact,
        )

        person_entry.additional_properties = d
        return person_entry

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
