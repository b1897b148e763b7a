from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_role import ParticipantRole, check_participant_role

if TYPE_CHECKING:
    from ..models.localized_text import LocalizedText


T = TypeVar("T", bound="Appearance")


@_attrs_define
class Appearance:
    """
    Attributes:
        day (datetime.date):
        forum_id (UUID):
        role (ParticipantRole):
        session_id (UUID):
        title (LocalizedText):
    """

    day: datetime.date
    forum_id: UUID
    role: ParticipantRole
    session_id: UUID
    title: LocalizedText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        forum_id = str(self.forum_id)

        role: str = self.role

        session_id = str(self.session_id)

        title = self.title.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "forum_id": forum_id,
                "role": role,
                "session_id": session_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415

        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        forum_id = UUID(d.pop("forum_id"))

        role = check_participant_role(d.pop("role"))

        session_id = UUID(d.pop("session_id"))

        title = LocalizedText.from_dict(d.pop("title"))

        appearance = cls(
            day=day,
            forum_id=forum_id,
            role=role,
            session_id=session_id,
            title=title,
        )

        appearance.additional_properties = d
        return appearance

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
