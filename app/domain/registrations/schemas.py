"""What the registration endpoints answer."""

from __future__ import annotations

import datetime
from uuid import UUID

import msgspec

from app.db.models import Person, Registration
from app.db.models.enums import RegistrationCategory, RegistrationStatus


class RegistrationView(msgspec.Struct, kw_only=True):
    """A registration for a forum (`session_id` null) or for a seat-limited session of it. The ticket code is not
    here: it opens the door, so only get_ticket shows it."""

    id: UUID
    forum_id: UUID
    session_id: UUID | None
    person_id: UUID
    organization_id: UUID | None
    category: RegistrationCategory
    status: RegistrationStatus
    waitlist_position: int | None
    checked_in_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @classmethod
    def of(cls, row: Registration) -> RegistrationView:
        return cls(
            id=row.id,
            forum_id=row.forum_id,
            session_id=row.session_id,
            person_id=row.person_id,
            organization_id=row.organization_id,
            category=row.category,
            status=row.status,
            waitlist_position=row.waitlist_position,
            checked_in_at=row.checked_in_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )


def registration_location(view: RegistrationView) -> str:
    """Where a registration lives in the API: a new one's Location, and the base of its ticket's addresses."""
    return f"/api/v1/registrations/{view.id}"


class RegisteredPerson(msgspec.Struct, kw_only=True):
    """Who a registration is for. `email` and `phone` are the person's private contact data: there for the
    forum's organizers and platform admins, and for a partner only when the person works for it now (an
    affiliation that has not ended); null for anyone else, as when the person has none."""

    id: UUID
    full_name: str
    email: str | None
    phone: str | None


class RegistrationRow(msgspec.Struct, kw_only=True):
    """A registration as organizers list it."""

    registration: RegistrationView
    person: RegisteredPerson

    @classmethod
    def of(cls, registration: Registration, person: Person, *, sees_contact: bool) -> RegistrationRow:
        return cls(
            registration=RegistrationView.of(registration),
            person=RegisteredPerson(
                id=person.id,
                full_name=person.full_name,
                email=person.email if sees_contact else None,
                phone=person.phone if sees_contact else None,
            ),
        )


class RegistrationPage(msgspec.Struct, kw_only=True):
    items: list[RegistrationRow]
    next: str | None


class MyRegistrationPage(msgspec.Struct, kw_only=True):
    items: list[RegistrationView]
    next: str | None


class Delegation(msgspec.Struct, kw_only=True):
    """The registrations a delegation request made, in the order the delegates were sent."""

    forum_id: UUID
    organization_id: UUID
    registrations: list[RegistrationView]


class CancelResult(msgspec.Struct, kw_only=True):
    """The cancelled registration, and the waitlisted ones its seat went to (in waitlist order)."""

    registration: RegistrationView
    promoted: list[UUID]


class CheckIn(msgspec.Struct, kw_only=True):
    registration: RegistrationView
    person: RegisteredPerson


class Ticket(msgspec.Struct, kw_only=True):
    """What the attendee shows at the door: the code, as text and as the QR images' addresses."""

    registration_id: UUID
    forum_id: UUID
    session_id: UUID | None
    status: RegistrationStatus
    ticket_code: str
    qr_svg_url: str
    qr_png_url: str


class DelegationQuotaView(msgspec.Struct, kw_only=True):
    forum_id: UUID
    organization_id: UUID
    quota: int
    used: int
