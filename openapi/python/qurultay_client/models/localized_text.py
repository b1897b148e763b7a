from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localized_text_translations_type_0 import LocalizedTextTranslationsType0


T = TypeVar("T", bound="LocalizedText")


@_attrs_define
class LocalizedText:
    """
    Attributes:
        lang (str):
        text (str):
        translations (LocalizedTextTranslationsType0 | Unset):
    """

    lang: str
    text: str
    translations: LocalizedTextTranslationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lang = self.lang

        text = self.text

        translations: dict[str, Any] | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        else:
            translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lang": lang,
                "text": text,
            }
        )
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text_translations_type_0 import LocalizedTextTranslationsType0  # noqa: PLC0415

        d = dict(src_dict)
        lang = d.pop("lang")

        text = d.pop("text")

        def _parse_translations(data: object) -> LocalizedTextTranslationsType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            translations_type_0 = LocalizedTextTranslationsType0.from_dict(data)

            return translations_type_0

        translations = _parse_translations(d.pop("translations", UNSET))

        localized_text = cls(
            lang=lang,
            text=text,
            translations=translations,
        )

        localized_text.additional_properties = d
        return localized_text

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
