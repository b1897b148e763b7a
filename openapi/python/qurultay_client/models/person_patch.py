from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode, check_country_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_patch_bio_type_0 import PersonPatchBioType0


T = TypeVar("T", bound="PersonPatch")


@_attrs_define
class PersonPatch:
    """
    Attributes:
        bio (None | PersonPatchBioType0 | Unset): Text by language code; at least one.
        country_code (CountryCode | None | Unset):
        email (None | str | Unset):
        full_name (str | Unset):
        language (str | Unset): A lower-case language code: en, ru, kk, az.
        phone (None | str | Unset): Digits, spaces and ( ) . / -, optionally after a +.
        photo_url (None | str | Unset): An http or https address.
    """

    bio: None | PersonPatchBioType0 | Unset = UNSET
    country_code: CountryCode | None | Unset = UNSET
    email: None | str | Unset = UNSET
    full_name: str | Unset = UNSET
    language: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    photo_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_patch_bio_type_0 import PersonPatchBioType0  # noqa: PLC0415

        bio: dict[str, Any] | None | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        elif isinstance(self.bio, PersonPatchBioType0):
            bio = self.bio.to_dict()
        else:
            bio = self.bio

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        elif isinstance(self.country_code, str):
            country_code = self.country_code
        else:
            country_code = self.country_code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        photo_url: None | str | Unset
        if isinstance(self.photo_url, Unset):
            photo_url = UNSET
        else:
            photo_url = self.photo_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bio is not UNSET:
            field_dict["bio"] = bio
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if language is not UNSET:
            field_dict["language"] = language
        if phone is not UNSET:
            field_dict["phone"] = phone
        if photo_url is not UNSET:
            field_dict["photo_url"] = photo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_patch_bio_type_0 import PersonPatchBioType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bio(data: object) -> None | PersonPatchBioType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bio_type_0 = PersonPatchBioType0.from_dict(data)

                return bio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPatchBioType0 | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

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

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_full_name(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_language(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_photo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        photo_url = _parse_photo_url(d.pop("photo_url", UNSET))

        person_patch = cls(
            bio=bio,
            country_code=country_code,
            email=email,
            full_name=full_name,
            language=language,
            phone=phone,
            photo_url=photo_url,
        )

        return person_patch
