from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forum_status import ForumStatus, check_forum_status

if TYPE_CHECKING:
    from ..models.country import Country
    from ..models.localized_text import LocalizedText
    from ..models.organization_summary import OrganizationSummary
    from ..models.registration_policy import RegistrationPolicy
    from ..models.room import Room


T = TypeVar("T", bound="Forum")


@_attrs_define
class Forum:
    """
    Attributes:
        city (None | str):
        country (Country | None):
        created_at (datetime.datetime):
        description (LocalizedText | None):
        ends_on (datetime.date):
        id (UUID):
        organizers (list[OrganizationSummary]):
        registration (RegistrationPolicy):
        rooms (list[Room]):
        slug (str):
        starts_on (datetime.date):
        status (ForumStatus):
        timezone (str):
        title (LocalizedText):
        updated_at (datetime.datetime):
        venue (None | str):
    """

    city: None | str
    country: Country | None
    created_at: datetime.datetime
    description: LocalizedText | None
    ends_on: datetime.date
    id: UUID
    organizers: list[OrganizationSummary]
    registration: RegistrationPolicy
    rooms: list[Room]
    slug: str
    starts_on: datetime.date
    status: ForumStatus
    timezone: str
    title: LocalizedText
    updated_at: datetime.datetime
    venue: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country import Country  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415

        city: None | str
        city = self.city

        country: dict[str, Any] | None
        if isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        created_at = self.created_at.isoformat()

        description: dict[str, Any] | None
        if isinstance(self.description, LocalizedText):
            description = self.description.to_dict()
        else:
            description = self.description

        ends_on = self.ends_on.isoformat()

        id = str(self.id)

        organizers = []
        for organizers_item_data in self.organizers:
            organizers_item = organizers_item_data.to_dict()
            organizers.append(organizers_item)

        registration = self.registration.to_dict()

        rooms = []
        for rooms_item_data in self.rooms:
            rooms_item = rooms_item_data.to_dict()
            rooms.append(rooms_item)

        slug = self.slug

        starts_on = self.starts_on.isoformat()

        status: str = self.status

        timezone = self.timezone

        title = self.title.to_dict()

        updated_at = self.updated_at.isoformat()

        venue: None | str
        venue = self.venue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "created_at": created_at,
                "description": description,
                "ends_on": ends_on,
                "id": id,
                "organizers": organizers,
                "registration": registration,
                "rooms": rooms,
                "slug": slug,
                "starts_on": starts_on,
                "status": status,
                "timezone": timezone,
                "title": title,
                "updated_at": updated_at,
                "venue": venue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country import Country  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.organization_summary import OrganizationSummary  # noqa: PLC0415
        from ..models.registration_policy import RegistrationPolicy  # noqa: PLC0415
        from ..models.room import Room  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        id = UUID(d.pop("id"))

        organizers = []
        _organizers = d.pop("organizers")
        for organizers_item_data in _organizers:
            organizers_item = OrganizationSummary.from_dict(organizers_item_data)

            organizers.append(organizers_item)

        registration = RegistrationPolicy.from_dict(d.pop("registration"))

        rooms = []
        _rooms = d.pop("rooms")
        for rooms_item_data in _rooms:
            rooms_item = Room.from_dict(rooms_item_data)

            rooms.append(rooms_item)

        slug = d.pop("slug")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        status = check_forum_status(d.pop("status"))

        timezone = d.pop("timezone")

        title = LocalizedText.from_dict(d.pop("title"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        forum = cls(
            city=city,
            country=country,
            created_at=created_at,
            description=description,
            ends_on=ends_on,
            id=id,
            organizers=organizers,
            registration=registration,
            rooms=rooms,
            slug=slug,
            starts_on=starts_on,
            status=status,
            timezone=timezone,
            title=title,
            updated_at=updated_at,
            venue=venue,
        )

        forum.additional_properties = d
        return forum

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
