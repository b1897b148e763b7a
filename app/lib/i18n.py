"""Multilingual fields: stored as maps of language code to text, read in the language the client asks for.

`?lang=` wins over `Accept-Language`; after those, the object's original language, then any language it has.
Every localized value on the wire says which language it is in (`LocalizedText.lang`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

import msgspec
from litestar.di import NamedDependency
from litestar.params import HeaderParameter, QueryParameter

from app.lib.errors import BadRequestError, FieldError
from app.lib.inputs import END

LANGUAGE_TAG = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*" + END
_TAG = re.compile(LANGUAGE_TAG)
# RFC 9110 section 12.4.2: a weight is 0 to 1 with at most three decimals; anything else is malformed.
_QVALUE = re.compile(r"^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$")
MAX_PREFERENCES = 8


class LocalizedText(msgspec.Struct, kw_only=True):
    lang: str
    text: str
    # Every stored language, only when the reader asks for them (`translations=true`): what an editor edits.
    translations: dict[str, str] | msgspec.UnsetType = msgspec.UNSET


def normalize_tag(tag: str) -> str:
    return tag.strip().lower()


def _with_primary(tags: list[str]) -> list[str]:
    """ "kk-KZ" also accepts "kk": a regional preference falls back to its language."""
    out: list[str] = []
    for tag in tags:
        for candidate in (tag, tag.split("-", 1)[0]):
            if candidate not in out:
                out.append(candidate)
    return out[:MAX_PREFERENCES]


def parse_accept_language(header: str | None) -> list[str]:
    """Language tags from an Accept-Language header, most preferred first; malformed entries are ignored, as
    RFC 9110 allows a server to do with a header it cannot use."""
    if not header:
        return []
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")[:32]):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip()
        if not tag or tag == "*" or not _TAG.match(tag):
            continue
        quality = 1.0
        name, _, value = params.strip().partition("=")
        if name.strip() == "q":
            if not _QVALUE.match(value.strip()):
                continue
            quality = float(value)
        if quality > 0:
            weighted.append((-quality, index, normalize_tag(tag)))
    return _with_primary([tag for _, _, tag in sorted(weighted)])


def preferred_languages(lang: str | None, accept_language: str | None) -> list[str]:
    if lang is not None:
        if not _TAG.match(lang):
            raise BadRequestError(
                "lang must be a language tag such as 'en' or 'kk-KZ'",
                errors=[FieldError(source="query", field="lang", message="is not a language tag")],
            )
        return _with_primary([normalize_tag(lang)])
    return parse_accept_language(accept_language)


def provide_languages(
    lang: Annotated[
        str | None,
        QueryParameter(
            name="lang",
            description="Language to read multilingual fields in (overrides Accept-Language).",
            max_length=35,
            pattern=LANGUAGE_TAG,  # documented so clients and fuzzers know the rule preferred_languages enforces
        ),
    ] = None,
    accept_language: Annotated[str | None, HeaderParameter(name="accept-language", required=False)] = None,
) -> list[str]:
    return preferred_languages(lang, accept_language)


# What handlers receive: the reader's languages, most preferred first (possibly empty).
Languages = NamedDependency[list[str]]


Translations = Annotated[
    bool,
    QueryParameter(
        name="translations",
        description="Also answer every stored language of each multilingual field (`translations`), for editors.",
    ),
]


@dataclass(frozen=True, slots=True)
class Rendering:
    """How a writer renders the object it answers with: the same choices the caller's GET takes."""

    langs: list[str]
    translations: bool = False
