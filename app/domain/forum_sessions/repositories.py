"""Every query the session writers make, through the request's ORM session.

Inserts and updates go through `savepoint` as Core statements, so a race the service's checks could not see
(two organizers booking one room at once) comes back as ConstraintViolation with the transaction still usable,
and the service can name the session the write collided with.
"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import delete, exists, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.errors import savepoint
from app.db.models import Forum, ForumSession, Registration, Room, Statement
from app.db.models.enums import SessionStatus
from app.db.models.registrations import ACTIVE_STATUSES


class SessionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def forum_for_sessions(self, forum_id: UUID) -> Forum | None:
        """The forum, share-locked: its dates and time zone cannot change while a session is placed in them."""
        statement = select(Forum).where(Forum.id == forum_id).with_for_update(read=True)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def lock(self, session_id: UUID) -> ForumSession | None:
        """The session, locked until the transaction ends: concurrent writers of it queue here."""
        statement = select(ForumSession).where(ForumSession.id == session_id).with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def room(self, room_id: UUID) -> Room | None:
        return await self.session.get(Room, room_id)

    async def insert(self, values: dict[str, Any]) -> None:
        async with savepoint(self.session):
            await self.session.execute(insert(ForumSession).values(**values))

    async def update(self, session_id: UUID, values: dict[str, Any]) -> None:
        async with savepoint(self.session):
            statement = update(ForumSession).where(ForumSession.id == session_id).values(**values)
            await self.session.execute(statement.execution_options(synchronize_session=False))

    async def delete(self, session_id: UUID) -> None:
        await self.session.execute(delete(ForumSession).where(ForumSession.id == session_id))

    async def room_taken_by(
        self, room_id: UUID, starts_at: datetime.datetime, ends_at: datetime.datetime, *, other_than: UUID | None
    ) -> ForumSession | None:
        """A live session in the room at overlapping times (half-open: back-to-back is fine)."""
        criteria = [
            ForumSession.room_id == room_id,
            ForumSession.status != SessionStatus.CANCELLED,
            ForumSession.starts_at < ends_at,
            ForumSession.ends_at > starts_at,
        ]
        if other_than is not None:
            criteria.append(ForumSession.id != other_than)
        statement = select(ForumSession).where(*criteria).order_by(ForumSession.starts_at).limit(1)
        return (await self.session.scalars(statement)).first()

    async def has_statements(self, session_id: UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(Statement.session_id == session_id))))

    async def active_registrations(self, session_id: UUID) -> int:
        statement = select(func.count()).select_from(Registration).where(Registration.session_id == session_id)
        return int(await self.session.scalar(statement.where(Registration.status.in_(ACTIVE_STATUSES))) or 0)
