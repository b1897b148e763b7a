from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from app.db.models import AuditEvent
from app.lib.schema import Schema


class Actor(Schema):
    """Who did it: a person's account or a partner organization's API key."""

    user_id: UUID | None
    api_key_id: UUID | None


class AuditEventView(Schema):
    id: UUID
    at: datetime.datetime
    actor: Actor
    action: str
    object_type: str
    object_id: UUID
    forum_id: UUID | None
    changes: dict[str, Any]

    @classmethod
    def from_row(cls, row: AuditEvent) -> AuditEventView:
        return cls(
            id=row.id,
            at=row.created_at,
            actor=Actor(user_id=row.actor_user_id, api_key_id=row.actor_api_key_id),
            action=row.action,
            object_type=row.object_type,
            object_id=row.object_id,
            forum_id=row.forum_id,
            changes=row.changes,
        )


class AuditEventPage(Schema):
    items: list[AuditEventView]
    next: str | None
