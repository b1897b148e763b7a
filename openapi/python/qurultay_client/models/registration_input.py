from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.registration_input_category import RegistrationInputCategory, check_registration_input_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationInput")


@_attrs_define
class RegistrationInput:
    """
    Attributes:
        category (RegistrationInputCategory | Unset):  Default: 'participant'.
    """

    category: RegistrationInputCategory | Unset = "participant"

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: RegistrationInputCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_registration_input_category(_category)

        registration_input = cls(
            category=category,
        )

        return registration_input
