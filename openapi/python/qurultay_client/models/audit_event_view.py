from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.actor import Actor
    from ..models.audit_event_view_changes import AuditEventViewChanges


T = TypeVar("T", bound="AuditEventView")


@_attrs_define
class AuditEventView:
    """
    Attributes:
        action (str):
        actor (Actor):
        at (datetime.datetime):
        changes (AuditEventViewChanges):
        forum_id (None | UUID):
        id (UUID):
        object_id (UUID):
        object_type (str):
    """

    action: str
    actor: Actor
    at: datetime.datetime
    changes: AuditEventViewChanges
    forum_id: None | UUID
    id: UUID
    object_id: UUID
    object_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor = self.actor.to_dict()

        at = self.at.isoformat()

        changes = self.changes.to_dict()

        forum_id: None | str
        if isinstance(self.forum_id, UUID):
            forum_id = str(self.forum_id)
        else:
            forum_id = self.forum_id

        id = str(self.id)

        object_id = str(self.object_id)

        object_type = self.object_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "at": at,
                "changes": changes,
                "forum_id": forum_id,
                "id": id,
                "object_id": object_id,
                "object_type": object_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor import Actor  # noqa: PLC0415
        from ..models.audit_event_view_changes import AuditEventViewChanges  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        actor = Actor.from_dict(d.pop("actor"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        changes = AuditEventViewChanges.from_dict(d.pop("changes"))

        def _parse_forum_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forum_id_type_0 = UUID(data)

                return forum_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        forum_id = _parse_forum_id(d.pop("forum_id"))

        id = UUID(d.pop("id"))

        object_id = UUID(d.pop("object_id"))

        object_type = d.pop("object_type")

        audit_event_view = cls(
            action=action,
            actor=actor,
            at=at,
            changes=changes,
            forum_id=forum_id,
            id=id,
            object_id=object_id,
            object_type=object_type,
        )

        audit_event_view.additional_properties = d
        return audit_event_view

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
