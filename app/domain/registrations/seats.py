"""Seats on a session: confirmed while seats remain, then waitlisted in arrival order; a freed seat goes to the
first of the waitlist in the same transaction. A session that is over (or of a forum that is over) takes no
seats; a forum that approves or counts its attendees gives seats on its sessions only to those it confirmed.

Every decision for a session is made under its row lock (SeatRepository.take_seat for a new seat, lock_seats
for a cancellation or a raised capacity), so decisions for one session happen one at a time and each sees the
last one's result; the database refuses a confirmed count past capacity and a waitlist position held twice,
should a decision ever be made without the lock.
"""

from __future__ import annotations

from dataclasses import replace
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_event_id, new_id
from app.db.models import Registration
from app.db.models.enums import ForumStatus, RegistrationCategory, RegistrationStatus, SessionStatus
from app.domain.audit.services import Audit
from app.domain.registrations.rules import Caller, check_window, new_ticket_code
from app.domain.registrations.seat_repositories import SeatRepository, Seats
from app.lib.errors import ConflictError, NotFoundError
from app.lib.principal import Principal

# Drafts are the organizers' alone: anyone else is told there is no such session.
DRAFT = "draft"


async def _promote(repository: SeatRepository, audit: Audit, seats: Seats) -> list[UUID]:
    count = seats.waitlisted if seats.free is None else min(seats.free, seats.waitlisted)
    if count <= 0:
        return []
    promoted = await repository.promote(seats.session_id, count)
    for registration_id in promoted:
        await audit.record(
            "promote",
            "registration",
            registration_id,
            forum_id=seats.forum_id,
            changes={"status": {"from": "waitlisted", "to": "confirmed"}},
        )
    return promoted


async def rebalance_session_seats(db_session: AsyncSession, session_id: UUID, audit: Audit) -> list[UUID]:
    """Give the session's free seats to the first of its waitlist, in order; answers who was promoted.

    For writers that change a session's capacity (update_session): call it in the same transaction, after the
    new capacity is flushed. A capacity lowered below the confirmed count promotes nobody and evicts nobody.
    """
    repository = SeatRepository(db_session)
    seats = await repository.lock_seats(session_id)
    if seats is None:
        return []
    return await _promote(repository, audit, seats)


class SeatService:
    def __init__(self, repository: SeatRepository, caller: Caller, audit: Audit, principal: Principal) -> None:
        self.repository = repository
        self.caller = caller
        self.audit = audit
        self.principal = principal

    async def register(self, session_id: UUID, category: RegistrationCategory) -> Registration:
        # The account's person, made now on its first registration: one statement either way, before the lock.
        # A second seat of the same person is refused inside the seat statement (ON CONFLICT), not looked up
        # first: that would be one more round trip for every registration to spare the rare duplicate one.
        person_id = await self.caller.make_person()
        taken = await self.repository.take_seat(
            session_id,
            registration_id=new_id(),
            person_id=person_id,
            category=category,
            ticket_code=new_ticket_code(),
            event_id=new_event_id(),
            actor_user_id=self.principal.user_id,
            actor_api_key_id=self.principal.api_key_id,
        )
        seats = taken.seats
        if seats is None or (
            DRAFT in {seats.forum_status, seats.session_status} and not self.principal.organizes(seats.forum_id)
        ):
            raise NotFoundError(f"no session {session_id}")
        if taken.registration is not None:
            return taken.registration
        # Nothing was taken: say why, from the seats as the statement saw them.
        if seats.session_status is not SessionStatus.PUBLISHED or seats.forum_status is not ForumStatus.PUBLISHED:
            raise ConflictError("this session is not open for registration (it is a draft, cancelled or over)")
        if taken.forum_over or taken.session_over:
            raise ConflictError(f"this {'forum' if taken.forum_over else 'session'} is over: it takes no registrations")
        check_window(seats.opens_at, seats.closes_at, at=taken.at)
        if taken.gated and not taken.admitted:
            raise ConflictError(
                "this forum admits registered attendees only (it approves them, or has a capacity): a seat on its "
                "sessions needs your confirmed registration for the forum (register_for_forum; a pending one "
                "waits for the organizers)"
            )
        raise ConflictError("you are already registered for this session (cancel that registration first)")

    async def release(self, registration: Registration) -> tuple[Registration, RegistrationStatus, list[UUID]]:
        """Cancel a session registration: its seat goes to the first waitlisted, or the waitlist closes up."""
        assert registration.session_id is not None  # noqa: S101 - callers pass session registrations only
        # Session first, then the registration: the order every seat decision takes its locks in.
        seats = await self.repository.lock_seats(registration.session_id)
        locked = await self.caller.repository.get(registration.id, lock=True)
        if seats is None or locked is None:  # pragma: no cover - cascaded away by a concurrent delete
            raise NotFoundError(f"no registration {registration.id}")
        was, position = locked.status, locked.waitlist_position
        if was not in {RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED}:
            raise ConflictError(f"this registration is {was}; only an active one can be cancelled")
        locked.status, locked.waitlist_position = RegistrationStatus.CANCELLED, None
        await self.caller.repository.flush()
        promoted: list[UUID] = []
        if was is RegistrationStatus.WAITLISTED and position is not None:
            await self.repository.close_gap(registration.session_id, after=position)
        else:
            after = replace(seats, confirmed=seats.confirmed - 1)
            promoted = await _promote(self.repository, self.audit, after)
        return locked, was, promoted
