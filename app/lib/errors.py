"""Errors carry their HTTP meaning and are rendered once, as RFC 9457 problem details."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import asyncpg
import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from app.config import SETTINGS_STATE_KEY
from app.db.errors import CONFLICT, UNAVAILABLE, CommitFailedError, describe, failure_kind
from app.lib.request_ids import request_id_of

logger = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class FieldError(msgspec.Struct, kw_only=True):
    """One offending input: where it was (query, path, header, body), its name, and what is wrong."""

    source: str
    field: str
    message: str


class ConflictingObject(msgspec.Struct, kw_only=True):
    """An existing object a 409 names as what is in the way (a likely duplicate), for a client to offer it."""

    type: str
    id: UUID
    name: str


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None
    # Extension member: the objects a conflict names (ConflictingObject).
    conflicting: list[ConflictingObject] | None = None
    # The X-Request-ID of the answer, to quote when reporting it: the server's log line for it carries the same.
    request_id: str | None = None


class DomainError(Exception):
    """Base of every error a service raises on purpose. Subclasses fix the status and the problem type."""

    status_code: int = HTTPStatus.BAD_REQUEST
    problem_type: str = "bad-request"
    # What a conflict names as in its way, rendered as the problem's `conflicting` member.
    conflicting: list[ConflictingObject] | None = None

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


class UnknownReferenceError(DomainError):
    """A body valid by the schema that names something the server cannot use: an id of nothing the caller may
    see, or of the wrong kind of thing (another forum's room, another person's affiliation). 422, as RFC 9110 has
    it: the request is well-formed and the caller fixes it by naming something else, not by reshaping it. 400
    stays for what the schema, or a rule between the body's own fields, refuses; 404 for the path's object."""

    status_code = HTTPStatus.UNPROCESSABLE_ENTITY
    problem_type = "unknown-reference"


def body_error(field: str, message: str, detail: str) -> BadRequestError:
    """A 400 about one field of the request body: `detail` for the reader, `message` beside the field."""
    return BadRequestError(detail, errors=[FieldError(source="body", field=field, message=message)])


def reference_error(field: str, message: str, detail: str) -> UnknownReferenceError:
    """A 422 about a body field naming something unusable (UnknownReferenceError)."""
    return UnknownReferenceError(detail, errors=[FieldError(source="body", field=field, message=message)])


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
    conflicting: list[ConflictingObject] | None = None,
) -> Response[Problem]:
    problem = Problem(
        type=problem_type_uri(slug),
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
        conflicting=conflicting,
        request_id=request_id_of(request.scope),
    )
    return Response(problem, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _slug_for(status: int) -> str:
    return HTTPStatus(status).phrase.lower().replace(" ", "-").replace("'", "")


def _source_name(source: object) -> str:
    # Litestar reports parameter sources as its ParamType enum; clients want the plain word.
    return str(getattr(source, "value", source) or "body")


# msgspec names the offending part of a body in its message: "... - at `$.title.EN`", "Object contains unknown
# field `x`", "Object missing required field `x`" (the latter two at the path before them, if nested).
_AT_PATH = re.compile(r"^(?P<message>.*) - at `(?:key` in `)?\$(?P<path>[^`]*)`$", re.DOTALL)
_NAMED_FIELD = re.compile(r"^Object (?:contains unknown|missing required) field `(?P<name>[^`]*)`")
# What `Input.__post_init__` (app/lib/schema.py) says about one of its fields.
_FIELD_RULE = re.compile(r"^Field `(?P<name>[^`]*)` (?P<message>.*)$", re.DOTALL)


def _body_field(message: str) -> tuple[str, str]:
    """The dotted path of the body field a msgspec message is about, and the message without the path."""
    path = ""
    if match := _AT_PATH.match(message):
        message, path = match.group("message"), match.group("path")
    if named := _NAMED_FIELD.match(message):
        path = f"{path}.{named.group('name')}"
    elif rule := _FIELD_RULE.match(message):
        path, message = f"{path}.{rule.group('name')}", rule.group("message")
    path = re.sub(r"\[(\d+)\]", r".\1", path).strip(".")
    return path, message


def _validation_errors(exc: ValidationException) -> list[FieldError]:
    extra = exc.extra if isinstance(exc.extra, list) else []
    errors = []
    for item in extra:
        if not isinstance(item, dict):
            continue
        source = _source_name(item.get("source"))
        field, message = str(item.get("key") or ""), str(item.get("message") or "is invalid")
        if field == "data" and source == "body":
            field, message = _body_field(message)
        elif source == "body":
            # Litestar names a nested body field `citations[0].url`; every body field is named dotted here.
            field = re.sub(r"\[(\d+)\]", r".\1", field)
            if rule := _FIELD_RULE.match(message):
                field, message = f"{field}.{rule.group('name')}", rule.group("message")
        errors.append(FieldError(source=source, field=field, message=message))
    return errors


def handle_domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Problem]:
    return problem_response(
        request,
        exc.status_code,
        slug=exc.problem_type,
        detail=exc.detail,
        errors=exc.errors,
        headers=exc.headers,
        conflicting=exc.conflicting,
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


def handle_integrity_error(request: Request[Any, Any, Any], exc: IntegrityError) -> Response[Problem]:
    """The database refused a write the service's own checks passed: a concurrent request got there first (two
    creates of one slug, say). The services check the common cases first and name the conflict; this is the
    backstop for the race, and it is still the client's 409, not a 500."""
    cause = exc.orig.__cause__ if exc.orig is not None else None
    constraint = getattr(cause, "constraint_name", None) or "a database constraint"
    logger.info("write refused by %s on %s %s", constraint, request.method, request.url.path)
    return problem_response(
        request,
        HTTPStatus.CONFLICT,
        slug="conflict",
        detail=f"the change conflicts with data written concurrently ({constraint}); read again and retry",
    )


