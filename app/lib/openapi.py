"""OpenAPI helpers: every error an operation can answer is documented as application/problem+json."""

from __future__ import annotations

from http import HTTPStatus

from litestar.openapi.datastructures import ResponseSpec

from app.lib.errors import PROBLEM_JSON, Problem

_DESCRIPTIONS = {
    400: "The request is malformed: a bad parameter, cursor or unknown query parameter.",
    404: "No such object, or not one the caller may see.",
    409: "The request conflicts with the current state.",
    422: "The payload is well-formed but not acceptable.",
    503: "A dependency (the database) is unavailable.",
}


def problems(*statuses: int) -> dict[int, ResponseSpec]:
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_JSON,
            description=_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
            generate_examples=False,
        )
        for status in statuses
    }
