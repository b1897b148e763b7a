from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.invitation_state import InvitationState, check_invitation_state
from ..models.participant_role import ParticipantRole, check_participant_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.title_input import TitleInput


T = TypeVar("T", bound="ParticipantInput")


@_attrs_define
class ParticipantInput:
    """
    Attributes:
        person_id (UUID):
        role (ParticipantRole):
        affiliation_id (None | Unset | UUID):
        invitation (InvitationState | Unset):
        position (int | None | Unset): Order on the session, lowest first.
        title (None | TitleInput | Unset):
    """

    person_id: UUID
    role: ParticipantRole
    affiliation_id: None | Unset | UUID = UNSET
    invitation: InvitationState | Unset = UNSET
    position: int | None | Unset = UNSET
    title: None | TitleInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.title_input import TitleInput  # noqa: PLC0415

        person_id = str(self.person_id)

        role: str = self.role

        affiliation_id: None | str | Unset
        if isinstance(self.affiliation_id, Unset):
            affiliation_id = UNSET
        elif isinstance(self.affiliation_id, UUID):
            affiliation_id = str(self.affiliation_id)
        else:
            affiliation_id = self.affiliation_id

        invitation: str | Unset = UNSET
        if not isinstance(self.invitation, Unset):
            invitation = self.invitation

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        title: dict[str, Any] | None | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, TitleInput):
            title = self.title.to_dict()
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "role": role,
            }
        )
        if affiliation_id is not UNSET:
            field_dict["affiliation_id"] = affiliation_id
        if invitation is not UNSET:
            field_dict["invitation"] = invitation
        if position is not UNSET:
            field_dict["position"] = position
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.title_input import TitleInput  # noqa: PLC0415

        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        role = check_participant_role(d.pop("role"))

        def _parse_affiliation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                affiliation_id_type_0 = UUID(data)

                return affiliation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        affiliation_id = _parse_affiliation_id(d.pop("affiliation_id", UNSET))

        _invitation = d.pop("invitation", UNSET)
        invitation: InvitationState | Unset
        if isinstance(_invitation, Unset):
            invitation = UNSET
        else:
            invitation = check_invitation_state(_invitation)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_title(data: object) -> None | TitleInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_0 = TitleInput.from_dict(data)

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TitleInput | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        participant_input = cls(
            person_id=person_id,
            role=role,
            affiliation_id=affiliation_id,
            invitation=invitation,
            position=position,
            title=title,
        )

        return participant_input
