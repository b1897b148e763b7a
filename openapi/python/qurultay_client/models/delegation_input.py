from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.registration_category import RegistrationCategory, check_registration_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delegate_input import DelegateInput


T = TypeVar("T", bound="DelegationInput")


@_attrs_define
class DelegationInput:
    """
    Attributes:
        delegates (list[DelegateInput]):
        organization_id (UUID):
        category (RegistrationCategory | Unset):
    """

    delegates: list[DelegateInput]
    organization_id: UUID
    category: RegistrationCategory | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        delegates = []
        for delegates_item_data in self.delegates:
            delegates_item = delegates_item_data.to_dict()
            delegates.append(delegates_item)

        organization_id = str(self.organization_id)

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delegates": delegates,
                "organization_id": organization_id,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delegate_input import DelegateInput  # noqa: PLC0415

        d = dict(src_dict)
        delegates = []
        _delegates = d.pop("delegates")
        for delegates_item_data in _delegates:
            delegates_item = DelegateInput.from_dict(delegates_item_data)

            delegates.append(delegates_item)

        organization_id = UUID(d.pop("organization_id"))

        _category = d.pop("category", UNSET)
        category: RegistrationCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_registration_category(_category)

        delegation_input = cls(
            delegates=delegates,
            organization_id=organization_id,
            category=category,
        )

        return delegation_input
