from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_kind import SessionKind, check_session_kind
from ..models.session_status import SessionStatus, check_session_status

if TYPE_CHECKING:
    from ..models.localized_text import LocalizedText
    from ..models.my_session_registration import MySessionRegistration
    from ..models.room import Room
    from ..models.speaker import Speaker


T = TypeVar("T", bound="SessionSummary")


@_attrs_define
class SessionSummary:
    """
    Attributes:
        day (datetime.date):
        ends_at (datetime.datetime | None):
        forum_id (UUID):
        id (UUID):
        kind (SessionKind):
        my_registration (MySessionRegistration | None): The caller's active registration for this session (pending,
            confirmed or waitlisted), for a signed-in person; null when they hold none, and always for anonymous callers and
            API keys.
        room (None | Room):
        seats_left (int | None): Seats not yet confirmed to anyone: null when the session has no capacity (unlimited),
            never below 0 (a capacity lowered under the seats taken evicts nobody).
        speakers (list[Speaker]):
        starts_at (datetime.datetime | None):
        status (SessionStatus):
        timezone (str):
        title (LocalizedText):
        waitlist_length (int): People waiting for a seat.
    """

    day: datetime.date
    ends_at: datetime.datetime | None
    forum_id: UUID
    id: UUID
    kind: SessionKind
    my_registration: MySessionRegistration | None
    room: None | Room
    seats_left: int | None
    speakers: list[Speaker]
    starts_at: datetime.datetime | None
    status: SessionStatus
    timezone: str
    title: LocalizedText
    waitlist_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.my_session_registration import MySessionRegistration  # noqa: PLC0415
        from ..models.room import Room  # noqa: PLC0415

        day = self.day.isoformat()

        ends_at: None | str
        if isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat()
        else:
            ends_at = self.ends_at

        forum_id = str(self.forum_id)

        id = str(self.id)

        kind: str = self.kind

        my_registration: dict[str, Any] | None
        if isinstance(self.my_registration, MySessionRegistration):
            my_registration = self.my_registration.to_dict()
        else:
            my_registration = self.my_registration

        room: dict[str, Any] | None
        if isinstance(self.room, Room):
            room = self.room.to_dict()
        else:
            room = self.room

        seats_left: int | None
        seats_left = self.seats_left

        speakers = []
        for speakers_item_data in self.speakers:
            speakers_item = speakers_item_data.to_dict()
            speakers.append(speakers_item)

        starts_at: None | str
        if isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        status: str = self.status

        timezone = self.timezone

        title = self.title.to_dict()

        waitlist_length = self.waitlist_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "ends_at": ends_at,
                "forum_id": forum_id,
                "id": id,
                "kind": kind,
                "my_registration": my_registration,
                "room": room,
                "seats_left": seats_left,
                "speakers": speakers,
                "starts_at": starts_at,
                "status": status,
                "timezone": timezone,
                "title": title,
                "waitlist_length": waitlist_length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.my_session_registration import MySessionRegistration  # noqa: PLC0415
        from ..models.room import Room  # noqa: PLC0415
        from ..models.speaker import Speaker  # noqa: PLC0415

        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        def _parse_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ends_at = _parse_ends_at(d.pop("ends_at"))

        forum_id = UUID(d.pop("forum_id"))

        id = UUID(d.pop("id"))

        kind = check_session_kind(d.pop("kind"))

        def _parse_my_registration(data: object) -> MySessionRegistration | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                my_registration_type_0 = MySessionRegistration.from_dict(data)

                return my_registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MySessionRegistration | None, data)

        my_registration = _parse_my_registration(d.pop("my_registration"))

        def _parse_room(data: object) -> None | Room:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                room_type_0 = Room.from_dict(data)

                return room_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Room, data)

        room = _parse_room(d.pop("room"))

        def _parse_seats_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seats_left = _parse_seats_left(d.pop("seats_left"))

        speakers = []
        _speakers = d.pop("speakers")
        for speakers_item_data in _speakers:
            speakers_item = Speaker.from_dict(speakers_item_data)

            speakers.append(speakers_item)

        def _parse_starts_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        starts_at = _parse_starts_at(d.pop("starts_at"))

        status = check_session_status(d.pop("status"))

        timezone = d.pop("timezone")

        title = LocalizedText.from_dict(d.pop("title"))

        waitlist_length = d.pop("waitlist_length")

        session_summary = cls(
            day=day,
            ends_at=ends_at,
            forum_id=forum_id,
            id=id,
            kind=kind,
            my_registration=my_registration,
            room=room,
            seats_left=seats_left,
            speakers=speakers,
            starts_at=starts_at,
            status=status,
            timezone=timezone,
            title=title,
            waitlist_length=waitlist_length,
        )

        session_summary.additional_properties = d
        return session_summary

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
