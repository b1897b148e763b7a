"""The rules of app/lib/inputs.py and app/lib/query.py that keep hostile bodies out: years of dates and times
(enforced on every date of every input, stated on every one in the spec) and the nesting depth of JSON."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import re
from typing import Any

import msgspec
import pytest

import app.domain
from app.asgi import create_app
from app.config import load_settings
from app.lib.inputs import YEARS_PATTERN, Date, DateTime
from app.lib.query import MAX_BODY_CONTAINERS, MAX_BODY_DEPTH, json_depth, json_shape_problem
from app.lib.schema import Input

_NO_DATABASE = "postgresql+asyncpg://unused@127.0.0.1:1/unused"  # building the spec needs no database


class Dated(Input):
    day: Date | None = None
    moment: DateTime | None = None
    days: list[Date] = msgspec.field(default_factory=list)


@pytest.mark.parametrize(
    "body",
    [
        {"day": "1899-12-31"},
        {"day": "2201-01-01"},
        {"day": "0001-01-01"},
        {"moment": "9999-12-31T23:00:00-14:00"},
        {"moment": "1899-12-31T23:59:59+14:00"},
        {"moment": "2201-01-01T00:00:00Z"},
    ],
)
def test_a_date_or_time_outside_the_years_is_refused(body: dict[str, Any]) -> None:
    with pytest.raises(msgspec.ValidationError, match="is not in the years 1900 to 2200"):
        msgspec.json.decode(msgspec.json.encode(body), type=Dated)


@pytest.mark.parametrize(
    "body",
    [
        {"day": "1900-01-01"},
        {"day": "2200-12-31"},
        {"moment": "2200-12-31T23:59:59-14:00"},
        {"moment": "1900-01-01T00:00:00+14:00"},
    ],
)
def test_the_ends_of_the_years_are_accepted_and_shift_without_overflow(body: dict[str, Any]) -> None:
    dated = msgspec.json.decode(msgspec.json.encode(body), type=Dated)
    if dated.moment is not None:
        for offset in (-14, 14):
            dated.moment.astimezone(datetime.timezone(datetime.timedelta(hours=offset)))


def test_the_pattern_says_what_is_enforced() -> None:
    pattern = re.compile(YEARS_PATTERN)
    for year in (1900, 1999, 2000, 2099, 2100, 2199, 2200):
        assert pattern.match(f"{year:04d}-01-01"), year
    for year in (1, 999, 1899, 2201, 2999, 9999):
        assert not pattern.match(f"{year:04d}-01-01"), year


def _input_structs() -> list[type[msgspec.Struct]]:
    found = []
    for module_info in pkgutil.iter_modules(app.domain.__path__):
        for name in ("inputs", "schemas"):
            try:
                module = importlib.import_module(f"app.domain.{module_info.name}.{name}")
            except ModuleNotFoundError:
                continue
            found += [
                value
                for value in vars(module).values()
                if isinstance(value, type) and issubclass(value, msgspec.Struct) and value.__module__ == module.__name__
            ]
    return found


def _has_dates(kind: msgspec.inspect.Type) -> bool:
    if isinstance(kind, msgspec.inspect.DateType | msgspec.inspect.DateTimeType):
        return True
    if isinstance(kind, msgspec.inspect.Metadata):
        return _has_dates(kind.type)
    if isinstance(kind, msgspec.inspect.UnionType):
        return any(_has_dates(member) for member in kind.types)
    if isinstance(kind, msgspec.inspect.ListType):
        return _has_dates(kind.item_type)
    return False


def test_every_input_with_a_date_enforces_the_years() -> None:
    dated = []
    for struct in _input_structs():
        if not struct.__struct_config__.forbid_unknown_fields:
            continue  # an outbound schema
        info = msgspec.inspect.type_info(struct)
        assert isinstance(info, msgspec.inspect.StructType)
        if any(_has_dates(field.type) for field in info.fields):
            dated.append(struct.__name__)
            assert issubclass(struct, Input), f"{struct.__name__} has a date: derive it from app.lib.schema.Input"
    # Guards the search above: were it to find nothing, the assertion would hold vacuously.
    assert {"ForumInput", "SessionPatch", "AffiliationInput", "CitationInput", "RegistrationPolicyInput"} <= set(dated)


def _dated_properties(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """(path, schema) of every property whose schema, or an alternative of it, is a date or date-time."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            alternatives = [prop, *prop.get("oneOf", []), *prop.get("anyOf", [])]
            if any(alt.get("format") in {"date", "date-time"} for alt in alternatives):
                found.append((f"{path}.{name}", prop))
        for key, value in node.items():
            found += _dated_properties(value, f"{path}.{key}" if key != "properties" else path)
    elif isinstance(node, list):
        for value in node:
            found += _dated_properties(value, path)
    return found


def test_the_spec_states_the_years_on_every_date_a_client_sends() -> None:
    spec = create_app(load_settings(), database_url=_NO_DATABASE).openapi_schema.to_schema()
    inputs = {
        name: schema for name, schema in spec["components"]["schemas"].items() if "Input" in name or "Patch" in name
    }
    dated = _dated_properties(inputs)
    assert len(dated) >= 10, dated
    missing = [path for path, prop in dated if prop.get("pattern") != YEARS_PATTERN]
    assert not missing, missing
    since = next(p for p in spec["paths"]["/api/v1/audit-events"]["get"]["parameters"] if p["name"] == "since")
    assert since["schema"].get("pattern") == YEARS_PATTERN or any(
        alt.get("pattern") == YEARS_PATTERN for alt in since["schema"].get("oneOf", [])
    ), since


@pytest.mark.parametrize(
    ("body", "depth"),
    [
        (b"", 0),
        (b'"[[[["', 0),
        (b"{}", 1),
        (b'{"a": [1, {"b": "]]]]{{"}], "c": "\\"[["}', 3),
        (b"[" * 500 + b"]" * 500, 500),
        (b"[{}, {}, {}]", 2),
        (b'["\\\\", [[]], "\\"[", {"\\\\\\"": ["\\\\"]}]', 3),  # escaped backslashes and quotes
    ],
)
def test_json_depth_counts_brackets_outside_strings(body: bytes, depth: int) -> None:
    assert json_depth(body) == depth


def test_the_shape_of_a_body_is_checked_past_the_limits_only() -> None:
    assert json_shape_problem(b'{"category": "participant"}') is None
    assert json_shape_problem(b"[" * MAX_BODY_DEPTH + b"]" * MAX_BODY_DEPTH) is None
    deep = b"[" * (MAX_BODY_DEPTH + 1) + b"]" * (MAX_BODY_DEPTH + 1)
    assert json_shape_problem(deep) == f"nests arrays and objects more than {MAX_BODY_DEPTH} deep"
    many = b"[" + b",".join([b"{}"] * MAX_BODY_CONTAINERS) + b"]"
    assert json_shape_problem(many) == f"holds more than {MAX_BODY_CONTAINERS} arrays and objects"
    # Brackets in text are text: a statement quoting code is not structure.
    assert json_shape_problem(b'{"text": "' + b"[[{{" * 10_000 + b'"}') is None
