from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization_role import OrganizationRole


T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """
    Attributes:
        created_at (datetime.datetime):
        email (str):
        full_name (str):
        id (UUID):
        is_admin (bool):
        organizations (list[OrganizationRole]):
        organizer_of (list[UUID]):
        person_id (None | UUID):
    """

    created_at: datetime.datetime
    email: str
    full_name: str
    id: UUID
    is_admin: bool
    organizations: list[OrganizationRole]
    organizer_of: list[UUID]
    person_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email = self.email

        full_name = self.full_name

        id = str(self.id)

        is_admin = self.is_admin

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        organizer_of = []
        for organizer_of_item_data in self.organizer_of:
            organizer_of_item = str(organizer_of_item_data)
            organizer_of.append(organizer_of_item)

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "full_name": full_name,
                "id": id,
                "is_admin": is_admin,
                "organizations": organizations,
                "organizer_of": organizer_of,
                "person_id": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_role import OrganizationRole  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        email = d.pop("email")

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        is_admin = d.pop("is_admin")

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = OrganizationRole.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        organizer_of = []
        _organizer_of = d.pop("organizer_of")
        for organizer_of_item_data in _organizer_of:
            organizer_of_item = UUID(organizer_of_item_data)

            organizer_of.append(organizer_of_item)

        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("person_id"))

        me = cls(
            created_at=created_at,
            email=email,
            full_name=full_name,
            id=id,
            is_admin=is_admin,
            organizations=organizations,
            organizer_of=organizer_of,
            person_id=person_id,
        )

        me.additional_properties = d
        return me

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
