from __future__ import annotations

from http import HTTPStatus

from app.lib.errors import DomainError


class AuthenticationError(DomainError):
    status_code = HTTPStatus.UNAUTHORIZED
    problem_type = "unauthenticated"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="qurultay"'})


class RateLimitedError(DomainError):
    status_code = HTTPStatus.TOO_MANY_REQUESTS
    problem_type = "rate-limited"

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            f"too many attempts; try again in {retry_after} seconds", headers={"Retry-After": str(retry_after)}
        )


class UnknownAccountError(DomainError):
    status_code = HTTPStatus.UNPROCESSABLE_ENTITY
    problem_type = "unknown-account"
