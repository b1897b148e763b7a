from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_status import RegistrationStatus, check_registration_status

T = TypeVar("T", bound="MySessionRegistration")


@_attrs_define
class MySessionRegistration:
    """
    Attributes:
        id (UUID):
        status (RegistrationStatus):
        waitlist_position (int | None):
    """

    id: UUID
    status: RegistrationStatus
    waitlist_position: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str = self.status

        waitlist_position: int | None
        waitlist_position = self.waitlist_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "waitlist_position": waitlist_position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = check_registration_status(d.pop("status"))

        def _parse_waitlist_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        waitlist_position = _parse_waitlist_position(d.pop("waitlist_position"))

        my_session_registration = cls(
            id=id,
            status=status,
            waitlist_position=waitlist_position,
        )

        my_session_registration.additional_properties = d
        return my_session_registration

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
