from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliation_input_title import AffiliationInputTitle


T = TypeVar("T", bound="AffiliationInput")


@_attrs_define
class AffiliationInput:
    """
    Attributes:
        language (str): A lower-case language code: en, ru, kk, az.
        organization_id (UUID):
        title (AffiliationInputTitle): Text by language code; at least one.
        ends_on (datetime.date | None | Unset): A date, YYYY-MM-DD. Years 1900 to 2200.
        starts_on (datetime.date | None | Unset): A date, YYYY-MM-DD. Years 1900 to 2200.
    """

    language: str
    organization_id: UUID
    title: AffiliationInputTitle
    ends_on: datetime.date | None | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        organization_id = str(self.organization_id)

        title = self.title.to_dict()

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "organization_id": organization_id,
                "title": title,
            }
        )
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affiliation_input_title import AffiliationInputTitle  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language")

        organization_id = UUID(d.pop("organization_id"))

        title = AffiliationInputTitle.from_dict(d.pop("title"))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        affiliation_input = cls(
            language=language,
            organization_id=organization_id,
            title=title,
            ends_on=ends_on,
            starts_on=starts_on,
        )

        return affiliation_input
