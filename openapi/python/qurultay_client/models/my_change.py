from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.registration_view import RegistrationView


T = TypeVar("T", bound="MyChange")


@_attrs_define
class MyChange:
    """
    Attributes:
        cursor (str):
        id (UUID):
        reason (str):
        registration (RegistrationView):
    """

    cursor: str
    id: UUID
    reason: str
    registration: RegistrationView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        id = str(self.id)

        reason = self.reason

        registration = self.registration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "id": id,
                "reason": reason,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_view import RegistrationView  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor")

        id = UUID(d.pop("id"))

        reason = d.pop("reason")

        registration = RegistrationView.from_dict(d.pop("registration"))

        my_change = cls(
            cursor=cursor,
            id=id,
            reason=reason,
            registration=registration,
        )

        my_change.additional_properties = d
        return my_change

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
