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
    from ..models.participant import Participant
    from ..models.room import Room


T = TypeVar("T", bound="SessionDetail")


@_attrs_define
class SessionDetail:
    """
    Attributes:
        capacity (int | None):
        created_at (datetime.datetime):
        day (datetime.date):
        description (LocalizedText | None):
        ends_at (datetime.datetime | None):
        forum_id (UUID):
        id (UUID):
        kind (SessionKind):
        my_registration (MySessionRegistration | None): The caller's active registration for this session (pending,
            confirmed or waitlisted), for a signed-in person; null when they hold none, and always for anonymous callers and
            API keys.
        participants (list[Participant]):
        room (None | Room):
        seats_left (int | None): Seats not yet confirmed to anyone: null when the session has no capacity (unlimited),
            never below 0 (a capacity lowered under the seats taken evicts nobody).
        starts_at (datetime.datetime | None):
        status (SessionStatus):
        timezone (str):
        title (LocalizedText):
        updated_at (datetime.datetime):
        waitlist_length (int): People waiting for a seat.
    """

    capacity: int | None
    created_at: datetime.datetime
    day: datetime.date
    description: LocalizedText | None
    ends_at: datetime.datetime | None
    forum_id: UUID
    id: UUID
    kind: SessionKind
    my_registration: MySessionRegistration | None
    participants: list[Participant]
    room: None | Room
    seats_left: int | None
    starts_at: datetime.datetime | None
    status: SessionStatus
    timezone: str
    title: LocalizedText
    updated_at: datetime.datetime
    waitlist_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.my_session_registration import MySessionRegistration  # noqa: PLC0415
        from ..models.room import Room  # noqa: PLC0415

        capacity: int | None
        capacity = self.capacity

        created_at = self.created_at.isoformat()

        day = self.day.isoformat()

        description: dict[str, Any] | None
        if isinstance(self.description, LocalizedText):
            description = self.description.to_dict()
        else:
            description = self.description

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

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        room: dict[str, Any] | None
        if isinstance(self.room, Room):
            room = self.room.to_dict()
        else:
            room = self.room

        seats_left: int | None
        seats_left = self.seats_left

        starts_at: None | str
        if isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        status: str = self.status

        timezone = self.timezone

        title = self.title.to_dict()

        updated_at = self.updated_at.isoformat()

        waitlist_length = self.waitlist_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "created_at": created_at,
                "day": day,
                "description": description,
                "ends_at": ends_at,
                "forum_id": forum_id,
                "id": id,
                "kind": kind,
                "my_registration": my_registration,
                "participants": participants,
                "room": room,
                "seats_left": seats_left,
                "starts_at": starts_at,
                "status": status,
                "timezone": timezone,
                "title": title,
                "updated_at": updated_at,
                "waitlist_length": waitlist_length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.my_session_registration import MySessionRegistration  # noqa: PLC0415
        from ..models.participant import Participant  # noqa: PLC0415
        from ..models.room import Room  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_capacity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        day = datetime.date.fromisoformat(d.pop("day"))

        def _parse_description(data: object) -> LocalizedText | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = LocalizedText.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedText | None, data)

        description = _parse_description(d.pop("description"))

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

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = Participant.from_dict(participants_item_data)

            participants.append(participants_item)

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

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        waitlist_length = d.pop("waitlist_length")

        session_detail = cls(
            capacity=capacity,
            created_at=created_at,
            day=day,
            description=description,
            ends_at=ends_at,
            forum_id=forum_id,
            id=id,
            kind=kind,
            my_registration=my_registration,
            participants=participants,
            room=room,
            seats_left=seats_left,
            starts_at=starts_at,
            status=status,
            timezone=timezone,
            title=title,
            updated_at=updated_at,
            waitlist_length=waitlist_length,
        )

        session_detail.additional_properties = d
        return session_detail

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
