"""Building blocks of request bodies: the rules a client can read in the spec are the rules enforced.

Multilingual input is a map of lower-case language code to text ({"en": "...", "ru": "..."}), with the
object's original language named beside it. PATCH bodies leave out what they do not change (msgspec.UNSET);
`null` clears a field that may be empty.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, UnsetType

from app.lib.errors import BadRequestError, FieldError

# White space under either reading of `\s`: Python's re (msgspec's) adds U+001C-U+001F and U+0085 to ECMA-262's
# (the spec's), which has U+FEFF. Spelled out, a spec pattern refuses exactly what msgspec refuses.
_SPACE = r"\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# The end of the text in both readings: Python's `$` also matches before a final newline, so `^[a-z]{2}$` let
# "en\n" through msgspec while the spec refused it.
END = r"$(?!\n)"

# Stored keys are canonical (lower case), so lookups by a reader's normalized tag find them.
LANGUAGE_CODE = r"^[a-z]{2,3}(-[a-z0-9]{1,8})*" + END
LanguageCode = Annotated[
    str,
    msgspec.Meta(pattern=LANGUAGE_CODE, max_length=16, description="A lower-case language code: en, ru, kk, az."),
]
# An http or https address: a host, then anything without white space.
WEB_ADDRESS = rf"^https?://[^{_SPACE}/?#]+[^{_SPACE}]*{END}"
# Something@host.domain, with no white space: what people, accounts and delegates are reached at.
EMAIL_PATTERN = rf"^[^@{_SPACE}]+@[^@{_SPACE}]+\.[^@{_SPACE}]+{END}"
Email = Annotated[
    str, msgspec.Meta(min_length=3, max_length=320, pattern=EMAIL_PATTERN, examples=["aigerim@example.org"])
]
# At least one character that is not white space. (mypy needs each alias spelled out, not made by a function.)
_NOT_BLANK = f"[^{_SPACE}]"
Text60 = Annotated[str, msgspec.Meta(min_length=1, max_length=60, pattern=_NOT_BLANK)]
Text100 = Annotated[str, msgspec.Meta(min_length=1, max_length=100, pattern=_NOT_BLANK)]
Text200 = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=_NOT_BLANK)]
Text500 = Annotated[str, msgspec.Meta(min_length=1, max_length=500, pattern=_NOT_BLANK)]
Text2000 = Annotated[str, msgspec.Meta(min_length=1, max_length=2000, pattern=_NOT_BLANK)]
Text20000 = Annotated[str, msgspec.Meta(min_length=1, max_length=20_000, pattern=_NOT_BLANK)]
_LANGUAGES_DESCRIPTION = "Text by language code; at least one."

# Dates and times a client may send lie in the years 1900 to 2200, as written (before any shift to UTC or to a
# forum's time zone). Every forum, session, affiliation or press report fits, and a moment inside them stays
# inside the calendar however it is shifted: `9999-12-31T23:00-14:00` is year 10000 in UTC, past the end of
# Python's and PostgreSQL's calendars, and answered 500. The spec states the range as a pattern on the text,
# which JSON Schema validators, the generated clients and the fuzzer all read; `Input.__post_init__`
# (app/lib/schema.py) enforces it on every date and time of every body, `in_years` on query parameters.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
YEARS_PATTERN = "^(19[0-9]{2}|2[01][0-9]{2}|2200)-"
YEARS_RULE = f"is not in the years {EARLIEST_YEAR} to {LATEST_YEAR}"


def in_years(value: datetime.date) -> bool:
    """Whether a date or a time (a datetime is a date) is in the years a client may send, as written."""
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR


def years_meta(description: str, *, tz: bool | None = None) -> msgspec.Meta:
    """The Meta of a date or time field: its description, and the years as a pattern the spec shows."""
    text = f"{description} Years {EARLIEST_YEAR} to {LATEST_YEAR}."
    return msgspec.Meta(
        tz=tz, description=text, extra_json_schema={"description": text, "extra": {"pattern": YEARS_PATTERN}}
    )


Date = Annotated[datetime.date, years_meta("A date, YYYY-MM-DD.")]
DateTime = Annotated[datetime.datetime, years_meta("RFC 3339.")]


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


# What a forum, a session or a statement may be created as: cancelled, archived or retracted come later, by a
# change of what exists (and a partner's statement is submitted whatever it sends).
NewStatus = Literal["draft", "published"]

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
    "EARLIEST_YEAR",
    "EMAIL_PATTERN",
    "END",
    "LANGUAGE_CODE",
    "LATEST_YEAR",
    "UNSET",
    "WEB_ADDRESS",
    "YEARS_PATTERN",
    "YEARS_RULE",
    "Date",
    "DateTime",
    "Email",
    "LanguageCode",
    "LongTranslations",
    "NewStatus",
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
    "in_years",
    "require_language",
    "years_meta",
]
