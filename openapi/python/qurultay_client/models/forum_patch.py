from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.country_code import CountryCode, check_country_code
from ..models.forum_status import ForumStatus, check_forum_status
from ..models.time_zone import TimeZone, check_time_zone
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forum_patch_description_type_0 import ForumPatchDescriptionType0
    from ..models.forum_patch_title_type_0 import ForumPatchTitleType0
    from ..models.registration_policy_input import RegistrationPolicyInput


T = TypeVar("T", bound="ForumPatch")


@_attrs_define
class ForumPatch:
    """
    Attributes:
        city (None | str | Unset):
        country_code (CountryCode | None | Unset):
        description (ForumPatchDescriptionType0 | None | Unset): Text by language code; at least one.
        ends_on (datetime.date | Unset): A date, YYYY-MM-DD. Years 1900 to 2200.
        language (str | Unset): A lower-case language code: en, ru, kk, az.
        organizer_organization_ids (list[UUID] | Unset):
        registration (RegistrationPolicyInput | Unset):
        slug (str | Unset): Lower-case words joined by hyphens, unique among forums: the forum's address.
        starts_on (datetime.date | Unset): A date, YYYY-MM-DD. Years 1900 to 2200.
        status (ForumStatus | Unset):
        timezone (TimeZone | Unset): IANA time zone name (the tzdata package's list).
        title (ForumPatchTitleType0 | Unset): Text by language code; at least one.
        venue (None | str | Unset):
    """

    city: None | str | Unset = UNSET
    country_code: CountryCode | None | Unset = UNSET
    description: ForumPatchDescriptionType0 | None | Unset = UNSET
    ends_on: datetime.date | Unset = UNSET
    language: str | Unset = UNSET
    organizer_organization_ids: list[UUID] | Unset = UNSET
    registration: RegistrationPolicyInput | Unset = UNSET
    slug: str | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    status: ForumStatus | Unset = UNSET
    timezone: TimeZone | Unset = UNSET
    title: ForumPatchTitleType0 | Unset = UNSET
    venue: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.forum_patch_description_type_0 import ForumPatchDescriptionType0  # noqa: PLC0415

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
        elif isinstance(self.description, ForumPatchDescriptionType0):
            description = self.description.to_dict()
        else:
            description = self.description

        ends_on: str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        else:
            ends_on = self.ends_on.isoformat()

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        organizer_organization_ids: list[str] | Unset
        if isinstance(self.organizer_organization_ids, Unset):
            organizer_organization_ids = UNSET
        else:
            organizer_organization_ids = []
            for organizer_organization_ids_type_0_item_data in self.organizer_organization_ids:
                organizer_organization_ids_type_0_item = str(organizer_organization_ids_type_0_item_data)
                organizer_organization_ids.append(organizer_organization_ids_type_0_item)

        registration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration, Unset):
            registration = self.registration.to_dict()

        slug: str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        starts_on: str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = self.starts_on.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone

        title: dict[str, Any] | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title.to_dict()

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if description is not UNSET:
            field_dict["description"] = description
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if language is not UNSET:
            field_dict["language"] = language
        if organizer_organization_ids is not UNSET:
            field_dict["organizer_organization_ids"] = organizer_organization_ids
        if registration is not UNSET:
            field_dict["registration"] = registration
        if slug is not UNSET:
            field_dict["slug"] = slug
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if status is not UNSET:
            field_dict["status"] = status
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if title is not UNSET:
            field_dict["title"] = title
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forum_patch_description_type_0 import ForumPatchDescriptionType0  # noqa: PLC0415
        from ..models.forum_patch_title_type_0 import ForumPatchTitleType0  # noqa: PLC0415
        from ..models.registration_policy_input import RegistrationPolicyInput  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_description(data: object) -> ForumPatchDescriptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = ForumPatchDescriptionType0.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForumPatchDescriptionType0 | None | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            ends_on_type_0 = datetime.date.fromisoformat(data)

            return ends_on_type_0

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_language(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_organizer_organization_ids(data: object) -> list[UUID] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            organizer_organization_ids_type_0 = []
            _organizer_organization_ids_type_0 = data
            for organizer_organization_ids_type_0_item_data in _organizer_organization_ids_type_0:
                organizer_organization_ids_type_0_item = UUID(organizer_organization_ids_type_0_item_data)

                organizer_organization_ids_type_0.append(organizer_organization_ids_type_0_item)

            return organizer_organization_ids_type_0

        organizer_organization_ids = _parse_organizer_organization_ids(d.pop("organizer_organization_ids", UNSET))

        _registration = d.pop("registration", UNSET)
        registration: RegistrationPolicyInput | Unset
        if isinstance(_registration, Unset):
            registration = UNSET
        else:
            registration = RegistrationPolicyInput.from_dict(_registration)

        def _parse_slug(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            starts_on_type_0 = datetime.date.fromisoformat(data)

            return starts_on_type_0

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        _status = d.pop("status", UNSET)
        status: ForumStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_forum_status(_status)

        _timezone = d.pop("timezone", UNSET)
        timezone: TimeZone | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = check_time_zone(_timezone)

        def _parse_title(data: object) -> ForumPatchTitleType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            title_type_0 = ForumPatchTitleType0.from_dict(data)

            return title_type_0

        title = _parse_title(d.pop("title", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

        forum_patch = cls(
            city=city,
            country_code=country_code,
            description=description,
            ends_on=ends_on,
            language=language,
            organizer_organization_ids=organizer_organization_ids,
            registration=registration,
            slug=slug,
            starts_on=starts_on,
            status=status,
            timezone=timezone,
            title=title,
            venue=venue,
        )

        return forum_patch
