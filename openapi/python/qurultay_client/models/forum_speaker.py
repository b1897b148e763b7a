from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.country import Country
    from ..models.localized_text import LocalizedText
    from ..models.organization_summary import OrganizationSummary
    from ..models.speaker_session import SpeakerSession


T = TypeVar("T", bound="ForumSpeaker")


@_attrs_define
class ForumSpeaker:
    """
    Attributes:
        bio (LocalizedText | None):
        country (Country | None):
        full_name (str):
        id (UUID):
        organization (None | OrganizationSummary):
        photo_url (None | str):
        sessions (list[SpeakerSession]):
        title (LocalizedText | None):
    """

    bio: LocalizedText | None
    country: Country | None
    full_name: str
    id: UUID
    organization: None | OrganizationSummary
    photo_url: None | str
    sessions: list[SpeakerSession]
    title: LocalizedText | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country import Country  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415

        bio: dict[str, Any] | None
        if isinstance(self.bio, LocalizedText):
            bio = self.bio.to_dict()
        else:
            bio = self.bio

        country: dict[str, Any] | None
        if isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        full_name = self.full_name

        id = str(self.id)

        organization: dict[str, Any] | None
        if isinstance(self.organization, OrganizationSummary):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        photo_url: None | str
        photo_url = self.photo_url

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        title: dict[str, Any] | None
        if isinstance(self.title, LocalizedText):
            title = self.title.to_dict()
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bio": bio,
                "country": country,
                "full_name": full_name,
                "id": id,
                "organization": organization,
                "photo_url": photo_url,
                "sessions": sessions,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country import Country  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415
        from ..models.speaker_session import SpeakerSession  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bio(data: object) -> LocalizedText | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bio_type_0 = LocalizedText.from_dict(data)

                return bio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalizedText | None, data)

        bio = _parse_bio(d.pop("bio"))

        def _parse_country(data: object) -> Country | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_0 = Country.from_dict(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | None, data)

        country = _parse_country(d.pop("country"))

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

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

        def _parse_photo_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        photo_url = _parse_photo_url(d.pop("photo_url"))

        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = SpeakerSession.from_dict(sessions_item_data)

            sessions.append(sessions_item)

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

        forum_speaker = cls(
            bio=bio,
            country=country,
            full_name=full_name,
            id=id,
            organization=organization,
            photo_url=photo_url,
            sessions=sessions,
            title=title,
        )

        forum_speaker.additional_properties = d
        return forum_speaker

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
