from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExistingDelegate")


@_attrs_define
class ExistingDelegate:
    """
    Attributes:
        kind (Literal['existing']):
        person_id (UUID):
    """

    kind: Literal["existing"]
    person_id: UUID

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        person_id = str(self.person_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "person_id": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["existing"], d.pop("kind"))
        if kind != "existing":
            raise ValueError(f"kind must match const 'existing', got '{kind}'")

        person_id = UUID(d.pop("person_id"))

        existing_delegate = cls(
            kind=kind,
            person_id=person_id,
        )

        return existing_delegate
