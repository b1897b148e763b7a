"""Change control: openapi/contract-baseline.json is the committed spec's snapshot, and an operation or a
response field may only disappear with a new info.version (and its openapi/CHANGELOG.md entry)."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

from app.config import PROJECT_ROOT

TOOL = PROJECT_ROOT / "tools" / "contract_baseline.py"


@pytest.fixture(scope="module")
def baseline_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contract_baseline", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((PROJECT_ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    return document


def test_the_baseline_is_the_committed_specs_snapshot_and_nothing_disappeared() -> None:
    result = subprocess.run(
        [sys.executable, str(TOOL), "--check"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_removed_response_field_or_operation_fails_without_a_version_bump(
    baseline_tool: ModuleType, spec: dict[str, Any]
) -> None:
    baseline = baseline_tool.snapshot(spec)
    changed = copy.deepcopy(spec)
    del changed["components"]["schemas"]["Problem"]["properties"]["detail"]
    first_path = next(iter(changed["paths"]))
    del changed["paths"][first_path]

    found = baseline_tool.removals(baseline, baseline_tool.snapshot(changed))

    assert any(line.startswith("operation removed:") and first_path in line for line in found), found
    assert baseline_tool.problems(changed, baseline), "a removal under the same version must be refused"


def test_a_response_field_removed_under_a_new_version_is_accepted(
    baseline_tool: ModuleType, spec: dict[str, Any]
) -> None:
    baseline = baseline_tool.snapshot(spec)
    field_owner = next(
        name
        for name, schema in spec["components"]["schemas"].items()
        if name.endswith(("Detail", "Summary")) and schema.get("properties")
    )
    changed = copy.deepcopy(spec)
    field = next(iter(changed["components"]["schemas"][field_owner]["properties"]))
    del changed["components"]["schemas"][field_owner]["properties"][field]
    assert any(
        line.startswith("response field removed:")
        for line in baseline_tool.removals(baseline, baseline_tool.snapshot(changed))
    )

    changed["info"]["version"] = "99.0.0"
    found = baseline_tool.problems(changed, baseline)

    assert found == ["openapi/CHANGELOG.md has no `## 99.0.0` entry"]
