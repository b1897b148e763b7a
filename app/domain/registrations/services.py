"""Registering for forums and seats, cancelling, approving and rejecting, and the lists of registrations. One
transaction per request, every write audited; a registration the caller may not see is 404, whatever its id
(access.py). Delegations, tickets and the agenda have files of their own.

Seats on a session: confirmed while seats remain, then waitlisted in arrival order; a freed seat goes to the
first of the waitlist in the same transaction. A session that is over (or of a forum that is over) takes no
seats; a forum that approves or counts its attendees gives seats on its sessions only to those it confirmed.
Every decision for a session is made under its row lock (SeatRepository.take_seat for a new seat, lock_seats
for a cancellation or a raised capacity, seats.py), so decisions for one session happen one at a time and each
sees the last one's result; the database refuses a confirmed count past capacity and a waitlist position held
twice, should a decision ever be made without the lock.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import replace
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_event_id, new_id
from app.db.models import Forum, Registration
from app.db.models.enums import ForumStatus, RegistrationCategory, RegistrationStatus
from app.domain.audit.services import Audit, created
from app.domain.registrations.access import Caller
from app.domain.registrations.inputs import RegistrationFilter
from app.domain.registrations.queries import RegistrationQueries
from app.domain.registrations.repositories import ForumRefusal, RegistrationRepository
from app.domain.registrations.schemas import (
    CancelResult,
    MyRegistrationPage,
    RegistrationPage,
    RegistrationRow,
    RegistrationView,
)
from app.domain.registrations.seats import SeatRefusal, SeatRepository, Seats
from app.domain.registrations.tickets import new_ticket_code
from app.lib.errors import ConflictError, NotFoundError
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal

FORUM_CURSOR = "forum-registrations"
MY_CURSOR = "my-registrations"
CSV_COLUMNS = (
    "registration_id", "session_id", "person_id", "full_name", "email", "phone", "organization_id",
    "category", "status", "waitlist_position", "checked_in_at", "created_at",
)  # fmt: skip
# Drafts are the organizers' alone: anyone else is told there is no such session.
DRAFT = "draft"


# One wording for the window, whichever statement refused: the forum's own registration or a seat (TAKE_SEAT).
def _opens_later(opens_at: datetime.datetime | None) -> ConflictError:
    assert opens_at is not None  # noqa: S101 - refused for its window, so it has one
    return ConflictError(f"registration opens at {opens_at.isoformat()}")


def _closed(closes_at: datetime.datetime | None) -> ConflictError:
    assert closes_at is not None  # noqa: S101 - refused for its window, so it has one
    return ConflictError(f"registration closed at {closes_at.isoformat()}")


def open_forum(found: tuple[Forum, ForumRefusal | None] | None, forum_id: UUID, principal: Principal) -> Forum:
    """The forum (RegistrationRepository.forum_to_join), if it takes registrations now: 404 for a draft (unless
    the caller organizes it), else 409 saying why, as the statement decided it."""
    if found is None or (found[0].status is ForumStatus.DRAFT and not principal.organizes(forum_id)):
        raise NotFoundError(f"no forum {forum_id}")
    forum, refusal = found
    if forum.status is not ForumStatus.PUBLISHED:
        raise ConflictError(f"this forum is {forum.status} and takes no registrations")
    match refusal:
        case ForumRefusal.OVER:
            ended = forum.ends_on.isoformat()
            raise ConflictError(f"this forum is over (it ended on {ended}): it takes no registrations")
        case ForumRefusal.NOT_YET_OPEN:
            raise _opens_later(forum.registration_opens_at)
        case ForumRefusal.CLOSED:
            raise _closed(forum.registration_closes_at)
    return forum


def check_capacity(forum: Forum, held: int, wanted: int) -> None:
    if forum.capacity is not None and held + wanted > forum.capacity:
        left = max(forum.capacity - held, 0)
        raise ConflictError(f"the forum is full: {left} of its {forum.capacity} places left, {wanted} asked for")


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


def _refused(refusal: SeatRefusal | None, seats: Seats) -> ConflictError:
    """The error for why TAKE_SEAT took no seat, as the statement decided it (seats.py)."""
    match refusal:
        case SeatRefusal.NOT_OPEN:
            return ConflictError("this session is not open for registration (it is a draft, cancelled or over)")
        case SeatRefusal.FORUM_OVER | SeatRefusal.SESSION_OVER:
            over = "forum" if refusal is SeatRefusal.FORUM_OVER else "session"
            return ConflictError(f"this {over} is over: it takes no registrations")
        case SeatRefusal.NOT_YET_OPEN:
            return _opens_later(seats.opens_at)
        case SeatRefusal.CLOSED:
            return _closed(seats.closes_at)
        case SeatRefusal.NOT_ADMITTED:
            return ConflictError(
                "this forum admits registered attendees only (it approves them, or has a capacity): a seat on its "
                "sessions needs your confirmed registration for the forum (register_for_forum; a pending one "
                "waits for the organizers)"
            )
        case SeatRefusal.HELD:
            return ConflictError("you are already registered for this session (cancel that registration first)")
    raise AssertionError(f"TAKE_SEAT took no seat and gave no reason it knows ({refusal})")  # pragma: no cover


def _cell(value: object) -> str:
    text = "" if value is None else str(getattr(value, "value", value))
    # A cell starting with these is run as a formula by spreadsheets (CSV injection): quote it as text.
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


class RegistrationService:
    def __init__(
        self,
        repository: RegistrationRepository,
        queries: RegistrationQueries,
        seats: SeatRepository,
        caller: Caller,
        audit: Audit,
        principal: Principal,
    ) -> None:
        self.repository = repository
        self.queries = queries
        self.seats = seats
        self.caller = caller
        self.audit = audit
        self.principal = principal

    async def register_for_forum(self, forum_id: UUID, category: RegistrationCategory) -> RegistrationView:
        person_id = await self.caller.person_id(create=True)
        assert person_id is not None  # noqa: S101 - the route is for people, who always have an account
        # Locked: capacity is decided one registration at a time.
        forum = open_forum(await self.repository.forum_to_join(forum_id), forum_id, self.principal)
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
        # The account's person, made now on its first registration: one statement either way, before the lock.
        # A second seat of the same person is refused inside the seat statement (ON CONFLICT), not looked up
        # first: that would be one more round trip for every registration to spare the rare duplicate one.
        person_id = await self.caller.make_person()
        taken = await self.seats.take_seat(
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
            return RegistrationView.of(taken.registration)
        raise _refused(taken.refusal, seats)

    async def get(self, registration_id: UUID) -> RegistrationView:
        return RegistrationView.of(await self.caller.visible(registration_id))

    async def cancel(self, registration_id: UUID) -> CancelResult:
        registration = await self.caller.visible(registration_id)
        promoted: list[UUID] = []
        if registration.session_id is not None:
            registration, was, promoted = await self._release_seat(registration)
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

    async def _release_seat(self, registration: Registration) -> tuple[Registration, RegistrationStatus, list[UUID]]:
        """Cancel a session registration: its seat goes to the first waitlisted, or the waitlist closes up."""
        assert registration.session_id is not None  # noqa: S101 - callers pass session registrations only
        # Session first, then the registration: the order every seat decision takes its locks in.
        seats = await self.seats.lock_seats(registration.session_id)
        locked = await self.repository.get(registration.id, lock=True)
        if seats is None or locked is None:  # pragma: no cover - cascaded away by a concurrent delete
            raise NotFoundError(f"no registration {registration.id}")
        was, position = locked.status, locked.waitlist_position
        if was not in {RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED}:
            raise ConflictError(f"this registration is {was}; only an active one can be cancelled")
        locked.status, locked.waitlist_position = RegistrationStatus.CANCELLED, None
        await self.repository.flush()
        promoted: list[UUID] = []
        if was is RegistrationStatus.WAITLISTED and position is not None:
            await self.seats.close_gap(registration.session_id, after=position)
        else:
            after = replace(seats, confirmed=seats.confirmed - 1)
            promoted = await _promote(self.seats, self.audit, after)
        return locked, was, promoted

    async def approve(self, registration_id: UUID) -> RegistrationView:
        """An organizer confirms a pending registration."""
        return await self._decide(registration_id, RegistrationStatus.CONFIRMED, "approve")

    async def reject(self, registration_id: UUID) -> RegistrationView:
        """An organizer rejects a pending registration."""
        return await self._decide(registration_id, RegistrationStatus.REJECTED, "reject")

    async def _decide(self, registration_id: UUID, decision: RegistrationStatus, action: str) -> RegistrationView:
        registration = await self.repository.get(registration_id, lock=True)
        if registration is None or not self.principal.organizes(registration.forum_id):
            raise NotFoundError(f"no registration {registration_id} of a forum you organize")
        if registration.status is not RegistrationStatus.PENDING:
            raise ConflictError(f"this registration is {registration.status}; only a pending one can be decided")
        registration.status = decision
        await self.repository.flush()
        await self.audit.record(
            action,
            "registration",
            registration_id,
            forum_id=registration.forum_id,
            changes={"status": {"from": "pending", "to": registration.status.value}},
        )
        return RegistrationView.of(registration)

    async def mine(self, *, limit: int, cursor: str | None) -> MyRegistrationPage:
        """Every registration of the caller's person, for forums and sessions, oldest first."""
        after = decode_cursor(MY_CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        person_id = await self.caller.person_id()
        if person_id is None:
            return MyRegistrationPage(items=[], next=None)
        rows = await self.queries.of_person(person_id, after=after, limit=limit + 1)
        items, next_cursor = split_page([RegistrationView.of(row) for row in rows], limit, MY_CURSOR, lambda v: (v.id,))
        return MyRegistrationPage(items=items, next=next_cursor)

    async def _scope(self, forum_id: UUID, where: RegistrationFilter) -> RegistrationFilter:
        """Organizers see every registration of their forum, with contact data; a partner only its own
        delegates, and the contact data only of those who work for it now (CONTRIBUTING.md, Access)."""
        forum = await self.repository.forum(forum_id)
        organizes = self.principal.organizes(forum_id)
        if forum is None or (forum.status is ForumStatus.DRAFT and not organizes):
            raise NotFoundError(f"no forum {forum_id}")
        if organizes:
            return where
        if not self.principal.member_of:
            raise NotFoundError(f"no forum {forum_id} whose registrations you may read")
        return replace(
            where,
            organizations=tuple(sorted(self.principal.member_of)),
            contact_of=tuple(sorted(self.principal.member_of)),
        )

    async def of_forum(
        self, forum_id: UUID, where: RegistrationFilter, *, limit: int, cursor: str | None
    ) -> RegistrationPage:
        scope = await self._scope(forum_id, where)
        after = decode_cursor(FORUM_CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        rows = await self.queries.page(forum_id, scope, after=after, limit=limit + 1)
        items, next_cursor = split_page(
            [RegistrationRow.of(registration, person, sees_contact=sees) for registration, person, sees in rows],
            limit,
            FORUM_CURSOR,
            lambda last: (last.registration.id,),
        )
        return RegistrationPage(items=items, next=next_cursor)

    async def of_forum_csv(self, forum_id: UUID, where: RegistrationFilter) -> str:
        """Every matching registration, oldest first, one CSV row each (RFC 4180, a header row first)."""
        scope = await self._scope(forum_id, where)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for registration, person, sees in await self.queries.page(forum_id, scope, after=None, limit=None):
            email, phone = (person.email, person.phone) if sees else (None, None)
            writer.writerow(
                _cell(value)
                for value in (
                    registration.id, registration.session_id, person.id, person.full_name, email, phone,
                    registration.organization_id, registration.category, registration.status,
                    registration.waitlist_position,
                    registration.checked_in_at.isoformat() if registration.checked_in_at else None,
                    registration.created_at.isoformat(),
                )
            )  # fmt: skip
        return out.getvalue()
