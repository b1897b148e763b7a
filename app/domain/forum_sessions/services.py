from __future__ import annotations

import datetime
from uuid import UUID

from app.domain.forum_sessions.repositories import SessionReadRepository
from app.domain.forum_sessions.schemas import SessionDetail, SessionPage
from app.lib.errors import NotFoundError
from app.lib.pagination import decode_cursor, split_page
from app.lib.viewer import Viewer

AGENDA_CURSOR = "agenda"


class SessionReadService:
    def __init__(self, repository: SessionReadRepository) -> None:
        self.repository = repository

    async def agenda(
        self,
        forum_id: UUID,
        *,
        langs: list[str],
        limit: int,
        day: datetime.date | None,
        cursor: str | None,
        viewer: Viewer,
    ) -> SessionPage:
        after = None
        if cursor is not None:
            after = decode_cursor(AGENDA_CURSOR, cursor, tuple[datetime.date, datetime.datetime | None, UUID])
        rows = await self.repository.agenda(
            forum_id=forum_id, langs=langs, limit=limit + 1, day=day, after=after, viewer=viewer
        )
        # An empty page must still tell "no such forum" (404) from "a day with nothing on it" (200).
        if not rows and not await self.repository.forum_exists(forum_id, viewer=viewer):
            raise NotFoundError(f"no forum {forum_id}")
        items, next_cursor = split_page(rows, limit, AGENDA_CURSOR, lambda last: (last.day, last.starts_at, last.id))
        return SessionPage(items=items, next=next_cursor)

    async def get_session(
        self, session_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> SessionDetail:
        found = await self.repository.get(session_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no session {session_id}")
        return found
