from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoomDetail")


@_attrs_define
class RoomDetail:
    """
    Attributes:
        capacity (int | None):
        created_at (datetime.datetime):
        forum_id (UUID):
        id (UUID):
        name (str):
        updated_at (datetime.datetime):
    """

    capacity: int | None
    created_at: datetime.datetime
    forum_id: UUID
    id: UUID
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity: int | None
        capacity = self.capacity

        created_at = self.created_at.isoformat()

        forum_id = str(self.forum_id)

        id = str(self.id)

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "created_at": created_at,
                "forum_id": forum_id,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_capacity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        forum_id = UUID(d.pop("forum_id"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        room_detail = cls(
            capacity=capacity,
            created_at=created_at,
            forum_id=forum_id,
            id=id,
            name=name,
            updated_at=updated_at,
        )

        room_detail.additional_properties = d
        return room_detail

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
