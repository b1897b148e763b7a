from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliation_patch_title_type_0 import AffiliationPatchTitleType0


T = TypeVar("T", bound="AffiliationPatch")


@_attrs_define
class AffiliationPatch:
    """
    Attributes:
        ends_on (datetime.date | None | Unset): A date, YYYY-MM-DD. Years 1900 to 2200.
        language (str | Unset): A lower-case language code: en, ru, kk, az.
        starts_on (datetime.date | None | Unset): A date, YYYY-MM-DD. Years 1900 to 2200.
        title (AffiliationPatchTitleType0 | Unset): Text by language code; at least one.
    """

    ends_on: datetime.date | None | Unset = UNSET
    language: str | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    title: AffiliationPatchTitleType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        title: dict[str, Any] | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if language is not UNSET:
            field_dict["language"] = language
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.affiliation_patch_title_type_0 import AffiliationPatchTitleType0  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_language(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

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

        def _parse_title(data: object) -> AffiliationPatchTitleType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            title_type_0 = AffiliationPatchTitleType0.from_dict(data)

            return title_type_0

        title = _parse_title(d.pop("title", UNSET))

        affiliation_patch = cls(
            ends_on=ends_on,
            language=language,
            starts_on=starts_on,
            title=title,
        )

        return affiliation_patch
