from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.registration_view import RegistrationView


T = TypeVar("T", bound="Delegation")


@_attrs_define
class Delegation:
    """
    Attributes:
        forum_id (UUID):
        organization_id (UUID):
        registrations (list[RegistrationView]):
    """

    forum_id: UUID
    organization_id: UUID
    registrations: list[RegistrationView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forum_id = str(self.forum_id)

        organization_id = str(self.organization_id)

        registrations = []
        for registrations_item_data in self.registrations:
            registrations_item = registrations_item_data.to_dict()
            registrations.append(registrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forum_id": forum_id,
                "organization_id": organization_id,
                "registrations": registrations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_view import RegistrationView  # noqa: PLC0415

        d = dict(src_dict)
        forum_id = UUID(d.pop("forum_id"))

        organization_id = UUID(d.pop("organization_id"))

        registrations = []
        _registrations = d.pop("registrations")
        for registrations_item_data in _registrations:
            registrations_item = RegistrationView.from_dict(registrations_item_data)

            registrations.append(registrations_item)

        delegation = cls(
            forum_id=forum_id,
            organization_id=organization_id,
            registrations=registrations,
        )

        delegation.additional_properties = d
        return delegation

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
