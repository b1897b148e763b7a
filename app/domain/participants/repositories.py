"""Every query the participant writers make, through the request's ORM session."""

from __future__ import annotations

import datetime
from uuid import UUID

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Affiliation, ForumSession, Person, SessionParticipant, Statement


class ParticipantRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock_session(self, session_id: UUID) -> ForumSession | None:
        """The session, locked against other participant writes until the transaction ends: two additions to
        one session queue here, so "after the last" and "once per session" see each other. NO KEY: rows
        that only reference the session (statements) are not held up."""
        statement = select(ForumSession).where(ForumSession.id == session_id).with_for_update(key_share=True)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def lock(self, participant_id: UUID) -> SessionParticipant | None:
        statement = select(SessionParticipant).where(SessionParticipant.id == participant_id).with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def get_session(self, session_id: UUID) -> ForumSession | None:
        return await self.session.get(ForumSession, session_id)

    async def person_exists(self, person_id: UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(Person.id == person_id))))

    async def affiliation(self, affiliation_id: UUID) -> Affiliation | None:
        return await self.session.get(Affiliation, affiliation_id)

    async def current_affiliation(self, person_id: UUID, day: datetime.date) -> Affiliation | None:
        """The affiliation whose period includes `day` (the latest started, if several), else the latest
        open-ended one, else none."""
        includes_day = and_(
            or_(Affiliation.starts_on.is_(None), Affiliation.starts_on <= day),
            or_(Affiliation.ends_on.is_(None), Affiliation.ends_on >= day),
        )
        statement = (
            select(Affiliation)
            .where(Affiliation.person_id == person_id, or_(includes_day, Affiliation.ends_on.is_(None)))
            .order_by(includes_day.desc(), Affiliation.starts_on.desc().nulls_last(), Affiliation.id.desc())
            .limit(1)
        )
        return (await self.session.scalars(statement)).first()

    async def next_position(self, session_id: UUID) -> int:
        last = await self.session.scalar(
            select(func.max(SessionParticipant.position)).where(SessionParticipant.session_id == session_id)
        )
        return 1 if last is None else last + 1

    async def on_session(self, session_id: UUID, person_id: UUID) -> bool:
        criteria = (SessionParticipant.session_id == session_id, SessionParticipant.person_id == person_id)
        return bool(await self.session.scalar(select(exists().where(*criteria))))

    async def has_statements(self, participant_id: UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(Statement.participant_id == participant_id))))

    def add(self, row: SessionParticipant) -> None:
        """Added, flushed by the caller's savepoint (app/domain/participants/overlap.py)."""
        self.session.add(row)

    async def delete(self, row: SessionParticipant) -> None:
        await self.session.delete(row)
        await self.session.flush()
