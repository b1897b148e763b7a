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


T = TypeVar("T", bound="ParticipantPatch")


@_attrs_define
class ParticipantPatch:
    """
    Attributes:
        affiliation_id (None | Unset | UUID):
        invitation (InvitationState | Unset):
        position (int | Unset): Order on the session, lowest first.
        role (ParticipantRole | Unset):
        title (None | TitleInput | Unset):
    """

    affiliation_id: None | Unset | UUID = UNSET
    invitation: InvitationState | Unset = UNSET
    position: int | Unset = UNSET
    role: ParticipantRole | Unset = UNSET
    title: None | TitleInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.title_input import TitleInput  # noqa: PLC0415

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

        position: int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        title: dict[str, Any] | None | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, TitleInput):
            title = self.title.to_dict()
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if affiliation_id is not UNSET:
            field_dict["affiliation_id"] = affiliation_id
        if invitation is not UNSET:
            field_dict["invitation"] = invitation
        if position is not UNSET:
            field_dict["position"] = position
        if role is not UNSET:
            field_dict["role"] = role
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.title_input import TitleInput  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_position(data: object) -> int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        _role = d.pop("role", UNSET)
        role: ParticipantRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_participant_role(_role)

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

        participant_patch = cls(
            affiliation_id=affiliation_id,
            invitation=invitation,
            position=position,
            role=role,
            title=title,
        )

        return participant_patch
