from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInput")


@_attrs_define
class MemberInput:
    """
    Attributes:
        email (str):
        is_admin (bool | Unset):  Default: False.
    """

    email: str
    is_admin: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_admin = self.is_admin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        is_admin = d.pop("is_admin", UNSET)

        member_input = cls(
            email=email,
            is_admin=is_admin,
        )

        return member_input
