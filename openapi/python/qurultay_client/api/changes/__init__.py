"""Contains endpoint functions for accessing the API"""

# The helpers below are written by hand (openapi/templates/python/changes_sync.py.jinja): they page through
# list_forum_changes until the server has nothing more.
from __future__ import annotations

from dataclasses import dataclass

from ...client import AuthenticatedClient, Client
from ...models.change import Change
from ...models.change_page import ChangePage
from ...models.problem import Problem
from ...types import Response
from . import list_forum_changes

# The server's own ceiling on a page: fewer round trips on a first sync.
MAX_PAGE = 500


class ChangeFeedError(Exception):
    """The change feed answered an error: `status`, and the server's problem document when it sent one."""

    def __init__(self, status: int, problem: Problem | None) -> None:
        detail = f": {problem.title}" if problem is not None else ""
        super().__init__(f"list_forum_changes answered HTTP {status}{detail}")
        self.status = status
        self.problem = problem

    @property
    def cursor_expired(self) -> bool:
        """410: the cursor is older than the server keeps; sync again without `since` and replace what you hold."""
        return self.status == 410


@dataclass
class ForumSync:
    """What one sync gave: the changes in the order to apply them (each object once, at its last change), the
    cursor the next sync continues from, and whether it was a first sync (`snapshot`: `items` is the forum as it
    is, so what was held before is to be dropped)."""

    items: list[Change]
    next: str
    snapshot: bool
    pages: int


class _Pages:
    """Folds pages into one ForumSync; an object that comes back on a later page moves to its last change."""

    def __init__(self) -> None:
        self.latest: dict[tuple[str, str], Change] = {}
        self.snapshot: bool | None = None
        self.pages = 0

    def add(self, response: Response[ChangePage | Problem]) -> ChangePage:
        page = response.parsed
        if not isinstance(page, ChangePage):
            raise ChangeFeedError(int(response.status_code), page if isinstance(page, Problem) else None)
        self.pages += 1
        if self.snapshot is None:
            self.snapshot = page.snapshot
        for item in page.items:
            key = (str(item.kind), str(item.id))
            self.latest.pop(key, None)
            self.latest[key] = item
        return page

    def result(self, page: ChangePage) -> ForumSync:
        return ForumSync(list(self.latest.values()), page.next_, bool(self.snapshot), self.pages)


def sync_forum(
    forum: str,
    *,
    client: AuthenticatedClient | Client,
    since: str | None = None,
    limit: int = MAX_PAGE,
    lang: str | None = None,
) -> ForumSync:
    """Every change of a forum (its id or slug) after `since`, or without it the forum as this caller may see
    it, paging until `has_more` is false. Keep `next` for the next sync. Raises ChangeFeedError for an error
    answer (`cursor_expired` on 410: sync again without `since`)."""
    pages = _Pages()
    while True:
        response = list_forum_changes.sync_detailed(forum, client=client, since=since, limit=limit, lang=lang)
        page = pages.add(response)
        if not page.has_more:
            return pages.result(page)
        since = page.next_


async def asyncio_sync_forum(
    forum: str,
    *,
    client: AuthenticatedClient | Client,
    since: str | None = None,
    limit: int = MAX_PAGE,
    lang: str | None = None,
) -> ForumSync:
    """sync_forum, with the async httpx client."""
    pages = _Pages()
    while True:
        response = await list_forum_changes.asyncio_detailed(forum, client=client, since=since, limit=limit, lang=lang)
        page = pages.add(response)
        if not page.has_more:
            return pages.result(page)
        since = page.next_
