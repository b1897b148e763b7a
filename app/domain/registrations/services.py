"""Attendees register for forums and sessions and cancel; organizers approve and reject. One transaction per
request, every write audited; a registration the caller may not see is 404, whatever its id."""

from __future__ import annotations

from uuid import UUID

from app.db.models import Forum, Registration
from app.db.models.enums import ForumStatus, RegistrationCategory, RegistrationStatus
from app.domain.audit.services import Audit, created
from app.domain.registrations.repositories import RegistrationRepository
from app.domain.registrations.rules import Caller, check_not_over, check_window, new_ticket_code
from app.domain.registrations.schemas import CancelResult, RegistrationView, Ticket
from app.domain.registrations.seats import SeatService
from app.lib.errors import ConflictError, NotFoundError
from app.lib.principal import Principal


def registration_location(view: RegistrationView) -> str:
    return f"/api/v1/registrations/{view.id}"


def open_forum(forum: Forum | None, forum_id: UUID, principal: Principal) -> Forum:
    """The forum, if it takes registrations now: 404 for a draft (unless the caller organizes it), else 409."""
    if forum is None or (forum.status is ForumStatus.DRAFT and not principal.organizes(forum_id)):
        raise NotFoundError(f"no forum {forum_id}")
    if forum.status is not ForumStatus.PUBLISHED:
        raise ConflictError(f"this forum is {forum.status} and takes no registrations")
    check_not_over(forum)
    check_window(forum.registration_opens_at, forum.registration_closes_at)
    return forum


def check_capacity(forum: Forum, held: int, wanted: int) -> None:
    if forum.capacity is not None and held + wanted > forum.capacity:
        left = max(forum.capacity - held, 0)
        raise ConflictError(f"the forum is full: {left} of its {forum.capacity} places left, {wanted} asked for")


class RegistrationService:
    def __init__(
        self,
        repository: RegistrationRepository,
        seats: SeatService,
        caller: Caller,
        audit: Audit,
        principal: Principal,
    ) -> None:
        self.repository = repository
        self.seats = seats
        self.caller = caller
        self.audit = audit
        self.principal = principal

    async def register_for_forum(self, forum_id: UUID, category: RegistrationCategory) -> RegistrationView:
        person_id = await self.caller.person_id(create=True)
        assert person_id is not None  # noqa: S101 - the route is for people, who always have an account
        # Locked: capacity is decided one registration at a time.
        forum = open_forum(await self.repository.forum(forum_id, lock=True), forum_id, self.principal)
        if await self.repository.has_active(person_id, forum_id=forum_id):
            raise ConflictError("you are already registered for this forum (cancel that registration first)")
        check_capacity(forum, await self.repository.places_held(forum_id) if forum.capacity is not None else 0, 1)
        registration = Registration(
            forum_id=forum_id,
            person_id=person_id,
            category=category,
            status=RegistrationStatus.PENDING if forum.requires_approval else RegistrationStatus.CONFIRMED,
            ticket_code=new_ticket_code(),
        )
        await self.repository.add_all([registration])
        await self.audit.record(
            "create",
            "registration",
            registration.id,
            forum_id=forum_id,
            changes=created({"person_id": person_id, "category": category, "status": registration.status}),
        )
        return RegistrationView.of(registration)

    async def register_for_session(self, session_id: UUID, category: RegistrationCategory) -> RegistrationView:
        return RegistrationView.of(await self.seats.register(session_id, category))

    async def _visible(self, registration_id: UUID) -> Registration:
        registration = await self.repository.get(registration_id)
        if registration is None or not await self.caller.may_see(registration):
            raise NotFoundError(f"no registration {registration_id}")
        return registration

    async def get(self, registration_id: UUID) -> RegistrationView:
        return RegistrationView.of(await self._visible(registration_id))

    async def cancel(self, registration_id: UUID) -> CancelResult:
        registration = await self._visible(registration_id)
        promoted: list[UUID] = []
        if registration.session_id is not None:
            registration, was, promoted = await self.seats.release(registration)
        else:
            locked = await self.repository.get(registration_id, lock=True)
            if locked is None:  # pragma: no cover - cascaded away by a concurrent delete
                raise NotFoundError(f"no registration {registration_id}")
            registration, was = locked, locked.status
            if was not in {RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED}:
                raise ConflictError(f"this registration is {was}; only an active one can be cancelled")
            registration.status = RegistrationStatus.CANCELLED
            await self.repository.flush()
        changes: dict[str, object] = {"status": {"from": was.value, "to": "cancelled"}}
        if promoted:
            changes["seat_given_to"] = [str(promoted_id) for promoted_id in promoted]
        await self.audit.record(
            "cancel", "registration", registration_id, forum_id=registration.forum_id, changes=changes
        )
        return CancelResult(registration=RegistrationView.of(registration), promoted=promoted)

    async def decide(self, registration_id: UUID, *, approve: bool) -> RegistrationView:
        """An organizer approves (confirms) or rejects a pending registration."""
        registration = await self.repository.get(registration_id, lock=True)
        if registration is None or not self.principal.organizes(registration.forum_id):
            raise NotFoundError(f"no registration {registration_id} of a forum you organize")
        if registration.status is not RegistrationStatus.PENDING:
            raise ConflictError(f"this registration is {registration.status}; only a pending one can be decided")
        registration.status = RegistrationStatus.CONFIRMED if approve else RegistrationStatus.REJECTED
        await self.repository.flush()
        await self.audit.record(
            "approve" if approve else "reject",
            "registration",
            registration_id,
            forum_id=registration.forum_id,
            changes={"status": {"from": "pending", "to": registration.status.value}},
        )
        return RegistrationView.of(registration)

    async def ticket(self, registration_id: UUID) -> Ticket:
        registration = await self._visible(registration_id)
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
