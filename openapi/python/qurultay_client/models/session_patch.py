from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.session_kind import SessionKind, check_session_kind
from ..models.session_status import SessionStatus, check_session_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_patch_description_type_0 import SessionPatchDescriptionType0
    from ..models.session_patch_title_type_0 import SessionPatchTitleType0


T = TypeVar("T", bound="SessionPatch")


@_attrs_define
class SessionPatch:
    """
    Attributes:
        capacity (int | None | Unset): Seats; null: not seat-limited.
        day (datetime.date | Unset): The session's date in the forum's time zone. Years 1900 to 2200.
        description (None | SessionPatchDescriptionType0 | Unset): Text by language code; at least one.
        ends_at (datetime.datetime | None | Unset): RFC 3339 with a time zone offset, e.g. 2025-11-24T10:00:00+04:00.
            Years 1900 to 2200.
        kind (SessionKind | Unset):
        language (str | Unset): A lower-case language code: en, ru, kk, az.
        room_id (None | Unset | UUID):
        starts_at (datetime.datetime | None | Unset): RFC 3339 with a time zone offset, e.g. 2025-11-24T10:00:00+04:00.
            Years 1900 to 2200.
        status (SessionStatus | Unset):
        title (SessionPatchTitleType0 | Unset): Text by language code; at least one.
    """

    capacity: int | None | Unset = UNSET
    day: datetime.date | Unset = UNSET
    description: None | SessionPatchDescriptionType0 | Unset = UNSET
    ends_at: datetime.datetime | None | Unset = UNSET
    kind: SessionKind | Unset = UNSET
    language: str | Unset = UNSET
    room_id: None | Unset | UUID = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    status: SessionStatus | Unset = UNSET
    title: SessionPatchTitleType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_patch_description_type_0 import SessionPatchDescriptionType0  # noqa: PLC0415

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        day: str | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day.isoformat()

        description: dict[str, Any] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, SessionPatchDescriptionType0):
            description = self.description.to_dict()
        else:
            description = self.description

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        room_id: None | str | Unset
        if isinstance(self.room_id, Unset):
            room_id = UNSET
        elif isinstance(self.room_id, UUID):
            room_id = str(self.room_id)
        else:
            room_id = self.room_id

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        title: dict[str, Any] | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if day is not UNSET:
            field_dict["day"] = day
        if description is not UNSET:
            field_dict["description"] = description
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if kind is not UNSET:
            field_dict["kind"] = kind
        if language is not UNSET:
            field_dict["language"] = language
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_patch_description_type_0 import SessionPatchDescriptionType0  # noqa: PLC0415
        from ..models.session_patch_title_type_0 import SessionPatchTitleType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        def _parse_day(data: object) -> datetime.date | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            day_type_0 = datetime.date.fromisoformat(data)

            return day_type_0

        day = _parse_day(d.pop("day", UNSET))

        def _parse_description(data: object) -> None | SessionPatchDescriptionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = SessionPatchDescriptionType0.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionPatchDescriptionType0 | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_ends_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ends_at = _parse_ends_at(d.pop("ends_at", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: SessionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_session_kind(_kind)

        def _parse_language(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

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

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        _status = d.pop("status", UNSET)
        status: SessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_session_status(_status)

        def _parse_title(data: object) -> SessionPatchTitleType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            title_type_0 = SessionPatchTitleType0.from_dict(data)

            return title_type_0

        title = _parse_title(d.pop("title", UNSET))

        session_patch = cls(
            capacity=capacity,
            day=day,
            description=description,
            ends_at=ends_at,
            kind=kind,
            language=language,
            room_id=room_id,
            starts_at=starts_at,
            status=status,
            title=title,
        )

        return session_patch
