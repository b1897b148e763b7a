from __future__ import annotations

import datetime
from uuid import UUID

from app.domain.forums.repositories import ForumReadRepository
from app.domain.forums.schemas import Forum, ForumPage
from app.lib.errors import NotFoundError
from app.lib.pagination import decode_cursor, split_page
from app.lib.viewer import Viewer

FORUM_CURSOR = "forums"


def parse_forum_key(key: str) -> tuple[UUID | None, str | None]:
    """A forum is addressed by its id or by its slug; a string that parses as a UUID is an id."""
    try:
        return UUID(key), None
    except ValueError:
        return None, key


class ForumReadService:
    def __init__(self, repository: ForumReadRepository) -> None:
        self.repository = repository

    async def list_forums(self, *, langs: list[str], limit: int, cursor: str | None) -> ForumPage:
        after = None
        if cursor is not None:
            after = decode_cursor(FORUM_CURSOR, cursor, tuple[datetime.date, UUID])
        rows = await self.repository.list_public(langs=langs, limit=limit + 1, after=after)
        items, next_cursor = split_page(rows, limit, FORUM_CURSOR, lambda last: (last.starts_on, last.id))
        return ForumPage(items=items, next=next_cursor)

    async def get_forum(self, key: str, *, langs: list[str], viewer: Viewer, translations: bool) -> Forum:
        forum_id, slug = parse_forum_key(key)
        forum = await self.repository.get(
            forum_id=forum_id, slug=slug, langs=langs, viewer=viewer, translations=translations
        )
        if forum is None:
            raise NotFoundError(f"no forum {key!r}")
        return forum
