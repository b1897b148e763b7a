from __future__ import annotations

import pytest

from app.lib.errors import BadRequestError
from app.lib.i18n import MAX_PREFERENCES, parse_accept_language, preferred_languages


@pytest.mark.parametrize("header", [None, "", "   ", ","])
def test_no_header_means_no_preference(header: str | None) -> None:
    assert parse_accept_language(header) == []


def test_a_tag_is_lowercased() -> None:
    assert parse_accept_language("RU") == ["ru"]


def test_q_values_order_the_languages() -> None:
    assert parse_accept_language("ru;q=0.5, en;q=0.9, tr") == ["tr", "en", "ru"]


def test_equal_q_values_keep_the_header_order() -> None:
    assert parse_accept_language("tr;q=0.8, az;q=0.8, en;q=0.8") == ["tr", "az", "en"]


def test_whitespace_around_entries_and_weights_is_allowed() -> None:
    assert parse_accept_language(" en ; q=0.4 ,  ru ;q=0.6 ") == ["ru", "en"]


def test_q_zero_means_not_acceptable() -> None:
    assert parse_accept_language("en;q=0, ru") == ["ru"]
    assert parse_accept_language("en;q=0.000") == []


@pytest.mark.parametrize(
    "entry",
    [
        "!!",  # not a language tag
        "e",  # too short to be one
        "en-abcdefghi",  # a subtag longer than 8 characters
        "en_US",  # underscore is not a subtag separator
        ";q=1",  # no tag at all
        "ru;q=abc",  # the weight is not a number
        "ru;q=",
        # RFC 9110 weights are 0 to 1 with at most three decimals: anything else is malformed.
        "ru;q=nan",
        "ru;q=inf",
        "ru;q=2",
        "ru;q=1.5",
        "ru;q=-1",
        "ru;q=0.12345",
        "ru;q=1e-1",
    ],
)
def test_a_malformed_entry_is_ignored_and_the_rest_kept(entry: str) -> None:
    assert parse_accept_language(f"{entry}, kk;q=0.3") == ["kk"]


def test_an_out_of_range_weight_does_not_outrank_a_valid_one() -> None:
    assert parse_accept_language("ru;q=5, en") == ["en"]


def test_the_wildcard_is_not_a_language() -> None:
    assert parse_accept_language("*") == []
    assert parse_accept_language("*;q=0.1, en;q=0.5") == ["en"]
    assert parse_accept_language("en;q=0.5, *") == ["en"]


def test_a_regional_preference_falls_back_to_its_language() -> None:
    assert parse_accept_language("kk-KZ") == ["kk-kz", "kk"]
    # The fallback comes right after its region, before less preferred languages.
    assert parse_accept_language("kk-KZ, ru;q=0.8") == ["kk-kz", "kk", "ru"]


def test_a_language_named_twice_appears_once() -> None:
    assert parse_accept_language("en-GB, en;q=0.9, en-US;q=0.8") == ["en-gb", "en", "en-us"]


def test_the_list_is_capped() -> None:
    header = ", ".join(f"l{chr(ord('a') + i)}-x{i}" for i in range(20))
    assert len(parse_accept_language(header)) == MAX_PREFERENCES


def test_lang_overrides_accept_language() -> None:
    assert preferred_languages("ru", "en, tr") == ["ru"]
    assert preferred_languages("kk-KZ", "en") == ["kk-kz", "kk"]


def test_without_lang_accept_language_decides() -> None:
    assert preferred_languages(None, "tr;q=0.2, az") == ["az", "tr"]
    assert preferred_languages(None, None) == []


@pytest.mark.parametrize("lang", ["!!", "", "e", "en_US", "en-", "-en", "en--us", "en us", "e1", "*"])
def test_a_bad_lang_is_a_bad_request_naming_the_field(lang: str) -> None:
    with pytest.raises(BadRequestError) as raised:
        preferred_languages(lang, "en")
    assert raised.value.status_code == 400
    assert raised.value.errors is not None
    assert [(e.source, e.field) for e in raised.value.errors] == [("query", "lang")]
