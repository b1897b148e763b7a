from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.api_key_input_scope import ApiKeyInputScope, check_api_key_input_scope

T = TypeVar("T", bound="ApiKeyInput")


@_attrs_define
class ApiKeyInput:
    """
    Attributes:
        name (str):
        scope (ApiKeyInputScope):
    """

    name: str
    scope: ApiKeyInputScope

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scope: str = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scope = check_api_key_input_scope(d.pop("scope"))

        api_key_input = cls(
            name=name,
            scope=scope,
        )

        return api_key_input
