"""Every query the forum and room writers make, through the request's ORM session."""

from __future__ import annotations

import datetime
from uuid import UUID

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Forum, ForumOrganizer, ForumOrganizerGrant, ForumSession, Organization, Room


class ForumRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock(self, forum_id: UUID) -> Forum | None:
        """The forum, locked until the transaction ends: concurrent writers of it queue here."""
        statement = select(Forum).where(Forum.id == forum_id).with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def add(self, row: Forum | Room) -> None:
        self.session.add(row)
        await self.session.flush()

    async def delete(self, row: Forum | Room) -> None:
        await self.session.delete(row)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()

    async def slug_taken(self, slug: str, *, other_than: UUID | None = None) -> bool:
        criteria = [Forum.slug == slug] + ([Forum.id != other_than] if other_than is not None else [])
        return bool(await self.session.scalar(select(exists().where(*criteria))))

    async def existing_organizations(self, ids: list[UUID]) -> set[UUID]:
        found = await self.session.scalars(select(Organization.id).where(Organization.id.in_(ids)))
        return set(found)

    async def organizer_ids(self, forum_id: UUID) -> list[UUID]:
        statement = (
            select(ForumOrganizer.organization_id)
            .where(ForumOrganizer.forum_id == forum_id)
            .order_by(ForumOrganizer.position, ForumOrganizer.organization_id)
        )
        return list(await self.session.scalars(statement))

    async def set_organizers(self, forum_id: UUID, organization_ids: list[UUID]) -> None:
        await self.session.execute(delete(ForumOrganizer).where(ForumOrganizer.forum_id == forum_id))
        for position, organization_id in enumerate(organization_ids):
            self.session.add(ForumOrganizer(forum_id=forum_id, organization_id=organization_id, position=position))
        await self.session.flush()

    async def grant_organizer(self, forum_id: UUID, user_id: UUID) -> None:
        await self.session.execute(
            insert(ForumOrganizerGrant)
            .values(forum_id=forum_id, user_id=user_id, granted_by_id=user_id)
            .on_conflict_do_nothing()
        )

    async def session_outside(self, forum_id: UUID, starts_on: datetime.date, ends_on: datetime.date) -> UUID | None:
        """A session of the forum dated outside these days, if any."""
        statement = select(ForumSession.id).where(
            ForumSession.forum_id == forum_id, or_(ForumSession.day < starts_on, ForumSession.day > ends_on)
        )
        return (await self.session.scalars(statement.limit(1))).first()

    async def has_timed_sessions(self, forum_id: UUID) -> bool:
        criteria = (ForumSession.forum_id == forum_id, ForumSession.starts_at.is_not(None))
        return bool(await self.session.scalar(select(exists().where(*criteria))))

    async def lock_room(self, room_id: UUID) -> Room | None:
        statement = select(Room).where(Room.id == room_id).with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def room_name_taken(self, forum_id: UUID, name: str, *, other_than: UUID | None = None) -> bool:
        criteria = [Room.forum_id == forum_id, Room.name == name]
        if other_than is not None:
            criteria.append(Room.id != other_than)
        return bool(await self.session.scalar(select(exists().where(*criteria))))

    async def session_in_room(self, room_id: UUID) -> UUID | None:
        statement = select(ForumSession.id).where(ForumSession.room_id == room_id).limit(1)
        return (await self.session.scalars(statement)).first()
