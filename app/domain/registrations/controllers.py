"""Every registration operation: attendees register for forums and seat-limited sessions, read and cancel their
registrations, fetch their tickets and their agenda; organizers list, approve, reject and check in registrations
and set quotas; partners register delegations and read their own delegates. One controller per path prefix (and
per guard: the paths of one registration are split by who may call them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast
from uuid import UUID

from litestar import Controller, Request, Response, get, post, put
from litestar.di import NamedDependency, Provide
from litestar.enums import MediaType
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, OpenAPIType, Operation, Schema
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_200_OK

from app.domain.registrations.agenda import AgendaService
from app.domain.registrations.delegations import DelegationService
from app.domain.registrations.deps import (
    provide_agenda_service,
    provide_delegation_service,
    provide_registration_service,
    provide_ticket_service,
)
from app.domain.registrations.inputs import (
    CategoryFilter,
    CheckedInFilter,
    CheckInInput,
    DelegationInput,
    DelegationQuotaInput,
    OrganizationFilter,
    RegistrationFilter,
    RegistrationInput,
    SessionFilter,
    StatusFilter,
)
from app.domain.registrations.schemas import (
    CancelResult,
    CheckIn,
    Delegation,
    DelegationQuotaView,
    MyRegistrationPage,
    RegistrationPage,
    RegistrationView,
    Ticket,
    registration_location,
)
from app.domain.registrations.services import RegistrationService
from app.domain.registrations.tickets import TicketService
from app.lib.guards import authenticated, forum_organizer, people_only
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link

REGISTRATIONS = {"registrations": Provide(provide_registration_service, sync_to_thread=False)}
TICKETS = {"tickets": Provide(provide_ticket_service, sync_to_thread=False)}
DELEGATIONS = {"delegations": Provide(provide_delegation_service, sync_to_thread=False)}
TAGS = ["Registrations"]
CSV = "text/csv"
SEAT_RULES = (
    "Confirmed while seats remain, then waitlisted (`waitlist_position` 1, 2, ...) in the order the requests reach "
    "the database's queue for the session; a seat freed by a cancellation, or by a raised capacity, goes to the "
    "first of the waitlist at once. 409 when: the forum's registration window is closed; the session or its "
    "forum is over; the forum approves or counts its attendees (`requires_approval`, `capacity`) and the caller "
    "has no confirmed registration for it; the caller already holds a seat on it. Send an Idempotency-Key so a "
    "retry on a bad network never registers twice."
)


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


class AttendeeRegistrationController(Controller):
    tags = TAGS
    security = [{BEARER: []}]
    dependencies = REGISTRATIONS
    guards = [people_only]

    @post(
        "/api/v1/forums/{forum_id:uuid}/registrations",
        operation_id="register_for_forum",
        summary="Register for a forum",
        description="Registers the caller. A forum that requires approval answers `pending` until an organizer "
        "approves or rejects; one outside its registration window, over (after its last day in its time zone), "
        "or full, answers 409, and so does a second active registration of the same person. Accepts "
        "Idempotency-Key.",
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def register_for_forum(
        self,
        registrations: NamedDependency[RegistrationService],
        idempotency: NamedDependency[Idempotency],
        forum_id: FromPath[UUID],
        data: JSONBody[RegistrationInput],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[RegistrationView]:
        return await idempotency.create(
            idempotency_key,
            lambda: registrations.register_for_forum(forum_id, data.registration_category),
            RegistrationView,
            location=registration_location,
        )

    @post(
        "/api/v1/sessions/{session_id:uuid}/registrations",
        operation_id="register_for_session",
        summary="Take a seat on a session",
        description=SEAT_RULES,
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def register_for_session(
        self,
        registrations: NamedDependency[RegistrationService],
        idempotency: NamedDependency[Idempotency],
        session_id: FromPath[UUID],
        data: JSONBody[RegistrationInput],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[RegistrationView]:
        return await idempotency.create(
            idempotency_key,
            lambda: registrations.register_for_session(session_id, data.registration_category),
            RegistrationView,
            location=registration_location,
        )


class RegistrationController(Controller):
    """One registration, seen by the person, the forum's organizers and the partner that registered them."""

    path = "/api/v1/registrations/{registration_id:uuid}"
    tags = TAGS
    security = [{BEARER: []}, {API_KEY: []}]
    dependencies = REGISTRATIONS | TICKETS
    guards = [authenticated]

    @get(
        "/",
        operation_id="get_registration",
        summary="Get a registration",
        responses=problems(400, 401, 404),
    )
    async def get_registration(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> RegistrationView:
        return await registrations.get(registration_id)

    @post(
        "/cancel",
        operation_id="cancel_registration",
        summary="Cancel a registration",
        description="A confirmed seat goes to the first of the session's waitlist in the same transaction "
        "(listed in `promoted`); a waitlisted registration leaves the waitlist, and those behind move up.",
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409),
    )
    async def cancel_registration(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> CancelResult:
        return await registrations.cancel(registration_id)

    @get(
        "/ticket",
        operation_id="get_ticket",
        summary="The ticket: its code and QR images",
        description="The code opens the door (check_in); it is unguessable and is not the registration id.",
        responses=problems(400, 401, 404),
    )
    async def get_ticket(self, tickets: NamedDependency[TicketService], registration_id: FromPath[UUID]) -> Ticket:
        return await tickets.ticket(registration_id)

    @get(
        "/ticket.svg",
        operation_id="get_ticket_qr_svg",
        summary="The ticket's QR code, as SVG",
        media_type="image/svg+xml",
        responses=problems(400, 401, 404),
    )
    async def get_ticket_qr_svg(
        self, tickets: NamedDependency[TicketService], registration_id: FromPath[UUID]
    ) -> bytes:
        return await tickets.qr_image(registration_id, "svg")

    @get(
        "/ticket.png",
        operation_id="get_ticket_qr_png",
        summary="The ticket's QR code, as PNG",
        media_type="image/png",
        responses=problems(400, 401, 404),
    )
    async def get_ticket_qr_png(
        self, tickets: NamedDependency[TicketService], registration_id: FromPath[UUID]
    ) -> bytes:
        return await tickets.qr_image(registration_id, "png")


class RegistrationDecisionController(Controller):
    """The same paths as RegistrationController, for people only: an organizer decides a pending registration."""

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
        return await registrations.approve(registration_id)

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
        return await registrations.reject(registration_id)


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
        dependencies=REGISTRATIONS,
        operation_class=AlsoAsCsv,
        responses=problems(400, 401, 404),
    )
    async def list_forum_registrations(
        self,
        request: Request[Any, Any, Any],
        registrations: NamedDependency[RegistrationService],
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
            document = await registrations.of_forum_csv(forum_id, where)
            # The handler's declared type is the JSON page; the CSV alternative is documented by AlsoAsCsv.
            return cast(
                "Response[RegistrationPage]",
                Response(
                    document,
                    media_type=f"{CSV}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="registrations-{forum_id}.csv"'},
                ),
            )
        page = await registrations.of_forum(forum_id, where, limit=limit, cursor=cursor)
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
        dependencies=DELEGATIONS,
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
        dependencies=TICKETS,
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409),
    )
    async def check_in(
        self, tickets: NamedDependency[TicketService], forum_id: FromPath[UUID], data: JSONBody[CheckInInput]
    ) -> CheckIn:
        return await tickets.check_in(forum_id, data.ticket_code)

    @put(
        "/quotas/{organization_id:uuid}",
        operation_id="set_delegation_quota",
        summary="Set a partner's delegation quota",
        description="How many places (pending or confirmed) the organization's delegation may hold. Lowering it "
        "below what is held cancels nobody; it only refuses more.",
        guards=[forum_organizer],
        security=[{BEARER: []}],
        dependencies=DELEGATIONS,
        responses=problems(400, 401, 403, 404),
    )
    async def set_delegation_quota(
        self,
        delegations: NamedDependency[DelegationService],
        forum_id: FromPath[UUID],
        organization_id: FromPath[UUID],
        data: JSONBody[DelegationQuotaInput],
    ) -> DelegationQuotaView:
        return await delegations.set_quota(forum_id, organization_id, data.quota)


