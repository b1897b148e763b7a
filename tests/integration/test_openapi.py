"""The API contract: the committed OpenAPI document is exactly what the app serves, and it reads well as a
contract for generated clients (stable operation ids, tags, summaries, problem+json errors)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.config import PROJECT_ROOT
from app.lib.errors import PROBLEM_JSON
from app.openapi_spec import render_spec

Client = AsyncTestClient[Litestar]
COMMITTED = PROJECT_ROOT / "openapi" / "openapi.json"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


@pytest.fixture(scope="module")
def rendered() -> str:
    return render_spec()


@pytest.fixture(scope="module")
def spec(rendered: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(rendered)
    return document


def _operations(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_the_committed_spec_is_the_apps_spec_byte_for_byte(rendered: str) -> None:
    committed = Path(COMMITTED).read_text(encoding="utf-8")
    assert committed == rendered, "openapi/openapi.json is out of date: run `make openapi` and commit the result"


def test_every_operation_has_a_unique_operation_id_a_tag_and_a_summary(spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    assert operations
    for name, operation in operations:
        assert operation.get("operationId"), f"{name} has no operationId"
        assert operation.get("tags"), f"{name} has no tag"
        assert (operation.get("summary") or "").strip(), f"{name} has no summary"
    operation_ids = [operation["operationId"] for _, operation in operations]
    assert len(operation_ids) == len(set(operation_ids)), "operationIds must be unique"


def test_every_error_is_documented_as_problem_json(spec: dict[str, Any]) -> None:
    problems = [
        f"{name} documents {status} as {sorted(response.get('content', {}))}"
        for name, operation in _operations(spec)
        for status, response in operation["responses"].items()
        if status[0] in "45" and set(response.get("content", {})) != {PROBLEM_JSON}
    ]
    assert not problems, "\n".join(problems)


def test_every_operation_documents_its_400(spec: dict[str, Any]) -> None:
    # Every operation refuses unknown query parameters (and so can answer 400), so every one must say so.
    missing = [name for name, operation in _operations(spec) if "400" not in operation["responses"]]
    assert not missing, f"no 400 documented for: {', '.join(missing)}"


def test_errors_are_described_by_the_problem_schema(spec: dict[str, Any]) -> None:
    problem = spec["components"]["schemas"]["Problem"]
    assert {"type", "title", "status"} <= set(problem["required"])
    for name, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if status[0] in "45" and PROBLEM_JSON in response.get("content", {}):
                schema = response["content"][PROBLEM_JSON]["schema"]
                assert schema == {"$ref": "#/components/schemas/Problem"}, (name, status, schema)


async def test_the_docs_ui_is_served(client: Client) -> None:
    response = await client.get("/api/docs")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<html" in response.text.lower()


async def test_the_served_spec_is_the_apps_spec(client: Client, spec: dict[str, Any]) -> None:
    response = await client.get("/api/docs/openapi.json")

    assert response.status_code == 200
    assert response.json() == spec
