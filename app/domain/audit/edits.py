"""Changing an object that exists: the one sequence every domain's updates, deletes and transitions follow.

The service locks the row and decides whether this caller may change it (its own rules: access, transitions,
overlaps). Then `Edit.check` renders the object exactly as this caller's GET would (the service's own
`TransactionReader` query) and compares the caller's If-Match with that representation's ETag
(app/lib/preconditions.py: missing 428, stale 412; optional for deletes and transitions). The service checks
and applies the change and flushes; `updated` records what changed (audit.services' `diff` shape) and renders
the object again, the answer whose ETag the controller sends (`with_etag`); `deleted` records the deletion
and leaves its tombstone. Between two writes made against one version, the second finds the row changed by
the first and answers 412 instead of silently overwriting it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from app.domain.audit.services import Audit
from app.lib.etag import representation_etag
from app.lib.preconditions import check_match_if_given, require_match

View = TypeVar("View")


@dataclass(frozen=True, slots=True)
class Edit(Generic[View]):
    """One object being changed: its audit identity and how to render it as this caller's GET would."""

    audit: Audit
    object_type: str
    object_id: UUID
    forum_id: UUID | None
    render: Callable[[], Awaitable[View]]

    async def check(self, if_match: str | None, *, required: bool = True) -> Edit[View]:
        """After the lock and the access checks: the caller's If-Match against the version it would GET now.
        `required=False` (deletes, publish, retract) checks it only when one is sent."""
        current = representation_etag(await self.render())
        (require_match if required else check_match_if_given)(if_match, current)
        return self

    async def record(self, changes: dict[str, Any], *, action: str = "update") -> None:
        await self.audit.record(action, self.object_type, self.object_id, forum_id=self.forum_id, changes=changes)

    async def updated(self, changes: dict[str, Any], *, action: str = "update") -> View:
        """Record the change the service made (and flushed), and answer the object as it is now."""
        await self.record(changes, action=action)
        return await self.render()

    async def deleted(self) -> None:
        await self.audit.deleted(self.object_type, self.object_id, forum_id=self.forum_id)
