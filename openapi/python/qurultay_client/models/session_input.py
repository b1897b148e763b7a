from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.session_input_status import SessionInputStatus, check_session_input_status
from ..models.session_kind import SessionKind, check_session_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_input_description_type_0 import SessionInputDescriptionType0
    from ..models.session_input_title import SessionInputTitle


T = TypeVar("T", bound="SessionInput")


@_attrs_define
class SessionInput:
    """
    Attributes:
        day (datetime.date): The session's date in the forum's time zone. Years 1900 to 2200.
        kind (SessionKind):
        language (str): A lower-case language code: en, ru, kk, az.
        title (SessionInputTitle): Text by language code; at least one.
        capacity (int | None | Unset): Seats; null: not seat-limited.
        description (None | SessionInputDescriptionType0 | Unset): Text by language code; at least one.
        ends_at (datetime.datetime | Unset): RFC 3339 with a time zone offset, e.g. 2025-11-24T10:00:00+04:00. Years
            1900 to 2200.
        room_id (None | Unset | UUID):
        starts_at (datetime.datetime | Unset): RFC 3339 with a time zone offset, e.g. 2025-11-24T10:00:00+04:00. Years
            1900 to 2200.
        status (SessionInputStatus | Unset):  Default: 'draft'.
    """

    day: datetime.date
    kind: SessionKind
    language: str
    title: SessionInputTitle
    capacity: int | None | Unset = UNSET
    description: None | SessionInputDescriptionType0 | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    room_id: None | Unset | UUID = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    status: SessionInputStatus | Unset = "draft"

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_input_description_type_0 import SessionInputDescriptionType0  # noqa: PLC0415

        day = self.day.isoformat()

        kind: str = self.kind

        language = self.language

        title = self.title.to_dict()

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        description: dict[str, Any] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, SessionInputDescriptionType0):
            description = self.description.to_dict()
        else:
            description = self.description

        ends_at: str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = self.ends_at.isoformat()

        room_id: None | str | Unset
        if isinstance(self.room_id, Unset):
            room_id = UNSET
        elif isinstance(self.room_id, UUID):
            room_id = str(self.room_id)
        else:
            room_id = self.room_id

        starts_at: str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = self.starts_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "kind": kind,
                "language": language,
                "title": title,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if description is not UNSET:
            field_dict["description"] = description
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_input_description_type_0 import SessionInputDescriptionType0  # noqa: PLC0415
        from ..models.session_input_title import SessionInputTitle  # noqa: PLC0415

        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        kind = check_session_kind(d.pop("kind"))

        language = d.pop("language")

        title = SessionInputTitle.from_dict(d.pop("title"))

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        def _parse_description(data: object) -> None | SessionInputDescriptionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = SessionInputDescriptionType0.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionInputDescriptionType0 | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_ends_at(data: object) -> datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            ends_at_type_0 = datetime.datetime.fromisoformat(data)

            return ends_at_type_0

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        def _parse_room_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                room_id_type_0 = UUID(data)

                return room_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        room_id = _parse_room_id(d.pop("room_id", UNSET))

        def _parse_starts_at(data: object) -> datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            starts_at_type_0 = datetime.datetime.fromisoformat(data)

            return starts_at_type_0

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        _status = d.pop("status", UNSET)
        status: SessionInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_session_input_status(_status)

        session_input = cls(
            day=day,
            kind=kind,
            language=language,
            title=title,
            capacity=capacity,
            description=description,
            ends_at=ends_at,
            room_id=room_id,
            starts_at=starts_at,
            status=status,
        )

        return session_input
