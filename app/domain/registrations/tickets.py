"""The ticket: what an attendee shows at the door. Its code is unguessable and is not the registration id (which
appears in URLs); it is shown as text and as QR images, and checked in at the door once."""

from __future__ import annotations

import io
import secrets
from uuid import UUID

import segno

from app.db.base import utcnow
from app.domain.audit.services import Audit, diff
from app.domain.registrations.access import Caller
from app.domain.registrations.repositories import CheckedIn, CheckInRefusal, RegistrationRepository
from app.domain.registrations.schemas import CheckIn, RegistrationRow, RegistrationView, Ticket, registration_location
from app.lib.errors import ConflictError, NotFoundError


def new_ticket_code() -> str:
    # 192 random bits: unguessable, and unrelated to the id that appears in URLs.
    return secrets.token_urlsafe(24)


def qr_image(code: str, kind: str) -> bytes:
    """The ticket code as a QR image (svg or png): what the door scanner reads."""
    out = io.BytesIO()
    segno.make(code, error="m").save(out, kind=kind, scale=8, border=4)
    return out.getvalue()


def _turned_away(checked: CheckedIn) -> ConflictError:
    """The error for why the check-in statement let nobody in, as it decided it."""
    match checked.refusal:
        case CheckInRefusal.CHECKED_IN if checked.checked_in_at is not None:
            return ConflictError(f"this ticket was already checked in at {checked.checked_in_at.isoformat()}")
        case CheckInRefusal.UNCONFIRMED:
            return ConflictError(f"this registration is {checked.status}; only a confirmed one can check in")
        case CheckInRefusal.NOT_ADMITTED:
            return ConflictError(
                "this is a seat on a session, and the forum admits registered attendees only: its holder has no "
                "confirmed registration for the forum"
            )
    raise AssertionError(
        f"the check-in let nobody in and gave no reason it knows ({checked.refusal})"
    )  # pragma: no cover


class TicketService:
    def __init__(self, repository: RegistrationRepository, caller: Caller, audit: Audit) -> None:
        self.repository = repository
        self.caller = caller
        self.audit = audit

    async def ticket(self, registration_id: UUID) -> Ticket:
        """Seen by whoever may see the registration (Caller.may_see)."""
        registration = await self.caller.visible(registration_id)
        base = registration_location(RegistrationView.of(registration))
        return Ticket(
            registration_id=registration.id,
            forum_id=registration.forum_id,
            session_id=registration.session_id,
            status=registration.status,
            ticket_code=registration.ticket_code,
            qr_svg_url=f"{base}/ticket.svg",
            qr_png_url=f"{base}/ticket.png",
        )

    async def qr_image(self, registration_id: UUID, kind: str) -> bytes:
        return qr_image((await self.ticket(registration_id)).ticket_code, kind)

    async def check_in(self, forum_id: UUID, ticket_code: str) -> CheckIn:
        """At the door, once: RegistrationRepository.check_in admits what the forum admits, in one statement,
        and says why when it admits nothing."""
        checked = await self.repository.check_in(forum_id, ticket_code, utcnow())
        if checked is None:
            raise NotFoundError("no ticket with this code for this forum")
        registration = checked.registration
        if registration is None:
            raise _turned_away(checked)
        await self.audit.record(
            "check_in",
            "registration",
            registration.id,
            forum_id=forum_id,
            changes=diff({"checked_in_at": None}, {"checked_in_at": registration.checked_in_at}),
        )
        person = await self.repository.person(registration.person_id)
        assert person is not None  # noqa: S101 - people with registrations cannot be deleted (RESTRICT)
        # The door is the forum's organizers', who see the contact data of everyone registered for it.
        row = RegistrationRow.of(registration, person, sees_contact=True)
        return CheckIn(registration=row.registration, person=row.person)
