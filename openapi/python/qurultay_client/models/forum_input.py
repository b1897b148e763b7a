from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.country_code import CountryCode, check_country_code
from ..models.forum_input_status import ForumInputStatus, check_forum_input_status
from ..models.time_zone import TimeZone, check_time_zone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forum_input_description_type_0 import ForumInputDescriptionType0
    from ..models.forum_input_title import ForumInputTitle
    from ..models.registration_policy_input import RegistrationPolicyInput


T = TypeVar("T", bound="ForumInput")


@_attrs_define
class ForumInput:
    """
    Attributes:
        ends_on (datetime.date): A date, YYYY-MM-DD. Years 1900 to 2200.
        language (str): A lower-case language code: en, ru, kk, az.
        slug (str): Lower-case words joined by hyphens, unique among forums: the forum's address.
        starts_on (datetime.date): A date, YYYY-MM-DD. Years 1900 to 2200.
        timezone (TimeZone): IANA time zone name (the tzdata package's list).
        title (ForumInputTitle): Text by language code; at least one.
        city (None | str | Unset):
        country_code (CountryCode | None | Unset):
        description (ForumInputDescriptionType0 | None | Unset): Text by language code; at least one.
        organizer_organization_ids (list[UUID] | Unset):
        registration (None | RegistrationPolicyInput | Unset):
        status (ForumInputStatus | Unset):  Default: 'draft'.
        venue (None | str | Unset):
    """

    ends_on: datetime.date
    language: str
    slug: str
    starts_on: datetime.date
    timezone: TimeZone
    title: ForumInputTitle
    city: None | str | Unset = UNSET
    country_code: CountryCode | None | Unset = UNSET
    description: ForumInputDescriptionType0 | None | Unset = UNSET
    organizer_organization_ids: list[UUID] | Unset = UNSET
    registration: None | RegistrationPolicyInput | Unset = UNSET
    status: ForumInputStatus | Unset = "draft"
    venue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.forum_input_description_type_0 import ForumInputDescriptionType0  # noqa: PLC0415
        from ..models.registration_policy_input import RegistrationPolicyInput  # noqa: PLC0415

        ends_on = self.ends_on.isoformat()

        language = self.language

        slug = self.slug

        starts_on = self.starts_on.isoformat()

        timezone: str = self.timezone

        title = self.title.to_dict()

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        elif isinstance(self.country_code, str):
            country_code = self.country_code
        else:
            country_code = self.country_code

        description: dict[str, Any] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, ForumInputDescriptionType0):
            description = self.description.to_dict()
        else:
            description = self.description

        organizer_organization_ids: list[str] | Unset = UNSET
        if not isinstance(self.organizer_organization_ids, Unset):
            organizer_organization_ids = []
            for organizer_organization_ids_item_data in self.organizer_organization_ids:
                organizer_organization_ids_item = str(organizer_organization_ids_item_data)
                organizer_organization_ids.append(organizer_organization_ids_item)

        registration: dict[str, Any] | None | Unset
        if isinstance(self.registration, Unset):
            registration = UNSET
        elif isinstance(self.registration, RegistrationPolicyInput):
            registration = self.registration.to_dict()
        else:
            registration = self.registration

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ends_on": ends_on,
                "language": language,
                "slug": slug,
                "starts_on": starts_on,
                "timezone": timezone,
                "title": title,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if description is not UNSET:
            field_dict["description"] = description
        if organizer_organization_ids is not UNSET:
            field_dict["organizer_organization_ids"] = organizer_organization_ids
        if registration is not UNSET:
            field_dict["registration"] = registration
        if status is not UNSET:
            field_dict["status"] = status
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forum_input_description_type_0 import ForumInputDescriptionType0  # noqa: PLC0415
        from ..models.forum_input_title import ForumInputTitle  # noqa: PLC0415
        from ..models.registration_policy_input import RegistrationPolicyInput  # noqa: PLC0415

        d = dict(src_dict)
        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        language = d.pop("language")

        slug = d.pop("slug")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        timezone = check_time_zone(d.pop("timezone"))

        title = ForumInputTitle.from_dict(d.pop("title"))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_country_code(data: object) -> CountryCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_code_type_0 = check_country_code(data)

                return country_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountryCode | None | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_description(data: object) -> ForumInputDescriptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = ForumInputDescriptionType0.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForumInputDescriptionType0 | None | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _organizer_organization_ids = d.pop("organizer_organization_ids", UNSET)
        organizer_organization_ids: list[UUID] | Unset = UNSET
        if _organizer_organization_ids is not UNSET:
            organizer_organization_ids = []
            for organizer_organization_ids_item_data in _organizer_organization_ids:
                organizer_organization_ids_item = UUID(organizer_organization_ids_item_data)

                organizer_organization_ids.append(organizer_organization_ids_item)

        def _parse_registration(data: object) -> None | RegistrationPolicyInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registration_type_0 = RegistrationPolicyInput.from_dict(data)

                return registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrationPolicyInput | Unset, data)

        registration = _parse_registration(d.pop("registration", UNSET))

        _status = d.pop("status", UNSET)
        status: ForumInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_forum_input_status(_status)

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        forum_input = cls(
            ends_on=ends_on,
            language=language,
            slug=slug,
            starts_on=starts_on,
            timezone=timezone,
            title=title,
            city=city,
            country_code=country_code,
            description=description,
            organizer_organization_ids=organizer_organization_ids,
            registration=registration,
            status=status,
            venue=venue,
        )

        return forum_input
