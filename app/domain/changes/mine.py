"""An attendee's own changes: their registrations promoted, approved, rejected, cancelled, checked in, or their
session cancelled or moved, so the app can tell them. Read in the request's transaction (the registrations are
ORM rows), the log page included, so the request holds one connection."""

from __future__ import annotations

from app.domain.changes.queries import ChangeQueries
from app.domain.changes.schemas import MyChange, MyChangePage
from app.domain.changes.services import check_retained, decode_position, next_position, position_cursor
from app.domain.registrations.access import Caller
from app.domain.registrations.schemas import RegistrationView


class MyChanges:
    def __init__(self, queries: ChangeQueries, caller: Caller) -> None:
        self.queries = queries
        self.caller = caller

    async def changes(self, *, since: str | None, limit: int) -> MyChangePage:
        """Without `since`, nothing yet: the cursor to start from (the app lists GET /me/registrations first)."""
        person_id = await self.caller.person_id()
        if since is None or person_id is None:
            horizon = await self.queries.horizon()
            after = decode_position(since) if since is not None else (horizon, 0)
            return MyChangePage(items=[], next=position_cursor(max(after, (horizon, 0))), has_more=False)
        after = decode_position(since)
        page = await self.queries.page("person", person_id, after=after, limit=limit)
        check_retained(page, after)
        latest = {event.object_id: event for event in page.events}  # each registration once, at its last change
        items = []
        for registration_id, event in latest.items():
            registration = await self.caller.repository.get(registration_id)
            if registration is not None:
                view = RegistrationView.of(registration)
                cursor = position_cursor((event.xid, event.id))
                items.append(MyChange(id=registration_id, reason=event.reason, cursor=cursor, registration=view))
        position, has_more = next_position(page, after, limit)
        return MyChangePage(items=items, next=position_cursor(position), has_more=has_more)
