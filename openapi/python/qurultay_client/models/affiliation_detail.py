from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.localized_text import LocalizedText
    from ..models.organization_summary import OrganizationSummary


T = TypeVar("T", bound="AffiliationDetail")


@_attrs_define
class AffiliationDetail:
    """
    Attributes:
        created_at (datetime.datetime):
        ends_on (datetime.date | None):
        id (UUID):
        organization (OrganizationSummary):
        person_id (UUID):
        starts_on (datetime.date | None):
        title (LocalizedText):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    ends_on: datetime.date | None
    id: UUID
    organization: OrganizationSummary
    person_id: UUID
    starts_on: datetime.date | None
    title: LocalizedText
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        id = str(self.id)

        organization = self.organization.to_dict()

        person_id = str(self.person_id)

        starts_on: None | str
        if isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        title = self.title.to_dict()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "ends_on": ends_on,
                "id": id,
                "organization": organization,
                "person_id": person_id,
                "starts_on": starts_on,
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
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        id = UUID(d.pop("id"))

        organization = OrganizationSummary.from_dict(d.pop("organization"))

        person_id = UUID(d.pop("person_id"))

        def _parse_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        starts_on = _parse_starts_on(d.pop("starts_on"))

        title = LocalizedText.from_dict(d.pop("title"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        affiliation_detail = cls(
            created_at=created_at,
            ends_on=ends_on,
            id=id,
            organization=organization,
            person_id=person_id,
            starts_on=starts_on,
            title=title,
            updated_at=updated_at,
        )

        affiliation_detail.additional_properties = d
        return affiliation_detail

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
