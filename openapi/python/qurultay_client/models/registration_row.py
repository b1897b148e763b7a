from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.registered_person import RegisteredPerson
    from ..models.registration_view import RegistrationView


T = TypeVar("T", bound="RegistrationRow")


@_attrs_define
class RegistrationRow:
    """
    Attributes:
        person (RegisteredPerson):
        registration (RegistrationView):
    """

    person: RegisteredPerson
    registration: RegistrationView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person = self.person.to_dict()

        registration = self.registration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person": person,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registered_person import RegisteredPerson  # noqa: PLC0415
        from ..models.registration_view import RegistrationView  # noqa: PLC0415

        d = dict(src_dict)
        person = RegisteredPerson.from_dict(d.pop("person"))

        registration = RegistrationView.from_dict(d.pop("registration"))

        registration_row = cls(
            person=person,
            registration=registration,
        )

        registration_row.additional_properties = d
        return registration_row

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
