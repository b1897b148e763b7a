from __future__ import annotations

import datetime
from uuid import UUID

from app.domain.statements.repositories import StatementFilters, StatementReadRepository
from app.domain.statements.schemas import Statement, StatementPage, StatementSearchPage
from app.lib.errors import NotFoundError
from app.lib.pagination import Int4, Real, decode_cursor, split_page
from app.lib.viewer import Viewer

SESSION_STATEMENTS_CURSOR = "session-statements"
SEARCH_CURSOR = "statement-search"
RECENT_CURSOR = "statements"


class StatementReadService:
    def __init__(self, repository: StatementReadRepository) -> None:
        self.repository = repository

    async def get(self, statement_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool) -> Statement:
        statement = await self.repository.get(statement_id, langs=langs, viewer=viewer, translations=translations)
        if statement is None:
            raise NotFoundError(f"no statement {statement_id}")
        return statement

    async def for_session(
        self, session_id: UUID, *, langs: list[str], viewer: Viewer, limit: int, cursor: str | None
    ) -> StatementPage:
        """The session's statements in order: the public ones, plus (for editors and partners) those they see."""
        after = None
        if cursor is not None:
            after = decode_cursor(SESSION_STATEMENTS_CURSOR, cursor, tuple[Int4, UUID])
        rows = await self.repository.for_session(session_id, langs=langs, viewer=viewer, limit=limit + 1, after=after)
        if not rows and not await self.repository.session_exists(session_id, viewer=viewer):
            raise NotFoundError(f"no session {session_id}")
        items, next_cursor = split_page(rows, limit, SESSION_STATEMENTS_CURSOR, lambda last: (last.position, last.id))
        return StatementPage(items=items, next=next_cursor)

    async def search(
        self, filters: StatementFilters, *, langs: list[str], limit: int, cursor: str | None
    ) -> StatementSearchPage:
        """Published and retracted statements: ranked by relevance when `q` is given, else newest first."""
        text_search = filters.q is not None
        kind = SEARCH_CURSOR if text_search else RECENT_CURSOR
        after: tuple[float | datetime.datetime, UUID] | None = None
        if cursor is not None:
            if text_search:
                after = decode_cursor(kind, cursor, tuple[Real, UUID])
            else:
                after = decode_cursor(kind, cursor, tuple[datetime.datetime, UUID])
        rows = await self.repository.search(filters, langs=langs, limit=limit + 1, after=after)
        items, next_cursor = split_page(
            rows, limit, kind, lambda last: (last.score if text_search else last.published_at, last.id)
        )
        return StatementSearchPage(items=items, next=next_cursor)
