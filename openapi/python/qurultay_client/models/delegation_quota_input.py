from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DelegationQuotaInput")


@_attrs_define
class DelegationQuotaInput:
    """
    Attributes:
        quota (int):
    """

    quota: int

    def to_dict(self) -> dict[str, Any]:
        quota = self.quota

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quota": quota,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quota = d.pop("quota")

        delegation_quota_input = cls(
            quota=quota,
        )

        return delegation_quota_input
