from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.country_code import CountryCode, check_country_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewDelegate")


@_attrs_define
class NewDelegate:
    """
    Attributes:
        full_name (str):
        kind (Literal['new']):
        country_code (CountryCode | None | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
    """

    full_name: str
    kind: Literal["new"]
    country_code: CountryCode | None | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        kind = self.kind

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

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "kind": kind,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        kind = cast(Literal["new"], d.pop("kind"))
        if kind != "new":
            raise ValueError(f"kind must match const 'new', got '{kind}'")

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

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        new_delegate = cls(
            full_name=full_name,
            kind=kind,
            country_code=country_code,
            email=email,
            phone=phone,
        )

        return new_delegate
