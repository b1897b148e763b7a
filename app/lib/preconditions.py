"""Safe concurrent edits: every update names the version it was made against (RFC 9110 If-Match).

The version is the ETag a GET of the object answers. A writer locks the row, renders the object as that GET
would (same caller, same languages), and compares: between two updates made against one version, the second
finds the row changed by the first and answers 412 instead of silently overwriting it.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Annotated

from litestar.params import HeaderParameter

from app.lib.errors import DomainError

IfMatch = Annotated[
    str | None,
    HeaderParameter(
        name="if-match",
        required=False,
        max_length=1000,
        description="The ETag of the version this change is made against (from a GET or the last write). "
        "Required: a missing one answers 428, a stale one 412.",
    ),
]


OptionalIfMatch = Annotated[
    str | None,
    HeaderParameter(
        name="if-match",
        required=False,
        max_length=1000,
        description="The ETag of the version this is done against (from a GET or the last write). Optional: when "
        "sent, a stale one answers 412.",
    ),
]


class PreconditionRequiredError(DomainError):
    status_code = HTTPStatus.PRECONDITION_REQUIRED
    problem_type = "precondition-required"


class PreconditionFailedError(DomainError):
    status_code = HTTPStatus.PRECONDITION_FAILED
    problem_type = "precondition-failed"


def _tags(header: str) -> set[str]:
    # Strong comparison (RFC 9110 section 13.1.1): a weak tag never matches.
    return {tag.strip() for tag in header.split(",") if tag.strip() and not tag.strip().startswith("W/")}


def require_match(if_match: str | None, current_etag: str) -> None:
    """Raise unless `if_match` names the current version (or is `*`: any version, the caller's explicit choice)."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequiredError(
            "this update needs an If-Match header with the ETag of the version you read (GET the object first)"
        )
    tags = _tags(if_match)
    if "*" in tags or current_etag in tags:
        return
    raise PreconditionFailedError(
        "the object changed since you read it: GET it again, reapply your change, and send the new ETag",
        headers={"ETag": current_etag},
    )


def check_match_if_given(if_match: str | None, current_etag: str) -> None:
    """For operations where If-Match is optional (deletes, publish, retract): checked when the client sends one;
    an empty header says nothing, like none at all."""
    if if_match is not None and if_match.strip():
        require_match(if_match, current_etag)
