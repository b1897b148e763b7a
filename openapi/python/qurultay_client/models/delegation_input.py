from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.registration_category import RegistrationCategory, check_registration_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.existing_delegate import ExistingDelegate
    from ..models.new_delegate import NewDelegate


T = TypeVar("T", bound="DelegationInput")


@_attrs_define
class DelegationInput:
    """
    Attributes:
        delegates (list[ExistingDelegate | NewDelegate]):
        organization_id (UUID):
        category (RegistrationCategory | Unset):
    """

    delegates: list[ExistingDelegate | NewDelegate]
    organization_id: UUID
    category: RegistrationCategory | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.existing_delegate import ExistingDelegate  # noqa: PLC0415

        delegates = []
        for delegates_item_data in self.delegates:
            delegates_item: dict[str, Any]
            if isinstance(delegates_item_data, ExistingDelegate):
                delegates_item = delegates_item_data.to_dict()
            else:
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
        from ..models.existing_delegate import ExistingDelegate  # noqa: PLC0415
        from ..models.new_delegate import NewDelegate  # noqa: PLC0415

        d = dict(src_dict)
        delegates = []
        _delegates = d.pop("delegates")
        for delegates_item_data in _delegates:

            def _parse_delegates_item(data: object) -> ExistingDelegate | NewDelegate:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    delegates_item_type_0 = ExistingDelegate.from_dict(data)

                    return delegates_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                delegates_item_type_1 = NewDelegate.from_dict(data)

                return delegates_item_type_1

            delegates_item = _parse_delegates_item(delegates_item_data)

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
