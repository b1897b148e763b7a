from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CheckInInput")


@_attrs_define
class CheckInInput:
    """
    Attributes:
        ticket_code (str):
    """

    ticket_code: str

    def to_dict(self) -> dict[str, Any]:
        ticket_code = self.ticket_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ticket_code": ticket_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_code = d.pop("ticket_code")

        check_in_input = cls(
            ticket_code=ticket_code,
        )

        return check_in_input
