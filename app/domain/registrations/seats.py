"""The seat path: the statements that decide who gets a seat, kept few because every one of them runs while the
session's row is locked and every other registration for that session waits. Apart from repositories.py because
they are the one place where a statement's cost is the session's throughput. Who may take a seat is decided in
TAKE_SEAT itself, which answers why when it takes none (SeatRefusal); services.py words the answer.

QURULTAY_TEST_UNSAFE_NO_SEAT_LOCK=1 makes `lock_seats` read without locking. It exists only so a control test
can show that the concurrency test sees an oversold session when seat decisions are not serialized; never set
it anywhere else. It is read once, here, and deliberately not a documented setting.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Forum, ForumSession, Registration
from app.db.models.enums import ForumStatus, RegistrationCategory, RegistrationStatus, SessionStatus
from app.db.models.forums import AFTER_WINDOW, BEFORE_WINDOW, OVER
from app.db.models.registrations import ACTIVE as ACTIVE_PREDICATE
from app.domain.audit.repositories import created_event_sql

UNSAFE_NO_SEAT_LOCK = os.environ.get("QURULTAY_TEST_UNSAFE_NO_SEAT_LOCK") == "1"
# Set only by the control of the order of arrival (test_registrations_order.py monkeypatches it; the env var is
# for measuring the same against real server processes): the row lock without the queue. Never set it.
UNSAFE_NO_SEAT_QUEUE = os.environ.get("QURULTAY_TEST_UNSAFE_NO_SEAT_QUEUE") == "1"


@dataclass(frozen=True, slots=True)
class Seats:
    """A session's seats as they stand under the lock, with what registering for it depends on."""

    session_id: UUID
    forum_id: UUID
    session_status: SessionStatus
    forum_status: ForumStatus
    opens_at: datetime.datetime | None
    closes_at: datetime.datetime | None
    capacity: int | None
    confirmed: int
    waitlisted: int

    @property
    def free(self) -> int | None:
        """Seats nobody holds (never negative: a capacity lowered below the count leaves none). None: no limit."""
        return None if self.capacity is None else max(self.capacity - self.confirmed, 0)


class SeatRefusal(StrEnum):
    """Why TAKE_SEAT took no seat, decided in the statement from what it saw under the lock: the one place these
    rules are written for a seat. In the order they are tested, the first that holds is the answer."""

    # The session or its forum is not published (a draft, cancelled, archived).
    NOT_OPEN = "not_open"
    FORUM_OVER = "forum_over"
    SESSION_OVER = "session_over"
    # Before the forum's registration window opens, or once it has closed.
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"
    # The forum approves or counts its attendees, and the person has no confirmed forum registration.
    NOT_ADMITTED = "not_admitted"
    # Every rule allowed it, and the person already holds an active seat on the session (ON CONFLICT).
    HELD = "held"


@dataclass(frozen=True, slots=True)
class SeatTaken:
    """What `take_seat` decided: the seats as they stood under the lock (None: no such session), and either the
    registration it made or why it made none."""

    seats: Seats | None
    registration: Registration | None
    refusal: SeatRefusal | None = None


