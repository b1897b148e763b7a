from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DelegationQuotaView")


@_attrs_define
class DelegationQuotaView:
    """
    Attributes:
        forum_id (UUID):
        organization_id (UUID):
        quota (int):
        used (int):
    """

    forum_id: UUID
    organization_id: UUID
    quota: int
    used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forum_id = str(self.forum_id)

        organization_id = str(self.organization_id)

        quota = self.quota

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forum_id": forum_id,
                "organization_id": organization_id,
                "quota": quota,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forum_id = UUID(d.pop("forum_id"))

        organization_id = UUID(d.pop("organization_id"))

        quota = d.pop("quota")

        used = d.pop("used")

        delegation_quota_view = cls(
            forum_id=forum_id,
            organization_id=organization_id,
            quota=quota,
            used=used,
        )

        delegation_quota_view.additional_properties = d
        return delegation_quota_view

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
