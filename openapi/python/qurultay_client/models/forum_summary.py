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


T = TypeVar("T", bound="ForumSummary")


@_attrs_define
class ForumSummary:
    """
    Attributes:
        city (None | str):
        country (Country | None):
        ends_on (datetime.date):
        id (UUID):
        slug (str):
        starts_on (datetime.date):
        status (ForumStatus):
        timezone (str):
        title (LocalizedText):
    """

    city: None | str
    country: Country | None
    ends_on: datetime.date
    id: UUID
    slug: str
    starts_on: datetime.date
    status: ForumStatus
    timezone: str
    title: LocalizedText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country import Country  # noqa: PLC0415

        city: None | str
        city = self.city

        country: dict[str, Any] | None
        if isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        ends_on = self.ends_on.isoformat()

        id = str(self.id)

        slug = self.slug

        starts_on = self.starts_on.isoformat()

        status: str = self.status

        timezone = self.timezone

        title = self.title.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "ends_on": ends_on,
                "id": id,
                "slug": slug,
                "starts_on": starts_on,
                "status": status,
                "timezone": timezone,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country import Country  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415

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

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        id = UUID(d.pop("id"))

        slug = d.pop("slug")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        status = check_forum_status(d.pop("status"))

        timezone = d.pop("timezone")

        title = LocalizedText.from_dict(d.pop("title"))

        forum_summary = cls(
            city=city,
            country=country,
            ends_on=ends_on,
            id=id,
            slug=slug,
            starts_on=starts_on,
            status=status,
            timezone=timezone,
            title=title,
        )

        forum_summary.additional_properties = d
        return forum_summary

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
