from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.title_input_translations import TitleInputTranslations


T = TypeVar("T", bound="TitleInput")


@_attrs_define
class TitleInput:
    """
    Attributes:
        language (str): A lower-case language code: en, ru, kk, az.
        translations (TitleInputTranslations): Text by language code; at least one.
    """

    language: str
    translations: TitleInputTranslations

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "translations": translations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.title_input_translations import TitleInputTranslations  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language")

        translations = TitleInputTranslations.from_dict(d.pop("translations"))

        title_input = cls(
            language=language,
            translations=translations,
        )

        return title_input
