"""Building blocks of request bodies: the rules a client can read in the spec are the rules enforced.

Multilingual input is a map of lower-case language code to text ({"en": "...", "ru": "..."}), with the
object's original language named beside it. PATCH bodies leave out what they do not change (msgspec.UNSET);
`null` clears a field that may be empty.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from app.lib.errors import BadRequestError, FieldError

# Stored keys are canonical (lower case), so lookups by a reader's normalized tag find them.
LANGUAGE_CODE = r"^[a-z]{2,3}(-[a-z0-9]{1,8})*$"
LanguageCode = Annotated[
    str,
    msgspec.Meta(pattern=LANGUAGE_CODE, max_length=16, description="A lower-case language code: en, ru, kk, az."),
]
# An http or https address: a host, then anything without white space.
WEB_ADDRESS = r"^https?://[^\s/?#]+[^\s]*$"
# At least one character that is not white space. (mypy needs each alias spelled out, not made by a function.)
# Spelled out rather than `\S`: Python's and JSON Schema's (ECMA-262) `\s` differ (U+001C-U+001F, U+0085, U+FEFF),
# and the spec's pattern must refuse exactly what msgspec refuses.
_NOT_BLANK = r"[^\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
Text60 = Annotated[str, msgspec.Meta(min_length=1, max_length=60, pattern=_NOT_BLANK)]
Text100 = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=_NOT_BLANK)]
Text200 = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=_NOT_BLANK)]
Text500 = Annotated[str, msgspec.Meta(min_length=1, max_length=500, pattern=_NOT_BLANK)]
Text2000 = Annotated[str, msgspec.Meta(min_length=1, max_length=2000, pattern=_NOT_BLANK)]
Text20000 = Annotated[str, msgspec.Meta(min_length=1, max_length=20_000, pattern=_NOT_BLANK)]
_LANGUAGES_DESCRIPTION = "Text by language code; at least one."


def _translations(max_text: int) -> msgspec.Meta:
    # Litestar's schema for a dict drops the Meta's size and its keys' and values' constraints; `extra` spells
    # them out so the spec states the rules msgspec enforces (clients and the fuzzer see them).
    return msgspec.Meta(
        min_length=1,
        max_length=30,
        description=_LANGUAGES_DESCRIPTION,
        extra_json_schema={
            "description": _LANGUAGES_DESCRIPTION,
            "extra": {
                "min_properties": 1,
                "max_properties": 30,
                "property_names": {"type": "string", "pattern": LANGUAGE_CODE, "maxLength": 16},
                "additional_properties": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": max_text,
                    "pattern": _NOT_BLANK,
                },
            },
        },
    )


ShortTranslations = Annotated[dict[LanguageCode, Text500], _translations(500)]
LongTranslations = Annotated[dict[LanguageCode, Text20000], _translations(20_000)]


def require_language(language: str, texts: dict[str, str] | None, field: str) -> None:
    """The original language must be one of the texts given."""
    if texts is not None and language not in texts:
        raise BadRequestError(
            f"{field} has no text in its original language {language!r}",
            errors=[FieldError(source="body", field=field, message=f"needs a {language!r} entry")],
        )


def changes_of(patch: msgspec.Struct) -> dict[str, Any]:
    """The fields a PATCH body sets (null included), by name."""
    return {name: value for name in patch.__struct_fields__ if (value := getattr(patch, name)) is not UNSET}


def apply(row: object, values: dict[str, Any]) -> dict[str, Any]:
    """Set `values` on an ORM row; answer what they were before, for the audit trail."""
    before = {name: getattr(row, name) for name in values}
    for name, value in values.items():
        setattr(row, name, value)
    return before


__all__ = [
    "UNSET",
    "WEB_ADDRESS",
    "LanguageCode",
    "LongTranslations",
    "ShortTranslations",
    "Text60",
    "Text100",
    "Text200",
    "Text500",
    "Text2000",
    "Text20000",
    "UnsetType",
    "apply",
    "changes_of",
    "require_language",
]
