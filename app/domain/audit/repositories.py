from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent, Tombstone


def created_event_sql(
    *, object_type: str, object_id: str, forum_id: str, fields: Mapping[str, str], source: str
) -> str:
    """`Audit.record("create", ...)` with `created(...)`'s changes (audit/services.py), as SQL: for a statement
    that creates an object in a CTE and audits it in the same round trip (registrations' `_MAKE_PERSON` and
    `_TAKE_SEAT`), where the values are only known inside the statement.

    One event per row of `source`; `object_id`, `forum_id` and the `fields` (name: SQL expression) are SQL
    over it. The caller binds `:event_id`, `:actor_user_id` and `:actor_api_key_id`. A field whose value is
    NULL is left out, as `created` leaves out None.
    """
    changes = "\n           || ".join(
        f"CASE WHEN ({value}) IS NULL THEN jsonb_build_object()"
        f" ELSE jsonb_build_object('{name}', jsonb_build_object('from', NULL, 'to', {value})) END"
        for name, value in fields.items()
    )
    return f"""INSERT INTO audit_events (id, actor_user_id, actor_api_key_id, action, object_type, object_id, forum_id,
                              changes)
    SELECT CAST(:event_id AS uuid), CAST(:actor_user_id AS uuid), CAST(:actor_api_key_id AS uuid), 'create',
           '{object_type}', {object_id}, {forum_id}, {changes}
    FROM {source}"""


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
