"""Change control for the API contract: openapi/contract-baseline.json records, for the spec's info.version, every
operation and every field of every success response. Adding is free; removing an operation or a response field
(or renaming it, which removes the old name) breaks clients, so it needs a new info.version and a CHANGELOG entry.

    python tools/contract_baseline.py           record the spec's snapshot (refused if it removes something
                                                without a version bump); `make clients` runs it
    python tools/contract_baseline.py --check   fail when the baseline is not the spec's snapshot, when the spec
                                                removed something without a version bump, or when
                                                openapi/CHANGELOG.md has no entry for the version
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "openapi.json"
BASELINE = ROOT / "openapi" / "contract-baseline.json"
CHANGELOG = ROOT / "openapi" / "CHANGELOG.md"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MAX_DEPTH = 6  # response schemas nest a few levels (a page, its items, their speaker); recursion stops there


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        *_, name = schema["$ref"].split("/")
        schema = spec["components"]["schemas"][name]
    return schema


def _fields(spec: dict[str, Any], schema: dict[str, Any], prefix: str, depth: int, out: set[str]) -> None:
    schema = _resolve(spec, schema)
    if depth > MAX_DEPTH:
        return
    for alternative in schema.get("oneOf", []) + schema.get("anyOf", []) + schema.get("allOf", []):
        _fields(spec, alternative, prefix, depth, out)
    if "items" in schema:
        _fields(spec, schema["items"], f"{prefix}[]", depth + 1, out)
    for name, child in schema.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        out.add(path)
        _fields(spec, child, path, depth + 1, out)


def snapshot(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec's version, and per operation ("GET /path") the fields of each 2xx response body."""
    operations: dict[str, dict[str, list[str]]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            responses: dict[str, list[str]] = {}
            for status, response in item[method].get("responses", {}).items():
                if not status.startswith("2"):
                    continue
                fields: set[str] = set()
                for media in response.get("content", {}).values():
                    if "schema" in media:
                        _fields(spec, media["schema"], "", 0, fields)
                responses[status] = sorted(fields)
            operations[f"{method.upper()} {path}"] = responses
    return {"version": spec["info"]["version"], "operations": dict(sorted(operations.items()))}


def removals(baseline: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """What the baseline promised that the current snapshot no longer has."""
    lines = []
    for operation, responses in baseline["operations"].items():
        if operation not in current["operations"]:
            lines.append(f"operation removed: {operation}")
            continue
        now = current["operations"][operation]
        for status, fields in responses.items():
            if status not in now:
                lines.append(f"response removed: {operation} {status}")
                continue
            lines += [
                f"response field removed: {operation} {status} {field}" for field in fields if field not in now[status]
            ]
    return lines


def _changelog_versions() -> set[str]:
    if not CHANGELOG.exists():
        return set()
    return set(re.findall(r"^## (\S+)", CHANGELOG.read_text(encoding="utf-8"), flags=re.MULTILINE))


def _render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=1, sort_keys=True) + "\n"


def problems(spec: dict[str, Any], baseline: dict[str, Any] | None) -> list[str]:
    current = snapshot(spec)
    found = []
    if baseline is not None and baseline["version"] == current["version"]:
        found += [
            f"{line} (bump info.version in app/asgi.py, say why in openapi/CHANGELOG.md)"
            for line in removals(baseline, current)
        ]
    if current["version"] not in _changelog_versions():
        found.append(f"openapi/CHANGELOG.md has no `## {current['version']}` entry")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--check", action="store_true", help="check instead of recording")
    args = parser.parse_args()
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else None
    found = problems(spec, baseline)
    if args.check and _render(snapshot(spec)) != (BASELINE.read_text(encoding="utf-8") if baseline else ""):
        found.append("openapi/contract-baseline.json is not the spec's snapshot: run `make clients` and commit it")
    if found:
        sys.exit("The API contract changed in a way clients would notice:\n" + "\n".join(found))
    if not args.check:
        BASELINE.write_text(_render(snapshot(spec)), encoding="utf-8")
        print(f"wrote {BASELINE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
