from __future__ import annotations

from http import HTTPStatus

from app.lib.errors import DomainError


class CursorExpiredError(DomainError):
    """The log was pruned past the cursor: what changed in between is gone, so the client must start over."""

    status_code = HTTPStatus.GONE
    problem_type = "cursor-expired"
