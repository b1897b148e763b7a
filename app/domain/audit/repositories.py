from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, Tombstone


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, event: AuditEvent) -> None:
        self.session.add(event)
        await self.session.flush()

    async def add_tombstone(self, tombstone: Tombstone) -> None:
        self.session.add(tombstone)
        await self.session.flush()

    async def page(
        self,
        *,
        forum_ids: list[UUID] | None,
        object_id: UUID | None,
        actor_id: UUID | None,
        since: datetime.datetime | None,
        after: UUID | None,
        limit: int,
    ) -> list[AuditEvent]:
        """Newest first. `forum_ids` None means every forum (and objects of none); a list limits to those."""
        statement = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        criteria: list[Any] = []
        if forum_ids is not None:
            criteria.append(AuditEvent.forum_id.in_(forum_ids))
        if object_id is not None:
            criteria.append(AuditEvent.object_id == object_id)
        if actor_id is not None:
            criteria.append((AuditEvent.actor_user_id == actor_id) | (AuditEvent.actor_api_key_id == actor_id))
        if since is not None:
            criteria.append(AuditEvent.created_at >= since)
        if after is not None:
            criteria.append(AuditEvent.id < after)
        return list((await self.session.scalars(statement.where(*criteria))).all())
