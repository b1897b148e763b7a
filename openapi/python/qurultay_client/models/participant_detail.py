from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_state import InvitationState, check_invitation_state
from ..models.participant_role import ParticipantRole, check_participant_role

if TYPE_CHECKING:
    from ..models.localized_text import LocalizedText
    from ..models.organization_summary import OrganizationSummary


T = TypeVar("T", bound="ParticipantDetail")


@_attrs_define
class ParticipantDetail:
    """
    Attributes:
        affiliation_id (None | UUID):
        created_at (datetime.datetime):
        forum_id (UUID):
        full_name (str):
        id (UUID):
        invitation (InvitationState):
        organization (None | OrganizationSummary):
        person_id (UUID):
        position (int):
        role (ParticipantRole):
        session_id (UUID):
        title (LocalizedText | None):
        updated_at (datetime.datetime):
    """

    affiliation_id: None | UUID
    created_at: datetime.datetime
    forum_id: UUID
    full_name: str
    id: UUID
    invitation: InvitationState
    organization: None | OrganizationSummary
    person_id: UUID
    position: int
    role: ParticipantRole
    session_id: UUID
    title: LocalizedText | None
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415

        affiliation_id: None | str
        if isinstance(self.affiliation_id, UUID):
            affiliation_id = str(self.affiliation_id)
        else:
            affiliation_id = self.affiliation_id

        created_at = self.created_at.isoformat()

        forum_id = str(self.forum_id)

        full_name = self.full_name

        id = str(self.id)

        invitation: str = self.invitation

        organization: dict[str, Any] | None
        if isinstance(self.organization, OrganizationSummary):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        person_id = str(self.person_id)

        position = self.position

        role: str = self.role

        session_id = str(self.session_id)

        title: dict[str, Any] | None
        if isinstance(self.title, LocalizedText):
            title = self.title.to_dict()
        else:
            title = self.title

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affiliation_id": affiliation_id,
                "created_at": created_at,
                "forum_id": forum_id,
                "full_name": full_name,
                "id": id,
                "invitation": invitation,
                "organization": organization,
                "person_id": person_id,
                "position": position,
                "role": role,
                "session_id": session_id,
                "title": title,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_affiliation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                affiliation_id_type_0 = UUID(data)

                return affiliation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        affiliation_id = _parse_affiliation_id(d.pop("affiliation_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        forum_id = UUID(d.pop("forum_id"))

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        invitation = check_invitation_state(d.pop("invitation"))

        def _parse_organization(data: object) -> None | OrganizationSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = OrganizationSummary.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationSummary, data)

        organization = _parse_organization(d.pop("organization"))

        person_id = UUID(d.pop("person_id"))

        position = d.pop("position")

        role = check_participant_role(d.pop("role"))

        session_id = UUID(d.pop("session_id"))

        def _parse_title(data: object) -> LocalizedText | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_0 = LocalizedText.from_dict(data)

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedText | None, data)

        title = _parse_title(d.pop("title"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        participant_detail = cls(
            affiliation_id=affiliation_id,
            created_at=created_at,
            forum_id=forum_id,
            full_name=full_name,
            id=id,
            invitation=invitation,
            organization=organization,
            person_id=person_id,
            position=position,
            role=role,
            session_id=session_id,
            title=title,
            updated_at=updated_at,
        )

        participant_detail.additional_properties = d
        return participant_detail

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
