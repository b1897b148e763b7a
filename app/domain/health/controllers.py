from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.di import NamedDependency, Provide

from app.domain.health.deps import provide_readiness
from app.domain.health.errors import DatabaseUnavailableError
from app.domain.health.schemas import HealthStatus
from app.domain.health.services import Readiness
from app.lib.errors import retry_after_header
from app.lib.openapi import problems


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
        dependencies={"readiness": Provide(provide_readiness, sync_to_thread=False)},
        responses=problems(400, 503),
    )
    async def ready(self, request: Request[Any, Any, Any], readiness: NamedDependency[Readiness]) -> HealthStatus:
        if not await readiness.database_is_up():
            raise DatabaseUnavailableError("the database does not answer", headers=retry_after_header(request))
        return HealthStatus(status="ok")
