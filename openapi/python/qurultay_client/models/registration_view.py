from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_category import RegistrationCategory, check_registration_category
from ..models.registration_status import RegistrationStatus, check_registration_status

T = TypeVar("T", bound="RegistrationView")


@_attrs_define
class RegistrationView:
    """
    Attributes:
        category (RegistrationCategory):
        checked_in_at (datetime.datetime | None):
        created_at (datetime.datetime):
        forum_id (UUID):
        id (UUID):
        organization_id (None | UUID):
        person_id (UUID):
        session_id (None | UUID):
        status (RegistrationStatus):
        updated_at (datetime.datetime):
        waitlist_position (int | None):
    """

    category: RegistrationCategory
    checked_in_at: datetime.datetime | None
    created_at: datetime.datetime
    forum_id: UUID
    id: UUID
    organization_id: None | UUID
    person_id: UUID
    session_id: None | UUID
    status: RegistrationStatus
    updated_at: datetime.datetime
    waitlist_position: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str = self.category

        checked_in_at: None | str
        if isinstance(self.checked_in_at, datetime.datetime):
            checked_in_at = self.checked_in_at.isoformat()
        else:
            checked_in_at = self.checked_in_at

        created_at = self.created_at.isoformat()

        forum_id = str(self.forum_id)

        id = str(self.id)

        organization_id: None | str
        if isinstance(self.organization_id, UUID):
            organization_id = str(self.organization_id)
        else:
            organization_id = self.organization_id

        person_id = str(self.person_id)

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        status: str = self.status

        updated_at = self.updated_at.isoformat()

        waitlist_position: int | None
        waitlist_position = self.waitlist_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "checked_in_at": checked_in_at,
                "created_at": created_at,
                "forum_id": forum_id,
                "id": id,
                "organization_id": organization_id,
                "person_id": person_id,
                "session_id": session_id,
                "status": status,
                "updated_at": updated_at,
                "waitlist_position": waitlist_position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = check_registration_category(d.pop("category"))

        def _parse_checked_in_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return checked_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        checked_in_at = _parse_checked_in_at(d.pop("checked_in_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        forum_id = UUID(d.pop("forum_id"))

        id = UUID(d.pop("id"))

        def _parse_organization_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_id_type_0 = UUID(data)

                return organization_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        person_id = UUID(d.pop("person_id"))

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        status = check_registration_status(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_waitlist_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        waitlist_position = _parse_waitlist_position(d.pop("waitlist_position"))

        registration_view = cls(
            category=category,
            checked_in_at=checked_in_at,
            created_at=created_at,
            forum_id=forum_id,
            id=id,
            organization_id=organization_id,
            person_id=person_id,
            session_id=session_id,
            status=status,
            updated_at=updated_at,
            waitlist_position=waitlist_position,
        )

        registration_view.additional_properties = d
        return registration_view

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
