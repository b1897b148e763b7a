"""The country and time-zone enums the spec publishes are the lists the server can use."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import msgspec
import pytest

from app.domain.forums.inputs import ForumInput
from app.lib.places import COUNTRY_CODES, TIME_ZONES
from app.openapi_spec import render_spec


def test_every_time_zone_offered_can_place_a_session() -> None:
    # The session service converts times with ZoneInfo(forum.timezone): a name it cannot load would be a 500.
    for name in TIME_ZONES:
        assert ZoneInfo(name).key == name
    assert "Asia/Baku" in TIME_ZONES
    assert "Factory" not in TIME_ZONES


def test_the_spec_lists_exactly_the_codes_and_zones_the_server_takes() -> None:
    schemas = json.loads(render_spec())["components"]["schemas"]
    assert schemas["CountryCode"]["enum"] == list(COUNTRY_CODES)
    assert schemas["TimeZone"]["enum"] == list(TIME_ZONES)
    assert {"AZ", "KZ", "TR", "UZ", "KG", "HU", "TM"} <= set(COUNTRY_CODES)


@pytest.mark.parametrize(
    ("field", "value"), [("country_code", "ZZ"), ("timezone", "Mars/Olympus"), ("timezone", "asia/baku")]
)
def test_a_code_or_zone_outside_the_lists_is_refused_by_the_schema(field: str, value: str) -> None:
    body = {
        "slug": "a-forum",
        "title": {"en": "A forum"},
        "language": "en",
        "city": "Baku",
        "country_code": "AZ",
        "timezone": "Asia/Baku",
        "starts_on": "2026-05-01",
        "ends_on": "2026-05-02",
    } | {field: value}
    with pytest.raises(msgspec.ValidationError, match=field):
        msgspec.json.decode(json.dumps(body), type=ForumInput)
    msgspec.json.decode(
        json.dumps(body | {field: {"country_code": "KZ", "timezone": "Asia/Almaty"}[field]}), type=ForumInput
    )
