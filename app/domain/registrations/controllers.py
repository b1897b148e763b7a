"""Attendees register for forums and seat-limited sessions, read and cancel their registrations, and fetch
their tickets."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, Response, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_200_OK

from app.domain.registrations.deps import provide_registration_service
from app.domain.registrations.inputs import RegistrationInput
from app.domain.registrations.me_services import qr_image
from app.domain.registrations.schemas import CancelResult, RegistrationView, Ticket
from app.domain.registrations.services import RegistrationService, registration_location
from app.lib.guards import authenticated, people_only
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems

REGISTRATIONS = {"registrations": Provide(provide_registration_service, sync_to_thread=False)}
TAGS = ["Registrations"]
SEAT_RULES = (
    "Confirmed while seats remain, then waitlisted (`waitlist_position` 1, 2, ...) in the order the requests reach "
    "the database's queue for the session; a seat freed by a cancellation, or by a raised capacity, goes to the "
    "first of the waitlist at once. 409 when: the forum's registration window is closed; the session or its "
    "forum is over; the forum approves or counts its attendees (`requires_approval`, `capacity`) and the caller "
    "has no confirmed registration for it; the caller already holds a seat on it. Send an Idempotency-Key so a "
    "retry on a bad network never registers twice."
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
    dependencies = REGISTRATIONS
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
    async def get_ticket(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> Ticket:
        return await registrations.ticket(registration_id)

    @get(
        "/ticket.svg",
        operation_id="get_ticket_qr_svg",
        summary="The ticket's QR code, as SVG",
        media_type="image/svg+xml",
        responses=problems(400, 401, 404),
    )
    async def get_ticket_qr_svg(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> bytes:
        return qr_image((await registrations.ticket(registration_id)).ticket_code, "svg")

    @get(
        "/ticket.png",
        operation_id="get_ticket_qr_png",
        summary="The ticket's QR code, as PNG",
        media_type="image/png",
        responses=problems(400, 401, 404),
    )
    async def get_ticket_qr_png(
        self, registrations: NamedDependency[RegistrationService], registration_id: FromPath[UUID]
    ) -> bytes:
        return qr_image((await registrations.ticket(registration_id)).ticket_code, "png")
