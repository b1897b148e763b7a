"""The seat path: the statements that decide who gets a seat, kept few because every one of them runs while the
session's row is locked and every other registration for that session waits.

QURULTAY_TEST_UNSAFE_NO_SEAT_LOCK=1 makes `lock_seats` read without locking. It exists only so a control test
can show that the concurrency test sees an oversold session when seat decisions are not serialized; never set
it anywhere else. It is read once, here, and deliberately not a documented setting.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Forum, ForumSession, Registration, User
from app.db.models.enums import ForumStatus, RegistrationStatus, SessionStatus
from app.domain.registrations.repositories import ACTIVE

UNSAFE_NO_SEAT_LOCK = os.environ.get("QURULTAY_TEST_UNSAFE_NO_SEAT_LOCK") == "1"


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

    async def seat_holder(self, user_id: UUID, session_id: UUID) -> tuple[UUID | None, bool]:
        """The account's person (None before its first registration) and whether it already holds an active
        registration for the session: one round trip, before the lock."""
        active = exists().where(
            Registration.session_id == session_id,
            Registration.person_id == User.person_id,
            Registration.status.in_(ACTIVE),
        )
        row = (await self.session.execute(select(User.person_id, active).where(User.id == user_id))).one()
        return row[0], bool(row[1])

    async def add(self, registration: Registration) -> None:
        self.session.add(registration)
        await self.session.flush()

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
