"""The spec states the input rules the server enforces (fixes the fuzzer pointed at in app/lib): bodies that
forbid unknown fields say `additionalProperties: false`, multilingual maps give their size and the shape of
their keys and texts, and `lang` and `cursor` give their patterns."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from typing import Any

import msgspec
import pytest

from app.domain.forums.inputs import ForumInput
from app.lib.i18n import preferred_languages
from app.lib.inputs import END
from app.lib.pagination import encode_cursor
from app.openapi_spec import render_spec


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(render_spec())
    return document


def test_bodies_that_forbid_unknown_fields_say_so(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert ForumInput.__struct_config__.forbid_unknown_fields
    assert schemas["ForumInput"]["additionalProperties"] is False
    # Answers may grow fields: they stay open.
    assert "additionalProperties" not in schemas["Problem"]


def test_multilingual_maps_state_their_rules(spec: dict[str, Any]) -> None:
    title = spec["components"]["schemas"]["ForumInput"]["properties"]["title"]
    assert (title["minProperties"], title["maxProperties"]) == (1, 30)
    assert title["additionalProperties"]["maxLength"] == 500
    assert title["propertyNames"]["pattern"].startswith("^[a-z]")
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"title": {}}, ForumInput)


def _query_schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    parameters = spec["paths"]["/api/v1/forums"]["get"]["parameters"]
    schema: dict[str, Any] = next(p for p in parameters if p["name"] == name)["schema"]
    return schema


def test_lang_and_cursor_give_their_patterns(spec: dict[str, Any]) -> None:
    lang = re.compile(_query_schema(spec, "lang")["pattern"])
    cursor = re.compile(_query_schema(spec, "cursor")["pattern"])
    assert lang.match("kk-KZ")
    assert not lang.match("00")
    assert preferred_languages("kk-KZ", None) == ["kk-kz", "kk"]
    assert cursor.match(encode_cursor("forums", ("2025-11-20", "ab" * 16)))
    assert not cursor.match("not a cursor!")


def test_list_items_keep_their_constraints(spec: dict[str, Any]) -> None:
    topics = spec["components"]["schemas"]["StatementInput"]["properties"]["topics"]
    assert topics["items"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*" + END
    assert topics["items"]["maxLength"] == 100


def test_a_lower_bound_of_zero_is_kept(spec: dict[str, Any]) -> None:
    position = spec["components"]["schemas"]["StatementPatch"]["properties"]["position"]
    assert position["minimum"] == 0


def test_the_not_blank_pattern_means_the_same_to_python_and_to_the_spec(spec: dict[str, Any]) -> None:
    pattern = spec["components"]["schemas"]["ForumInput"]["properties"]["city"]["pattern"]
    for blank in (" ", "\x1f", "\x85", "\ufeff", "\u3000"):
        assert not re.search(pattern, blank), repr(blank)
    assert re.search(pattern, " Baku ")


def _patterns(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return found.union(*(_patterns(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_patterns(value) for value in node))
    return set()


# Strings where Python's re (msgspec's) and ECMA-262 (the spec's, with the `u` flag JSON Schema validators use)
# part ways: `\s` (U+001C-U+001F, U+0085, U+FEFF) and `$` before a final newline.
TRICKY = [
    "en", "en\n", "kk-latn", "EN", "a@b.kz", "a@b.kz\n", "a\x1f@b.kz", "a\x85b@c.kz", "a\ufeff@b.kz",
    "https://example.kz/a", "https://example.kz/a\n", "https://example.kz/\x1c", "https://ex\x85ample.kz",
    "youth", "youth\n", "+994 50 555 12 34", "+994\n", " ", "\x1f", "\ufeff", "Baku", "AB12_-", "AB12\n",
]  # fmt: skip


def test_every_pattern_means_the_same_to_python_and_to_ecma_262(spec: dict[str, Any]) -> None:
    patterns = sorted(_patterns(spec))
    assert len(patterns) > 5
    script = (
        "const {patterns, samples} = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(patterns.map(p => samples.map(s => new RegExp(p, 'u').test(s)))));"
    )
    node_path = shutil.which("node")
    assert node_path, "the pattern check needs Node.js 20"
    node = subprocess.run(
        [node_path, "-e", script],
        input=json.dumps({"patterns": patterns, "samples": TRICKY}),
        capture_output=True,
        text=True,
        check=True,
    )
    ecma = json.loads(node.stdout)
    for pattern, answers in zip(patterns, ecma, strict=True):
        python = [re.search(pattern, sample) is not None for sample in TRICKY]
        differ = [sample for sample, a, b in zip(TRICKY, python, answers, strict=True) if a != b]
        assert differ == [], f"{pattern!r} reads differently for {differ!r}"
