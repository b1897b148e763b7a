from __future__ import annotations

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


T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """
    Attributes:
        full_name (str):
        invitation (InvitationState):
        organization (None | OrganizationSummary):
        participant_id (UUID):
        person_id (UUID):
        position (int):
        role (ParticipantRole):
        title (LocalizedText | None):
    """

    full_name: str
    invitation: InvitationState
    organization: None | OrganizationSummary
    participant_id: UUID
    person_id: UUID
    position: int
    role: ParticipantRole
    title: LocalizedText | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415

        full_name = self.full_name

        invitation: str = self.invitation

        organization: dict[str, Any] | None
        if isinstance(self.organization, OrganizationSummary):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        participant_id = str(self.participant_id)

        person_id = str(self.person_id)

        position = self.position

        role: str = self.role

        title: dict[str, Any] | None
        if isinstance(self.title, LocalizedText):
            title = self.title.to_dict()
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full_name": full_name,
                "invitation": invitation,
                "organization": organization,
                "participant_id": participant_id,
                "person_id": person_id,
                "position": position,
                "role": role,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415

        d = dict(src_dict)
        full_name = d.pop("full_name")

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

        participant_id = UUID(d.pop("participant_id"))

        person_id = UUID(d.pop("person_id"))

        position = d.pop("position")

        role = check_participant_role(d.pop("role"))

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

        participant = cls(
            full_name=full_name,
            invitation=invitation,
            organization=organization,
            participant_id=participant_id,
            person_id=person_id,
            position=position,
            role=role,
            title=title,
        )

        participant.additional_properties = d
        return participant

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
