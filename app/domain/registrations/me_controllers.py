"""The caller's own registrations and personal agenda, beside /api/v1/me (accounts) on paths of their own."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide

from app.domain.registrations.deps import provide_me_service
from app.domain.registrations.me_services import MeService
from app.domain.registrations.schemas import MyRegistrationPage
from app.lib.guards import people_only
from app.lib.openapi import BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link


class MyRegistrationsController(Controller):
    path = "/api/v1/me"
    tags = ["Registrations"]
    guards = [people_only]
    security = [{BEARER: []}]
    dependencies = {"me": Provide(provide_me_service, sync_to_thread=False)}

    @get(
        "/registrations",
        operation_id="list_my_registrations",
        summary="My registrations",
        description="Every registration of the caller's person, for forums and sessions, oldest first.",
        responses=problems(400, 401, 403),
    )
    async def list_my_registrations(
        self,
        request: Request[Any, Any, Any],
        me: NamedDependency[MeService],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[MyRegistrationPage]:
        page = await me.registrations(limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/agenda.ics",
        operation_id="get_my_agenda",
        summary="My agenda, as iCalendar",
        description="The sessions the caller holds a confirmed seat on or speaks on (RFC 5545), timed in each "
        "forum's time zone; sessions dated but not yet timed are all-day events on their day, cancelled ones are "
        "marked CANCELLED.",
        media_type="text/calendar",
        responses=problems(400, 401, 403),
    )
    async def get_my_agenda(self, me: NamedDependency[MeService]) -> bytes:
        return await me.agenda()
