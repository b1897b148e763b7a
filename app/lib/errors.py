"""Errors carry their HTTP meaning and are rendered once, as RFC 9457 problem details."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException

logger = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class FieldError(msgspec.Struct, kw_only=True):
    """One offending input: where it was (query, path, header, body), its name, and what is wrong."""

    source: str
    field: str
    message: str


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None


class DomainError(Exception):
    """Base of every error a service raises on purpose. Subclasses fix the status and the problem type."""

    status_code: int = HTTPStatus.BAD_REQUEST
    problem_type: str = "bad-request"

    def __init__(
        self, detail: str, *, errors: list[FieldError] | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers


class NotFoundError(DomainError):
    status_code = HTTPStatus.NOT_FOUND
    problem_type = "not-found"


class ConflictError(DomainError):
    status_code = HTTPStatus.CONFLICT
    problem_type = "conflict"


class ForbiddenError(DomainError):
    """The caller can see the object but may not do this to it (a read-only API key writing, say)."""

    status_code = HTTPStatus.FORBIDDEN
    problem_type = "forbidden"


class BadRequestError(DomainError):
    status_code = HTTPStatus.BAD_REQUEST
    problem_type = "bad-request"


def problem_type_uri(slug: str) -> str:
    # Relative URIs resolve against the API's own address; they name the kind of problem, stably.
    return f"/problems/{slug}"


def problem_response(
    request: Request[Any, Any, Any],
    status: int,
    *,
    slug: str,
    detail: str | None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[Problem]:
    problem = Problem(
        type=problem_type_uri(slug),
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
    )
    return Response(problem, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _slug_for(status: int) -> str:
    return HTTPStatus(status).phrase.lower().replace(" ", "-").replace("'", "")


def _source_name(source: object) -> str:
    # Litestar reports parameter sources as its ParamType enum; clients want the plain word.
    return str(getattr(source, "value", source) or "body")


def _validation_errors(exc: ValidationException) -> list[FieldError]:
    extra = exc.extra if isinstance(exc.extra, list) else []
    return [
        FieldError(
            source=_source_name(item.get("source")),
            field=str(item.get("key") or ""),
            message=str(item.get("message") or "is invalid"),
        )
        for item in extra
        if isinstance(item, dict)
    ]


def handle_domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Problem]:
    return problem_response(
        request, exc.status_code, slug=exc.problem_type, detail=exc.detail, errors=exc.errors, headers=exc.headers
    )


def handle_http_exception(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Problem]:
    status = exc.status_code
    if status >= HTTPStatus.INTERNAL_SERVER_ERROR:
        logger.error("server error on %s %s", request.method, request.url.path, exc_info=exc)
    if isinstance(exc, ValidationException):
        errors = _validation_errors(exc)
        detail = "The request is invalid: " + "; ".join(f"{e.field}: {e.message}" for e in errors) if errors else None
        return problem_response(request, status, slug="invalid-request", detail=detail or exc.detail, errors=errors)
    return problem_response(request, status, slug=_slug_for(status), detail=exc.detail, headers=exc.headers)


def handle_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    # A 500 is a bug: log it whole, tell the client nothing about our internals.
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        request, HTTPStatus.INTERNAL_SERVER_ERROR, slug="internal-error", detail="An unexpected error occurred."
    )


EXCEPTION_HANDLERS: dict[type[Exception] | int, Any] = {
    DomainError: handle_domain_error,
    HTTPException: handle_http_exception,
    Exception: handle_unexpected,
}

__all__ = [
    "EXCEPTION_HANDLERS",
    "PROBLEM_JSON",
    "BadRequestError",
    "ConflictError",
    "DomainError",
    "FieldError",
    "NotFoundError",
    "Problem",
]