class MyRegistrationsController(Controller):
    """The caller's own registrations and personal agenda, beside /api/v1/me (accounts) on paths of their own."""

    path = "/api/v1/me"
    tags = TAGS
    guards = [people_only]
    security = [{BEARER: []}]

    @get(
        "/registrations",
        operation_id="list_my_registrations",
        summary="My registrations",
        description="Every registration of the caller's person, for forums and sessions, oldest first.",
        dependencies=REGISTRATIONS,
        responses=problems(400, 401, 403),
    )
    async def list_my_registrations(
        self,
        request: Request[Any, Any, Any],
        registrations: NamedDependency[RegistrationService],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[MyRegistrationPage]:
        page = await registrations.mine(limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/agenda.ics",
        operation_id="get_my_agenda",
        summary="My agenda, as iCalendar",
        description="The sessions the caller holds a confirmed seat on or speaks on (RFC 5545), timed in each "
        "forum's time zone; sessions dated but not yet timed are all-day events on their day, cancelled ones are "
        "marked CANCELLED.",
        dependencies={"agenda": Provide(provide_agenda_service, sync_to_thread=False)},
        media_type="text/calendar",
        responses=problems(400, 401, 403),
    )
    async def get_my_agenda(self, agenda: NamedDependency[AgendaService]) -> bytes:
        return await agenda.ics()
