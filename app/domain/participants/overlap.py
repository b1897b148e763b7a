"""Finding, and refusing, a speaker on two overlapping sessions. Shared by participant writes and session
writes (a session whose times or status change can make its speakers overlap another session).

Use:
    overlap = SpeakerOverlapRepository(db_session)
    if conflict := await overlap.find(session_id=..., starts_at=..., ends_at=..., person_ids=[...]):
        raise SpeakerConflictError.of(conflict, field="person_id")    # the clear, common case
    async with overlap.refusing(session_id=..., starts_at=..., ends_at=..., person_ids=[...], field="..."):
        ...make the change here (set attributes, add rows)...             # the race, refused by the database

Only call `find` for a booking that counts: the session live (not cancelled) and timed, the invitation
invited or confirmed. That is the constraint's own WHERE.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.db.errors import ConstraintViolation, savepoint
from app.db.models import ForumSession, Person, SessionParticipant
from app.db.models.enums import InvitationState, SessionStatus
from app.domain.participants.errors import SPEAKER_OVERLAP, SpeakerConflict, SpeakerConflictError

# The invitations that hold a speaker's time (declined and withdrawn ones do not).
BOOKED = (InvitationState.INVITED, InvitationState.CONFIRMED)


class SpeakerOverlapRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find(
        self,
        *,
        session_id: UUID,
        starts_at: datetime.datetime,
        ends_at: datetime.datetime,
        person_ids: Sequence[UUID] | None,
    ) -> SpeakerConflict | None:
        """Another live session overlapping [starts_at, ends_at) that one of these people is booked on.
        `person_ids` None: the people booked on `session_id` itself (its times are what change)."""
        other = aliased(SessionParticipant)
        people = (
            list(person_ids)
            if person_ids is not None
            else select(SessionParticipant.person_id).where(
                SessionParticipant.session_id == session_id, SessionParticipant.invitation.in_(BOOKED)
            )
        )
        statement = (
            select(
                other.person_id,
                Person.full_name,
                ForumSession.id,
                ForumSession.title,
                ForumSession.language,
                ForumSession.starts_at,
                ForumSession.ends_at,
            )
            .join(ForumSession, ForumSession.id == other.session_id)
            .join(Person, Person.id == other.person_id)
            .where(
                other.person_id.in_(people),
                other.invitation.in_(BOOKED),
                ForumSession.id != session_id,
                ForumSession.status != SessionStatus.CANCELLED,
                # Half-open, as the constraint's ranges are: back-to-back sessions do not overlap.
                ForumSession.starts_at < ends_at,
                ForumSession.ends_at > starts_at,
            )
            .order_by(ForumSession.starts_at, ForumSession.id)
            .limit(1)
        )
        row = (await self.session.execute(statement)).first()
        if row is None:
            return None
        return SpeakerConflict(
            person_id=row[0],
            full_name=row[1],
            session_id=row[2],
            title=row[3],
            language=row[4],
            starts_at=row[5],
            ends_at=row[6],
        )

    @asynccontextmanager
    async def refusing(
        self,
        *,
        session_id: UUID,
        starts_at: datetime.datetime | None,
        ends_at: datetime.datetime | None,
        person_ids: Sequence[UUID] | None,
        field: str,
    ) -> AsyncIterator[None]:
        """Flush the changes made inside the block in a savepoint (app/db/errors.py). If the exclusion
        constraint refuses them (a concurrent request booked the speaker after our check), raise
        SpeakerConflictError naming the session it found; any other refusal comes out as ConstraintViolation.

        Make the changes inside the block: pending changes are flushed before the savepoint opens, outside
        its protection. The savepoint keeps the transaction usable, so the other session can be looked up
        (it has committed: the constraint waited for it)."""
        try:
            async with savepoint(self.session):
                yield
        except ConstraintViolation as refused:
            if refused.constraint != SPEAKER_OVERLAP:
                raise
            conflict = None
            if starts_at is not None and ends_at is not None:
                conflict = await self.find(
                    session_id=session_id, starts_at=starts_at, ends_at=ends_at, person_ids=person_ids
                )
            raise SpeakerConflictError.of(conflict, field=field) from refused
