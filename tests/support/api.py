"""Assertions on what the API answers, shared by the integration tests."""

from __future__ import annotations

import re
from typing import Any

import httpx
from litestar import Litestar
from litestar.testing import AsyncTestClient

PROBLEM_JSON = "application/problem+json"
_NEXT_LINK = re.compile(r'^<([^>]+)>; rel="next"$')


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """An RFC 9457 problem with the given status; returns the body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert isinstance(body["type"], str)
    assert body["type"]
    assert isinstance(body["title"], str)
    assert body["title"]
    assert isinstance(body["detail"], str)
    assert body["detail"]
    # The id to quote when reporting it, the same the answer's header and the server's log line carry.
    assert body["request_id"] == response.headers["x-request-id"]
    return body


def error_fields(body: dict[str, Any]) -> list[str]:
    return [error["field"] for error in body.get("errors") or []]


def next_link(response: httpx.Response) -> str | None:
    """The target of the `Link: <...>; rel="next"` header, or None when there is none."""
    header = response.headers.get("link")
    if header is None:
        return None
    match = _NEXT_LINK.match(header)
    assert match, header
    return match.group(1)


async def walk(client: AsyncTestClient[Litestar], url: str) -> list[list[dict[str, Any]]]:
    """Follow the `Link` headers from `url` to the last page; returns each page's items.

    Checks on every page that the body's `next` and the header agree, and that the last page says so in both."""
    pages: list[list[dict[str, Any]]] = []
    target: str | None = url
    while target is not None:
        assert len(pages) < 100, "pagination does not end"
        response = await client.get(target)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body["items"])
        target = next_link(response)
        if body["next"] is None:
            assert target is None
        else:
            assert target is not None
            assert f"cursor={body['next']}" in target
    return pages


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]
