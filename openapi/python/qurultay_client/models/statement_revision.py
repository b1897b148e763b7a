from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.actor import Actor
    from ..models.statement_snapshot import StatementSnapshot


T = TypeVar("T", bound="StatementRevision")


@_attrs_define
class StatementRevision:
    """
    Attributes:
        number (int):
        replaced_at (datetime.datetime):
        replaced_by (Actor):
        statement (StatementSnapshot):
    """

    number: int
    replaced_at: datetime.datetime
    replaced_by: Actor
    statement: StatementSnapshot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        replaced_at = self.replaced_at.isoformat()

        replaced_by = self.replaced_by.to_dict()

        statement = self.statement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "replaced_at": replaced_at,
                "replaced_by": replaced_by,
                "statement": statement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415
        from ..models.statement_snapshot import StatementSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        replaced_at = datetime.datetime.fromisoformat(d.pop("replaced_at"))

        replaced_by = Actor.from_dict(d.pop("replaced_by"))

        statement = StatementSnapshot.from_dict(d.pop("statement"))

        statement_revision = cls(
            number=number,
            replaced_at=replaced_at,
            replaced_by=replaced_by,
            statement=statement,
        )

        statement_revision.additional_properties = d
        return statement_revision

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