# The whole seat decision as one statement: lock the session's row, decide confirmed or waitlisted from its
# counters, insert the registration and its audit event. Under contention every registration for the session
# waits for this lock, and it is held until commit: as one statement, nothing the server does between round trips
# (other requests' work on the same event loop) is spent holding it. That was most of the cost of the
# statement-per-step version (45 registrations/s on the benchmark, bench/README.md).
# A second active seat of the same person is not inserted (ON CONFLICT on the partial unique index) rather
# than failing the transaction. The audit event is `created_event_sql`'s (audit.record's shape, `created(...)`'s
# changes), made in the statement because the status and position are only known inside it. A refused seat's row
# says why (`refusal`, a SeatRefusal), so the service maps it to its error instead of re-deriving it.
_TAKE_SEAT = """
WITH seat AS (
    SELECT s.id AS session_id, s.forum_id, s.status AS session_status, f.status AS forum_status,
           f.registration_opens_at AS opens_at, f.registration_closes_at AS closes_at,
           s.capacity, s.confirmed_count AS confirmed, s.waitlist_length AS waitlisted,
           {forum_over} AS forum_over,
           {before_window} AS before_window, {after_window} AS after_window,
           -- Over: a session after its end (untimed: its day), in the forum's zone.
           statement_timestamp() >= coalesce(s.ends_at, CAST(s.day + 1 AS timestamp) AT TIME ZONE f.timezone)
               AS session_over,
           -- A forum that approves its attendees, or counts them, admits to its sessions only those it admits.
           (f.requires_approval OR f.capacity IS NOT NULL) AS gated,
           EXISTS (
               SELECT FROM registrations fr
               WHERE fr.forum_id = s.forum_id AND fr.session_id IS NULL
                 AND fr.person_id = CAST(:person_id AS uuid) AND fr.status = 'confirmed'
           ) AS admitted
    FROM forum_sessions s JOIN forums f ON f.id = s.forum_id
    WHERE s.id = CAST(:session_id AS uuid){queue}
    {lock}
), decision AS (
    -- Why no seat, if any (SeatRefusal: its order is the order of these tests).
    SELECT seat.*,
           CASE WHEN session_status <> 'published' OR forum_status <> 'published' THEN 'not_open'
                WHEN forum_over THEN 'forum_over'
                WHEN session_over THEN 'session_over'
                WHEN before_window THEN 'not_yet_open'
                WHEN after_window THEN 'closed'
                WHEN gated AND NOT admitted THEN 'not_admitted'
           END AS refusal,
           (capacity IS NULL OR confirmed < capacity) AS confirm
    FROM seat
), inserted AS (
    INSERT INTO registrations (id, forum_id, session_id, person_id, category, status, waitlist_position, ticket_code)
    SELECT CAST(:registration_id AS uuid), forum_id, session_id, CAST(:person_id AS uuid), :category,
           CASE WHEN confirm THEN 'confirmed' ELSE 'waitlisted' END,
           CASE WHEN confirm THEN NULL ELSE waitlisted + 1 END,
           :ticket_code
    FROM decision
    WHERE refusal IS NULL
    ON CONFLICT (session_id, person_id) WHERE session_id IS NOT NULL AND {active} DO NOTHING
    RETURNING *
), audited AS (
    {audited}
)
SELECT decision.session_id, decision.forum_id, decision.session_status, decision.forum_status, decision.opens_at,
       decision.closes_at, decision.capacity, decision.confirmed, decision.waitlisted,
       -- Allowed, yet not inserted: the conflict with the person's active seat.
       coalesce(decision.refusal, CASE WHEN inserted.id IS NULL THEN 'held' END) AS refusal,
       inserted.id, inserted.person_id, inserted.organization_id, inserted.category, inserted.status,
       inserted.waitlist_position, inserted.ticket_code, inserted.checked_in_at, inserted.created_at,
       inserted.updated_at
FROM decision LEFT JOIN inserted ON true
"""
# The session's queue: requests for a seat wait here, first come first served, before the row lock. PostgreSQL
# grants a heavyweight lock to its waiters in the order they asked, and a newcomer waits behind them; a row lock
# does not keep that order, because each seat decision writes a new version of the session's row (the counters)
# and a request arriving then can lock the new version ahead of those still waiting on the old one. Without the
# queue, a request that arrived third could be decided hundredth (issue 13). As a scalar subquery (an InitPlan:
# a one-time filter under the row locking, so evaluated before it); an EXISTS would be planned away, call and
# all. The two-key form keeps it apart from the one-key locks of the idempotency keys; two sessions whose ids
# hash alike share a queue, which costs them only some waiting.
SEAT_QUEUE = 7301
_QUEUE = f"""
      AND (SELECT CAST(pg_advisory_xact_lock({SEAT_QUEUE}, hashtext(CAST(:session_id AS text))) AS text)) = ''"""
# The registration's audit event, as `Audit.record` with `created(...)` would write it.
_AUDITED = created_event_sql(
    object_type="registration",
    object_id="inserted.id",
    forum_id="inserted.forum_id",
    fields={
        name: f"inserted.{name}" for name in ("session_id", "person_id", "category", "status", "waitlist_position")
    },
    source="inserted",
)
_RULES = {
    "active": ACTIVE_PREDICATE,
    "audited": _AUDITED,
    **{
        name: rule.format(forum="f", at="statement_timestamp()")
        for name, rule in (("forum_over", OVER), ("before_window", BEFORE_WINDOW), ("after_window", AFTER_WINDOW))
    },
}
TAKE_SEAT = text(_TAKE_SEAT.format(queue=_QUEUE, lock="FOR UPDATE OF s", **_RULES))
TAKE_SEAT_UNLOCKED = text(_TAKE_SEAT.format(queue="", lock="", **_RULES))
# Only for the control test of the order of arrival (test_registrations_order.py): the row lock alone.
TAKE_SEAT_UNQUEUED = text(_TAKE_SEAT.format(queue="", lock="FOR UPDATE OF s", **_RULES))


class SeatRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock_seats(self, session_id: UUID) -> Seats | None:
        """The session's seats, its row locked until the transaction ends: seat decisions for one session are
        made one at a time. The counters are columns of the locked row, so they are read after the lock is
        granted (a subquery would read a snapshot taken before waiting, and miss the writer waited for)."""
        statement = (
            select(
                ForumSession.id,
                ForumSession.forum_id,
                ForumSession.status,
                Forum.status,
                Forum.registration_opens_at,
                Forum.registration_closes_at,
                ForumSession.capacity,
                ForumSession.confirmed_count,
                ForumSession.waitlist_length,
            )
            .join(Forum, Forum.id == ForumSession.forum_id)
            .where(ForumSession.id == session_id)
        )
        if not UNSAFE_NO_SEAT_LOCK:
            statement = statement.with_for_update(of=ForumSession)
        row = (await self.session.execute(statement)).one_or_none()
        return None if row is None else Seats(*row)

    async def take_seat(
        self,
        session_id: UUID,
        *,
        registration_id: UUID,
        person_id: UUID,
        category: RegistrationCategory,
        ticket_code: str,
        event_id: UUID,
        actor_user_id: UUID | None,
        actor_api_key_id: UUID | None,
    ) -> SeatTaken:
        """Decide and take a seat on the session in one statement (see _TAKE_SEAT)."""
        result = await self.session.execute(
            TAKE_SEAT_UNLOCKED if UNSAFE_NO_SEAT_LOCK else TAKE_SEAT_UNQUEUED if UNSAFE_NO_SEAT_QUEUE else TAKE_SEAT,
            {
                "session_id": session_id,
                "registration_id": registration_id,
                "person_id": person_id,
                "category": category.value,
                "ticket_code": ticket_code,
                "event_id": event_id,
                "actor_user_id": actor_user_id,
                "actor_api_key_id": actor_api_key_id,
            },
        )
        row = result.mappings().one_or_none()
        if row is None:
            return SeatTaken(seats=None, registration=None)
        seats = Seats(
            session_id=row["session_id"],
            forum_id=row["forum_id"],
            session_status=SessionStatus(row["session_status"]),
            forum_status=ForumStatus(row["forum_status"]),
            opens_at=row["opens_at"],
            closes_at=row["closes_at"],
            capacity=row["capacity"],
            confirmed=row["confirmed"],
            waitlisted=row["waitlisted"],
        )
        if row["refusal"] is not None:
            return SeatTaken(seats=seats, registration=None, refusal=SeatRefusal(row["refusal"]))
        registration = Registration(
            id=row["id"],
            forum_id=seats.forum_id,
            session_id=seats.session_id,
            person_id=row["person_id"],
            organization_id=row["organization_id"],
            category=RegistrationCategory(row["category"]),
            status=RegistrationStatus(row["status"]),
            waitlist_position=row["waitlist_position"],
            ticket_code=row["ticket_code"],
            checked_in_at=row["checked_in_at"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )
        return SeatTaken(seats=seats, registration=registration)

    async def promote(self, session_id: UUID, count: int) -> list[UUID]:
        """Confirm the first `count` of the waitlist and move everyone behind them up: answers the promoted, in
        waitlist order. The caller holds the session's lock and knows there are `count` free seats."""
        first = (
            select(Registration.id, Registration.waitlist_position)
            .where(
                Registration.session_id == session_id,
                Registration.status == RegistrationStatus.WAITLISTED,
                Registration.waitlist_position <= count,
            )
            .subquery()
        )
        promoted = await self.session.execute(
            update(Registration)
            .where(Registration.id == first.c.id)
            .values(status=RegistrationStatus.CONFIRMED, waitlist_position=None, updated_at=func.now())
            .returning(Registration.id, first.c.waitlist_position)
            .execution_options(synchronize_session=False)
        )
        ids = [row.id for row in sorted(promoted, key=lambda row: row.waitlist_position)]
        await self.close_gap(session_id, after=0, by=len(ids))
        return ids

    async def close_gap(self, session_id: UUID, *, after: int, by: int = 1) -> None:
        """Move up everyone waitlisted behind position `after` by `by` places: positions stay 1..n."""
        if by == 0:
            return
        await self.session.execute(
            update(Registration)
            .where(
                Registration.session_id == session_id,
                Registration.status == RegistrationStatus.WAITLISTED,
                Registration.waitlist_position > after,
            )
            .values(waitlist_position=Registration.waitlist_position - by, updated_at=func.now())
            .execution_options(synchronize_session=False)
        )