def handle_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    # A 500 is a bug: log it whole, tell the client nothing about our internals.
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        request, HTTPStatus.INTERNAL_SERVER_ERROR, slug="internal-error", detail="An unexpected error occurred."
    )


# Retry-After on a 503 when the app's settings are not at hand (an app built without them).
DEFAULT_RETRY_AFTER_SECONDS = 2


def retry_after_header(request: Request[Any, Any, Any]) -> dict[str, str]:
    settings = request.app.state.get(SETTINGS_STATE_KEY)
    return {"Retry-After": str(getattr(settings, "retry_after_seconds", DEFAULT_RETRY_AFTER_SECONDS))}


def database_unavailable(request: Request[Any, Any, Any], detail: str) -> Response[Problem]:
    return problem_response(
        request,
        HTTPStatus.SERVICE_UNAVAILABLE,
        slug="database-unavailable",
        detail=detail,
        headers=retry_after_header(request),
    )


def handle_database_failure(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    """The database is down, restarting or too busy to answer in time (a pool, lock or statement timeout), or a
    concurrent transaction won: the client's request was fine and a retry may succeed. One log line each, no
    traceback: an outage fails every request, and a traceback apiece buried the log (17 MB in 10 s)."""
    if isinstance(exc, CommitFailedError):
        kind = failure_kind(exc.cause)  # already logged at ERROR where the commit failed
        if kind == CONFLICT:
            return problem_response(
                request,
                HTTPStatus.CONFLICT,
                slug="conflict",
                detail="the change conflicts with data written concurrently and was not stored; read again and retry",
            )
        return database_unavailable(request, "the change could not be committed and is not stored; retry it")
    kind = failure_kind(exc)
    if kind == CONFLICT and isinstance(exc, IntegrityError):
        return handle_integrity_error(request, exc)
    if kind == CONFLICT:
        logger.warning("transaction conflict on %s %s: %s", request.method, request.url.path, describe(exc))
        return problem_response(
            request,
            HTTPStatus.CONFLICT,
            slug="conflict",
            detail="a concurrent change got in the way and nothing was stored; retry",
        )
    if kind == UNAVAILABLE:
        logger.error("database unavailable on %s %s: %s", request.method, request.url.path, describe(exc))
        return database_unavailable(request, "the database is unavailable or busy; retry after the time given")
    return handle_unexpected(request, exc)


def handle_exception_group(request: Request[Any, Any, Any], exc: ExceptionGroup[Exception]) -> Response[Problem]:
    """Litestar wraps an error raised while cleaning up a dependency (a COMMIT that failed after the handler
    raised) in a group: answer the first error as if it had been raised alone."""
    inner = exc.exceptions[0]
    for kind in type(inner).__mro__:
        handler = EXCEPTION_HANDLERS.get(kind)
        if handler is not None and kind is not Exception:
            return cast("Response[Problem]", handler(request, inner))
    return handle_unexpected(request, exc)


EXCEPTION_HANDLERS: dict[type[Exception] | int, Any] = {
    DomainError: handle_domain_error,
    IntegrityError: handle_integrity_error,
    HTTPException: handle_http_exception,
    # The database's failures, wherever they surface: SQLAlchemy's (the ORM session, the pool), the driver's
    # (the lean read path runs on asyncpg directly) and the socket's (connecting to a server that is down).
    CommitFailedError: handle_database_failure,
    DBAPIError: handle_database_failure,
    PoolTimeoutError: handle_database_failure,
    asyncpg.PostgresError: handle_database_failure,
    asyncpg.InterfaceError: handle_database_failure,
    asyncpg.InternalClientError: handle_database_failure,
    OSError: handle_database_failure,
    TimeoutError: handle_database_failure,
    ExceptionGroup: handle_exception_group,
    Exception: handle_unexpected,
}

__all__ = [
    "EXCEPTION_HANDLERS",
    "PROBLEM_JSON",
    "BadRequestError",
    "ConflictError",
    "ConflictingObject",
    "DomainError",
    "FieldError",
    "NotFoundError",
    "Problem",
    "UnknownReferenceError",
    "body_error",
    "reference_error",
]
