from __future__ import annotations

from app.lib.errors import DomainError


class DatabaseUnavailableError(DomainError):
    status_code = 503
    problem_type = "database-unavailable"
