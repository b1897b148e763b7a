"""Writes are limited per caller (user, API key, or address when anonymous), counted in PostgreSQL; past the
limit, 429 with Retry-After, and the spec says so on every operation that can answer it."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.lib.errors import PROBLEM_JSON
from app.openapi_spec import render_spec
from tests.support.accounts import (
    api_key_header,
    bearer,
    clients_at,
    make_api_key,
    make_user,
    settings_with,
    wait_out_window_edge,
)
from tests.support.api import assert_problem
from tests.support.factories import make_organization

WINDOW = 3600  # long, so a test's writes never straddle two windows
LIMIT = 3
SAFE = {"get", "head", "options"}


def _seat(headers: dict[str, str]) -> dict[str, Any]:
    # A registration for a session that does not exist: a write that fails (404) after it was counted.
    return {"url": f"/api/v1/sessions/{new_id()}/registrations", "json": {}, "headers": headers}


def _assert_limited(response: httpx.Response) -> None:
    body = assert_problem(response, 429)
    assert "writes" in body["detail"]
    assert 1 <= int(response.headers["retry-after"]) <= WINDOW


async def test_a_caller_over_the_write_limit_gets_429_and_others_do_not(database_url: str, db: AsyncSession) -> None:
    first, second = await make_user(db), await make_user(db)
    organization = await make_organization(db)
    _, key = await make_api_key(db, organization.id)
    await db.commit()
    settings = settings_with(write_rate_limit=LIMIT, write_rate_limit_window_seconds=WINDOW)
    wait_out_window_edge(WINDOW)
    async with clients_at(database_url, settings, "198.51.100.7") as (client,):
        for _ in range(LIMIT):  # every one fails, and every one counts: a failed write is still a write
            assert_problem(await client.post(**_seat(bearer(first.id, settings))), 404)
        _assert_limited(await client.post(**_seat(bearer(first.id, settings))))
        _assert_limited(await client.delete(f"/api/v1/affiliations/{new_id()}", headers=bearer(first.id, settings)))

        # Reads are not writes.
        assert (await client.get("/api/v1/me", headers=bearer(first.id, settings))).status_code == 200
        # Another person, and an API key, from the same address, are not affected; the key has a count of its own.
        assert_problem(await client.post(**_seat(bearer(second.id, settings))), 404)
        for _ in range(LIMIT):
            response = await client.post("/api/v1/organizations", json={}, headers=api_key_header(key))
            assert response.status_code not in {429, 500}, response.text  # refused as a body, and counted
        _assert_limited(await client.post("/api/v1/organizations", json={}, headers=api_key_header(key)))


async def test_anonymous_writes_count_against_the_address(database_url: str) -> None:
    settings = settings_with(write_rate_limit=LIMIT, write_rate_limit_window_seconds=WINDOW)
    wait_out_window_edge(WINDOW)
    logout = {"url": "/api/v1/auth/logout", "json": {"refresh_token": "qrt_unknown"}}
    async with clients_at(database_url, settings, "203.0.113.9", "198.51.100.7") as (busy, other):
        for _ in range(LIMIT):
            assert (await busy.post(**logout)).status_code == 204
        _assert_limited(await busy.post(**logout))
        assert (await other.post(**logout)).status_code == 204


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(render_spec())
    return document


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, operation) for path, item in spec["paths"].items() for method, operation in item.items()]


def test_every_write_documents_429_with_retry_after(spec: dict[str, Any]) -> None:
    writes = [(method, path, op) for method, path, op in _operations(spec) if method not in SAFE]
    assert len(writes) > 30
    for method, path, operation in writes:
        response = operation["responses"].get("429")
        assert response is not None, f"{method.upper()} {path} does not document 429"
        assert response["content"][PROBLEM_JSON]["schema"] == {"$ref": "#/components/schemas/Problem"}
        assert response["headers"]["Retry-After"]["schema"]["type"] == "integer", (method, path)


def test_public_operations_document_401_for_bad_credentials(spec: dict[str, Any]) -> None:
    public = [(method, path, op) for method, path, op in _operations(spec) if not op.get("security")]
    assert any(path == "/api/v1/forums" for _, path, _ in public)
    for method, path, operation in public:
        assert "401" in operation["responses"], f"{method.upper()} {path} does not document 401"


async def test_a_bad_api_key_on_a_public_read_is_the_documented_401(database_url: str) -> None:
    async with clients_at(database_url, settings_with(), "198.51.100.7") as (client,):
        response = await client.get("/api/v1/forums", headers=api_key_header("qk_not-a-key"))
    assert_problem(response, 401)


def test_every_operation_documents_503_with_retry_after(spec: dict[str, Any]) -> None:
    # Any operation can find the database away (credentials are checked against it too): the SDKs must know the
    # 503 and its Retry-After, or they cannot back off as the server asks.
    operations = list(_operations(spec))
    assert len(operations) > 60
    for method, path, operation in operations:
        response = operation["responses"].get("503")
        assert response is not None, f"{method.upper()} {path} does not document 503"
        assert response["headers"]["Retry-After"]["schema"]["type"] == "integer", (method, path)
