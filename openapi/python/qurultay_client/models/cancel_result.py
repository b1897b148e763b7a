from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.registration_view import RegistrationView


T = TypeVar("T", bound="CancelResult")


@_attrs_define
class CancelResult:
    """
    Attributes:
        promoted (list[UUID]):
        registration (RegistrationView):
    """

    promoted: list[UUID]
    registration: RegistrationView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promoted = []
        for promoted_item_data in self.promoted:
            promoted_item = str(promoted_item_data)
            promoted.append(promoted_item)

        registration = self.registration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promoted": promoted,
                "registration": registration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_view import RegistrationView  # noqa: PLC0415

        d = dict(src_dict)
        promoted = []
        _promoted = d.pop("promoted")
        for promoted_item_data in _promoted:
            promoted_item = UUID(promoted_item_data)

            promoted.append(promoted_item)

        registration = RegistrationView.from_dict(d.pop("registration"))

        cancel_result = cls(
            promoted=promoted,
            registration=registration,
        )

        cancel_result.additional_properties = d
        return cancel_result

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
