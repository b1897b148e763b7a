from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_kind import ChangeKind, check_change_kind
from ..models.change_type import ChangeType, check_change_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forum import Forum
    from ..models.organization import Organization
    from ..models.participant_detail import ParticipantDetail
    from ..models.person import Person
    from ..models.room_detail import RoomDetail
    from ..models.session_detail import SessionDetail
    from ..models.statement import Statement


T = TypeVar("T", bound="Change")


@_attrs_define
class Change:
    """
    Attributes:
        change (ChangeType):
        cursor (str):
        id (UUID):
        kind (ChangeKind):
        reason (str):
        forum (Forum | None | Unset):
        organization (None | Organization | Unset):
        participant (None | ParticipantDetail | Unset):
        person (None | Person | Unset):
        room (None | RoomDetail | Unset):
        session (None | SessionDetail | Unset):
        statement (None | Statement | Unset):
    """

    change: ChangeType
    cursor: str
    id: UUID
    kind: ChangeKind
    reason: str
    forum: Forum | None | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    participant: None | ParticipantDetail | Unset = UNSET
    person: None | Person | Unset = UNSET
    room: None | RoomDetail | Unset = UNSET
    session: None | SessionDetail | Unset = UNSET
    statement: None | Statement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.forum import Forum  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.participant_detail import ParticipantDetail  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415
        from ..models.room_detail import RoomDetail  # noqa: PLC0415
        from ..models.session_detail import SessionDetail  # noqa: PLC0415
        from ..models.statement import Statement  # noqa: PLC0415

        change: str = self.change

        cursor = self.cursor

        id = str(self.id)

        kind: str = self.kind

        reason = self.reason

        forum: dict[str, Any] | None | Unset
        if isinstance(self.forum, Unset):
            forum = UNSET
        elif isinstance(self.forum, Forum):
            forum = self.forum.to_dict()
        else:
            forum = self.forum

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        participant: dict[str, Any] | None | Unset
        if isinstance(self.participant, Unset):
            participant = UNSET
        elif isinstance(self.participant, ParticipantDetail):
            participant = self.participant.to_dict()
        else:
            participant = self.participant

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, Person):
            person = self.person.to_dict()
        else:
            person = self.person

        room: dict[str, Any] | None | Unset
        if isinstance(self.room, Unset):
            room = UNSET
        elif isinstance(self.room, RoomDetail):
            room = self.room.to_dict()
        else:
            room = self.room

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, SessionDetail):
            session = self.session.to_dict()
        else:
            session = self.session

        statement: dict[str, Any] | None | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        elif isinstance(self.statement, Statement):
            statement = self.statement.to_dict()
        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "change": change,
                "cursor": cursor,
                "id": id,
                "kind": kind,
                "reason": reason,
            }
        )
        if forum is not UNSET:
            field_dict["forum"] = forum
        if organization is not UNSET:
            field_dict["organization"] = organization
        if participant is not UNSET:
            field_dict["participant"] = participant
        if person is not UNSET:
            field_dict["person"] = person
        if room is not UNSET:
            field_dict["room"] = room
        if session is not UNSET:
            field_dict["session"] = session
        if statement is not UNSET:
            field_dict["statement"] = statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forum import Forum  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.participant_detail import ParticipantDetail  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415
        from ..models.room_detail import RoomDetail  # noqa: PLC0415
        from ..models.session_detail import SessionDetail  # noqa: PLC0415
        from ..models.statement import Statement  # noqa: PLC0415

        d = dict(src_dict)
        change = check_change_type(d.pop("change"))

        cursor = d.pop("cursor")

        id = UUID(d.pop("id"))

        kind = check_change_kind(d.pop("kind"))

        reason = d.pop("reason")

        def _parse_forum(data: object) -> Forum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forum_type_0 = Forum.from_dict(data)

                return forum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Forum | None | Unset, data)

        forum = _parse_forum(d.pop("forum", UNSET))

        def _parse_organization(data: object) -> None | Organization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Organization.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organization | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_participant(data: object) -> None | ParticipantDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                participant_type_0 = ParticipantDetail.from_dict(data)

                return participant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParticipantDetail | Unset, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        def _parse_person(data: object) -> None | Person | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = Person.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Person | Unset, data)

        person = _parse_person(d.pop("person", UNSET))

        def _parse_room(data: object) -> None | RoomDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                room_type_0 = RoomDetail.from_dict(data)

                return room_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoomDetail | Unset, data)

        room = _parse_room(d.pop("room", UNSET))

        def _parse_session(data: object) -> None | SessionDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = SessionDetail.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionDetail | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_statement(data: object) -> None | Statement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statement_type_0 = Statement.from_dict(data)

                return statement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Statement | Unset, data)

        statement = _parse_statement(d.pop("statement", UNSET))

        change = cls(
            change=change,
            cursor=cursor,
            id=id,
            kind=kind,
            reason=reason,
            forum=forum,
            organization=organization,
            participant=participant,
            person=person,
            room=room,
            session=session,
            statement=statement,
        )

        change.additional_properties = d
        return change

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
