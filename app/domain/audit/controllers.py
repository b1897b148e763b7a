from __future__ import annotations

import datetime
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import QueryParameter

from app.domain.audit.deps import provide_audit_query_service
from app.domain.audit.schemas import AuditEventPage
from app.domain.audit.services import AuditQueryService
from app.lib.guards import any_organizer
from app.lib.openapi import BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import IN_YEARS, require_in_years

ObjectId = Annotated[UUID | None, QueryParameter(name="object_id", description="Only events about this object.")]
ActorId = Annotated[UUID | None, QueryParameter(name="actor", description="Only events by this user id or API key id.")]
Since = Annotated[
    datetime.datetime | None,
    QueryParameter(
        name="since",
        description="Only events at or after this time (RFC 3339, with a time zone). Years 1900 to 2200.",
        schema_extra=IN_YEARS,
    ),
]


class AuditController(Controller):
    path = "/api/v1/audit-events"
    tags = ["Audit"]
    guards = [any_organizer]
    security = [{BEARER: []}]
    dependencies = {"audit_events": Provide(provide_audit_query_service, sync_to_thread=False)}

    @get(
        "/",
        operation_id="list_audit_events",
        summary="Who changed what",
        description="Every write, newest first: who (a user or an API key), what, which object, when, and the "
        "change. Organizers see the events of the forums they organize; platform admins see all.",
        responses=problems(400, 401, 403),
    )
    async def list_audit_events(
        self,
        request: Request[Any, Any, Any],
        audit_events: NamedDependency[AuditQueryService],
        object_id: ObjectId = None,
        actor: ActorId = None,
        since: Since = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[AuditEventPage]:
        require_in_years(since, "since")
        page = await audit_events.list_events(
            object_id=object_id, actor_id=actor, since=since, limit=limit, cursor=cursor
        )
        return Response(page, headers=next_link(request, page.next))
