"""The change feed: a first sync lists the forum as it is, then each sync asks for what changed since its cursor.

Cursors are positions in the log, (transaction id, sequence number), read only below the horizon
(app/domain/changes/queries.py), so a client that saw position N never later finds a change below N. Items are
rendered when read, as each object's own GET shows it to this caller; a page lists an object once, at its last
change in the page. A client that applies the items in order (upsert by kind and id, tombstone removes) holds
the forum as this caller may see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated
from uuid import UUID

import msgspec

from app.domain.changes.errors import CursorExpiredError
from app.domain.changes.queries import SNAPSHOT_ORDER, ChangeQueries, Event, LogPage
from app.domain.changes.render import Renderer
from app.domain.changes.schemas import Change, ChangeKind, ChangePage, ChangeType
from app.domain.forums.services import parse_forum_key
from app.lib.errors import BadRequestError, FieldError, NotFoundError
from app.lib.pagination import decode_cursor, encode_cursor
from app.lib.viewer import Viewer

LOG_CURSOR = "changes"
SNAPSHOT_CURSOR = "changes-snapshot"
# Why an object left this caller's view, when its last change does not say it better.
_TOMBSTONE_REASONS = {"deleted", "unpublished", "speaker_removed"}

# A transaction id (xid8) and a sequence number (bigint), bounded so a forged cursor is a 400, not a 500.
Xid = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]
SequenceNumber = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]
Position = tuple[int, int]


def position_cursor(position: Position) -> str:
    return encode_cursor(LOG_CURSOR, position)


def decode_position(token: str, *, field: str = "since") -> Position:
    try:
        return decode_cursor(LOG_CURSOR, token, tuple[Xid, SequenceNumber])
    except BadRequestError:
        raise BadRequestError(
            f"{field} is not a cursor of the change log; pass the `next` (or an event id) the server gave",
            errors=[FieldError(source="query", field=field, message="is not a change-log cursor")],
        ) from None


def check_retained(page: LogPage, after: Position) -> None:
    if after < page.pruned:
        raise CursorExpiredError(
            "the changes after this cursor are no longer kept: sync again from a snapshot (omit `since`), "
            "then continue from the `next` it gives"
        )


def next_position(page: LogPage, after: Position, limit: int) -> tuple[Position, bool]:
    """After a full page: its last event, more to come. Otherwise the horizon: every change below it is known."""
    if len(page.events) >= limit:
        last = page.events[-1]
        return (last.xid, last.id), True
    return max(after, (page.horizon, 0)), False


def latest_by_object(events: Sequence[Event]) -> list[tuple[Event, bool]]:
    """Each object once, at its last change, with whether it was public at any point of the page."""
    last: dict[tuple[str, UUID], Event] = {}
    public: dict[tuple[str, UUID], bool] = {}
    for event in events:
        key = (event.kind, event.object_id)
        last.pop(key, None)  # re-insert: dicts keep insertion order, so the object moves to its last change
        last[key] = event
        public[key] = public.get(key, False) or event.public
    return [(event, public[key]) for key, event in last.items()]


class ChangeFeed:
    def __init__(self, queries: ChangeQueries, renderer: Renderer) -> None:
        self.queries = queries
        self.renderer = renderer

    async def forum_id(self, key: str, *, viewer: Viewer, syncing: bool) -> UUID:
        """The forum this caller may follow. One that is no longer visible (unpublished, deleted) can still be
        followed by id from a cursor, if it was ever public, to learn that it is gone."""
        forum_id, slug = parse_forum_key(key)
        forum = await self.renderer.forums.get(forum_id=forum_id, slug=slug, langs=["en"], viewer=viewer)
        if forum is not None:
            return forum.id
        if syncing and forum_id is not None and await self.queries.forum_was_public(forum_id):
            return forum_id
        raise NotFoundError(f"no forum {key!r}")

    async def changes(self, key: str, *, since: str | None, limit: int, langs: list[str], viewer: Viewer) -> ChangePage:
        resumed = None if since is None else _snapshot_position(since)
        if since is None or resumed is not None:
            forum_id = await self.forum_id(key, viewer=viewer, syncing=False)
            return await self._snapshot(forum_id, resumed, limit=limit, langs=langs, viewer=viewer)
        after = decode_position(since)
        forum_id = await self.forum_id(key, viewer=viewer, syncing=True)
        items, page = await self.read("forum", forum_id, after, langs=langs, viewer=viewer, limit=limit)
        position, has_more = next_position(page, after, limit)
        return ChangePage(
            items=[item for _, item in items], next=position_cursor(position), has_more=has_more, snapshot=False
        )

    async def read(
        self, scope: str, scope_id: UUID, after: Position, *, langs: list[str], viewer: Viewer, limit: int
    ) -> tuple[list[tuple[Position, Change]], LogPage]:
        """One page of a scope's log past `after`, rendered; 410 when the log no longer reaches back there."""
        page = await self.queries.page(scope, scope_id, after=after, limit=limit)
        check_retained(page, after)
        return await self.items(page.events, langs=langs, viewer=viewer), page

    async def items(
        self, events: Sequence[Event], *, langs: list[str], viewer: Viewer
    ) -> list[tuple[Position, Change]]:
        """Each object once, at its last change, with that change's position in the log."""
        items: list[tuple[Position, Change]] = []
        for event, was_public in latest_by_object(events):
            kind = ChangeKind(event.kind)
            cursor = position_cursor((event.xid, event.id))
            item = None
            if event.change == "upsert":
                item = await self.renderer.upsert(
                    kind, event.object_id, reason=event.reason, cursor=cursor, langs=langs, viewer=viewer
                )
            if item is None and (was_public or not viewer.is_public):
                # Gone from this caller's view. The public is told only about what it could have seen, so a
                # draft's id never reaches it.
                reason = "deleted" if event.change == "delete" else event.reason
                reason = reason if reason in _TOMBSTONE_REASONS else "unpublished"
                item = Change(kind=kind, id=event.object_id, change=ChangeType.TOMBSTONE, reason=reason, cursor=cursor)
            if item is not None:
                items.append(((event.xid, event.id), item))
        return items

    async def _snapshot(
        self,
        forum_id: UUID,
        resumed: tuple[int, int, UUID | None] | None,
        *,
        limit: int,
        langs: list[str],
        viewer: Viewer,
    ) -> ChangePage:
        """The forum as it is, kind by kind (parents first), paged by id. The horizon is taken before the first
        page is read, so continuing from it afterwards replays whatever changed meanwhile: at least once."""
        horizon, kind_index, after = resumed or (await self.queries.horizon(), 0, None)
        items: list[Change] = []
        cursor = position_cursor((horizon, 0))
        while kind_index < len(SNAPSHOT_ORDER) and len(items) < limit:
            kind, wanted = SNAPSHOT_ORDER[kind_index], limit - len(items)
            ids = await self.queries.visible_ids(kind, forum_id, viewer=viewer, after=after, limit=wanted)
            for object_id in ids:
                item = await self.renderer.upsert(
                    kind, object_id, reason="snapshot", cursor=cursor, langs=langs, viewer=viewer
                )
                if item is not None:  # gone since the ids were listed: its change comes after the horizon
                    items.append(item)
            kind_index, after = (kind_index + 1, None) if len(ids) < wanted else (kind_index, ids[-1])
        if kind_index < len(SNAPSHOT_ORDER):
            token = encode_cursor(SNAPSHOT_CURSOR, (horizon, kind_index, str(after or "")))
            return ChangePage(items=items, next=token, has_more=True, snapshot=True)
        return ChangePage(items=items, next=cursor, has_more=False, snapshot=True)


def _snapshot_position(token: str) -> tuple[int, int, UUID | None] | None:
    """A first sync's own cursor decoded, or None for any other token (a log cursor, or junk)."""
    try:
        return _decode_snapshot(token)
    except BadRequestError:
        return None


def _decode_snapshot(token: str) -> tuple[int, int, UUID | None]:
    horizon, kind_index, after = decode_cursor(SNAPSHOT_CURSOR, token, tuple[Xid, int, str])
    if not 0 <= kind_index <= len(SNAPSHOT_ORDER):
        raise BadRequestError("since is not a cursor of this feed")
    try:
        return horizon, kind_index, UUID(after) if after else None
    except ValueError:
        raise BadRequestError("since is not a cursor of this feed") from None
