from __future__ import annotations

from http import HTTPStatus

from app.lib.errors import DomainError, UnknownReferenceError


class AuthenticationError(DomainError):
    status_code = HTTPStatus.UNAUTHORIZED
    problem_type = "unauthenticated"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="qurultay"'})


class RateLimitedError(DomainError):
    status_code = HTTPStatus.TOO_MANY_REQUESTS
    problem_type = "rate-limited"

    def __init__(self, retry_after: int, *, what: str = "attempts") -> None:
        super().__init__(
            f"too many {what}; try again in {retry_after} seconds", headers={"Retry-After": str(retry_after)}
        )


class UnknownAccountError(UnknownReferenceError):
    """A grant names an email no account has: 422 like every unusable reference, with a type of its own."""

    problem_type = "unknown-account"


class RefreshTokenReusedError(AuthenticationError):
    """A refresh token presented again after its grace window: it leaked, so its family is revoked. The
    revocation is committed in the request's own transaction although the answer is 401 (app/db/transaction.py
    honours `commits_transaction`)."""

    commits_transaction = True
