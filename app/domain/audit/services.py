"""Every write records who did what to which object, and the change; deletions leave a tombstone.

Services call `Audit.record` in the request's transaction, so an event exists exactly when its write does.
An event's `changes` are {"field": {"from": old, "to": new}}: `diff` for a change, `created` for a new object
(from null, fields that are null left out). The statements that create and audit in one round trip write the
same event in SQL with `created_event_sql` (audit/repositories.py): that is the shape's one other definition.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from app.db.base import new_event_id
from app.db.models import AuditEvent, Tombstone
from app.domain.audit.repositories import AuditRepository
from app.domain.audit.schemas import AuditEventPage, AuditEventView
from app.lib.errors import BadRequestError, FieldError
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal

AUDIT_CURSOR = "audit-events"


def _plain(value: object) -> object:
    """A column value as JSON can hold it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """{"field": {"from": old, "to": new}} for each field that changed."""
    return {
        name: {"from": _plain(before.get(name)), "to": _plain(value)}
        for name, value in after.items()
        if _plain(before.get(name)) != _plain(value)
    }


def created(fields: Mapping[str, Any]) -> dict[str, Any]:
    """{"field": {"from": None, "to": value}} for each field that has a value (SQL: `created_event_sql`)."""
    return {name: {"from": None, "to": _plain(value)} for name, value in fields.items() if value is not None}


class Audit:
    def __init__(self, repository: AuditRepository, principal: Principal) -> None:
        self.repository = repository
        self.principal = principal

    async def record(
        self,
        action: str,
        object_type: str,
        object_id: UUID,
        *,
        forum_id: UUID | None,
        changes: dict[str, Any] | None = None,
    ) -> None:
        await self.repository.add(
            AuditEvent(
                id=new_event_id(),
                actor_user_id=self.principal.user_id,
                actor_api_key_id=self.principal.api_key_id,
                action=action,
                object_type=object_type,
                object_id=object_id,
                forum_id=forum_id,
                changes=changes or {},
            )
        )

    async def deleted(self, object_type: str, object_id: UUID, *, forum_id: UUID | None) -> None:
        """Record the deletion and who made it (the change log's trigger tells syncing clients, migration 0006)."""
        await self.record("delete", object_type, object_id, forum_id=forum_id)
        await self.repository.add_tombstone(
            Tombstone(
                object_id=object_id,
                object_type=object_type,
                forum_id=forum_id,
                deleted_by_user_id=self.principal.user_id,
                deleted_by_api_key_id=self.principal.api_key_id,
            )
        )


class AuditQueryService:
    def __init__(self, repository: AuditRepository, principal: Principal) -> None:
        self.repository = repository
        self.principal = principal

    async def list_events(
        self,
        *,
        object_id: UUID | None,
        actor_id: UUID | None,
        since: datetime.datetime | None,
        limit: int,
        cursor: str | None,
    ) -> AuditEventPage:
        if since is not None and since.tzinfo is None:
            raise BadRequestError(
                "since needs a time zone (an RFC 3339 time such as 2025-11-24T09:00:00Z)",
                errors=[FieldError(source="query", field="since", message="has no time zone")],
            )
        after = decode_cursor(AUDIT_CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        # Organizers read the events of the forums they organize; platform admins read everything.
        forum_ids = None if self.principal.is_admin else sorted(self.principal.organizer_of)
        rows = await self.repository.page(
            forum_ids=forum_ids,
            object_id=object_id,
            actor_id=actor_id,
            since=since,
            after=after,
            limit=limit + 1,
        )
        items, next_cursor = split_page(
            [AuditEventView.from_row(row) for row in rows], limit, AUDIT_CURSOR, lambda last: (last.id,)
        )
        return AuditEventPage(items=items, next=next_cursor)
