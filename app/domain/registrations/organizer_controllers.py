"""Organizers list, approve, reject and check in registrations and set quotas; partners register delegations
and read their own delegates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, cast
from uuid import UUID

from litestar import Controller, Request, Response, get, post, put
from litestar.di import NamedDependency, Provide
from litestar.enums import MediaType
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import FromPath, JSONBody, QueryParameter
from litestar.status_codes import HTTP_200_OK

from app.db.models.enums import RegistrationCategory, RegistrationStatus
from app.domain.registrations.controllers import REGISTRATIONS, TAGS
from app.domain.registrations.delegations import DelegationService
from app.domain.registrations.deps import provide_delegation_service, provide_organizer_service
from app.domain.registrations.inputs import CheckInInput, DelegationInput, DelegationQuotaInput
from app.domain.registrations.organizer_services import OrganizerService
from app.domain.registrations.repositories import RegistrationFilter
from app.domain.registrations.schemas import (
    CheckIn,
    Delegation,
    DelegationQuotaView,
    RegistrationPage,
    RegistrationView,
)
from app.domain.registrations.services import RegistrationService
from app.lib.guards import authenticated, forum_organizer, people_only
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link

CSV = "text/csv"
ORGANIZER_TOOLS = {"organizer": Provide(provide_organizer_service, sync_to_thread=False)}


@dataclass
class AlsoAsCsv(Operation):
    """The list's 200 answer is JSON, or CSV when the client asks for it with `Accept: text/csv`."""

    def __post_init__(self) -> None:
        ok = (self.responses or {}).get("200")
        if isinstance(ok, OpenAPIResponse) and ok.content is not None:
            ok.content[CSV] = OpenAPIMediaType(
                schema=Schema(
                    type=OpenAPIType.STRING,
                    description="Every matching registration (no pagination), a header row first.",
                )
            )


StatusFilter = Annotated[RegistrationStatus | None, QueryParameter(name="status", description="Only this status.")]
CategoryFilter = Annotated[RegistrationCategory | None, QueryParameter(name="category")]
SessionFilter = Annotated[
    UUID | None, QueryParameter(name="session_id", description="Only the seats of this session of the forum.")
]
OrganizationFilter = Annotated[
    UUID | None, QueryParameter(name="organization_id", description="Only this organization's delegates.")
]
CheckedInFilter = Annotated[bool | None, QueryParameter(name="checked_in", description="Checked in, or not yet.")]


class ForumRegistrationsController(Controller):
    path = "/api/v1/forums/{forum_id:uuid}"
    tags = TAGS

    @get(
        "/registrations",
        operation_id="list_forum_registrations",
        summary="A forum's registrations",
        description="Organizers see every registration of their forum (for the forum and for its sessions); a "
        "partner organization sees only its own delegates, with `email` and `phone` only of those who work for "
        "it now (null otherwise). Oldest first, cursor-paginated; with `Accept: text/csv` the same list as CSV, "
        "all pages at once.",
        guards=[authenticated],
        security=[{BEARER: []}, {API_KEY: []}],
        dependencies=ORGANIZER_TOOLS,
        operation_class=AlsoAsCsv,
        responses=problems(400, 401, 404),
    )
    async def list_forum_registrations(
        self,
        request: Request[Any, Any, Any],
        organizer: NamedDependency[OrganizerService],
        forum_id: FromPath[UUID],
        status: StatusFilter = None,
        category: CategoryFilter = None,
        session_id: SessionFilter = None,
        organization_id: OrganizationFilter = None,
        checked_in: CheckedInFilter = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[RegistrationPage]:
        where = RegistrationFilter(
            status=status,
            category=category,
            session_id=session_id,
            organization_id=organization_id,
            checked_in=checked_in,
        )
        if request.accept.best_match([MediaType.JSON.value, CSV], default=MediaType.JSON.value) == CSV:
            document = await organizer.csv(forum_id, where)
            # The handler's declared type is the JSON page; the CSV alternative is documented by AlsoAsCsv.
            return cast(
                "Response[RegistrationPage]",
                Response(
                    document,
                    media_type=f"{CSV}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="registrations-{forum_id}.csv"'},
                ),
            )
        page = await organizer.page(forum_id, where, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @post(
        "/delegations",
        operation_id="create_delegation",
        summary="Register a delegation",
        description="A partner organization (a read-write API key, or an admin of it) registers its delegates, "
        'existing people who work for it now (`{"kind": "existing", "person_id": ...}`: an affiliation with it that '
        'has not ended, else 422 naming the delegate) or new ones (`{"kind": "new", "full_name": ...}`, made with '
        "such an affiliation), all or nothing, within its quota (set_delegation_quota; none set, only the forum's "
        "capacity limits it). A forum that requires approval answers them pending. Accepts Idempotency-Key.",
        guards=[authenticated],
        security=[{BEARER: []}, {API_KEY: []}],
        dependencies={"delegations": Provide(provide_delegation_service, sync_to_thread=False)},
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_delegation(
        self,
        delegations: NamedDependency[DelegationService],
        idempotency: NamedDependency[Idempotency],
        forum_id: FromPath[UUID],
        data: JSONBody[DelegationInput],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Delegation]:
        return await idempotency.create(
            idempotency_key,
            lambda: delegations.create(forum_id, data),
            Delegation,
            location=lambda made: (
                f"/api/v1/forums/{made.forum_id}/registrations?organization_id={made.organization_id}"
            ),
        )

    @post(
        "/check-ins",
        operation_id="check_in",
        summary="Check a ticket in at the door",
        description="By the ticket's code. A second check-in of the same ticket is 409 and says when the first was. "
        "The door takes what the forum takes: a seat's ticket, on a forum that approves or counts its attendees, "
        "only from a person with a confirmed registration for the forum (409 otherwise).",
        guards=[forum_organizer],
        security=[{BEARER: []}],
        dependencies=ORGANIZER_TOOLS,
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409),
    )
    async def check_in(
        self, organizer: NamedDependency[OrganizerService], forum_id: FromPath[UUID], data: JSONBody[CheckInInput]
    ) -> CheckIn:
        return await organizer.check_in(forum_id, data.ticket_code)

    @put(
        "/quotas/{organization_id:uuid}",
        operation_id="set_delegation_quota",
        summary="Set a partner's delegation quota",
        description="How many places (pending or confirmed) the organization's delegation may hold. Lowering it "
        "below what is held cancels nobody; it only refuses more.",
        guards=[forum_organizer],
        security=[{BEARER: []}],
        dependencies=ORGANIZER_TOOLS,
        responses=problems(400, 401, 403, 404),
    )
    async def set_delegation_quota(
        self,
        organizer: NamedDependency[OrganizerService],
        forum_id: FromPath[UUID],
        organization_id: FromPath[UUID],
        data: JSONBody[DelegationQuotaInput],
    ) -> DelegationQuotaView:
        return await organizer.set_quota(forum_id, organization_id, data.quota)


class RegistrationDecisionController(Controller):
    path = "/api/v1/registrations/{registration_id:uuid}"
    tags = TAGS
    security = [{BEARER: []}]
    dependencies = REGISTRATIONS
    guards = [people_only]

    @post(
        "/approve",
        operation_id="approve_registration",
        summary="Approve a pending registration",
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409),
    )
    async def approve_registration(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> RegistrationView:
        return await registrations.decide(registration_id, approve=True)

    @post(
        "/reject",
        operation_id="reject_registration",
        summary="Reject a pending registration",
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409),
    )
    async def reject_registration(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> RegistrationView:
        return await registrations.decide(registration_id, approve=False)
