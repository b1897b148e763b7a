from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.health.repositories import database_is_up
from app.lib.errors import DomainError, retry_after_header
from app.lib.openapi import problems
from app.lib.schema import Schema


class HealthStatus(Schema):
    status: str


class DatabaseUnavailableError(DomainError):
    status_code = 503
    problem_type = "database-unavailable"


class HealthController(Controller):
    path = "/health"
    tags = ["Health"]
    opt = {"public": True}  # anyone may call: see tests/integration/test_access_matrix.py

    @get(
        "/live",
        operation_id="check_liveness",
        summary="Liveness: the process answers",
        responses=problems(400),
    )
    async def live(self) -> HealthStatus:
        return HealthStatus(status="ok")

    @get(
        "/ready",
        operation_id="check_readiness",
        summary="Readiness: the database answers",
        responses=problems(400, 503),
    )
    async def ready(self, request: Request[Any, Any, Any], db_session: NamedDependency[AsyncSession]) -> HealthStatus:
        if not await database_is_up(db_session):
            raise DatabaseUnavailableError("the database does not answer", headers=retry_after_header(request))
        return HealthStatus(status="ok")
