"""The change log's read statements: pages of the log below the horizon, and the ids a first sync lists.

A page of the log is read in one statement, with the horizon it was read under: the oldest transaction still
running (`pg_snapshot_xmin` of the statement's own snapshot). Every transaction below it has ended, so the rows
below it are all there will ever be; rows at or above it are left for a later read (migration 0006).
"""

from __future__ import annotations

from uuid import UUID

import msgspec

from app.db.fragments import (
    PARTICIPANT_IS_PUBLIC,
    PARTICIPANT_IS_VISIBLE,
    SESSION_IS_PUBLIC,
    SESSION_IS_VISIBLE,
    STATEMENT_IS_PUBLIC,
    STATEMENT_IS_VISIBLE,
)
from app.db.read import Reader, json_sql, sql
from app.domain.changes.schemas import ChangeKind
from app.lib.viewer import Viewer

HORIZON = "pg_snapshot_xmin(pg_current_snapshot())"


class Event(msgspec.Struct, array_like=True, frozen=True):
    xid: int
    id: int
    kind: str
    object_id: UUID
    change: str
    reason: str
    # Public before or after this change: a public reader gets a tombstone only for what it could have seen.
    public: bool


class LogPage(msgspec.Struct, frozen=True):
    horizon: int
    pruned: tuple[int, int]
    events: list[Event]
    pending: bool


_PAGE = f"""
SELECT json_build_object(
    'horizon', {HORIZON}::text::numeric,
    'pruned', (SELECT json_build_array(pruned_xid::text::numeric, pruned_id) FROM change_log_state),
    'events', (SELECT coalesce(json_agg(json_build_array(e.xid::text::numeric, e.id, e.object_kind, e.object_id,
                                                         e.change, e.reason, e.was_public OR e.is_public)
                                        ORDER BY e.xid, e.id), '[]')
               FROM (SELECT * FROM change_events e
                     WHERE {{scope}}
                       AND (e.xid, e.id) > (CAST(CAST(:after_xid AS text) AS xid8), :after_id)
                       AND e.xid < {HORIZON}
                     ORDER BY e.xid, e.id
                     LIMIT :limit) e),
    -- Changes already written but not yet below the horizon: a live reader looks again soon.
    'pending', EXISTS (SELECT FROM change_events e WHERE {{scope}} AND e.xid >= {HORIZON})
)"""
_SCOPES = {
    "forum": "e.forum_id = :scope_id AND e.object_kind <> 'registration'",
    "session": "e.session_id = :scope_id AND e.object_kind = 'statement'",
    "person": "e.person_id = :scope_id AND e.object_kind = 'registration'",
}
_PAGES = {scope: json_sql(_PAGE.format(scope=condition)) for scope, condition in _SCOPES.items()}
_HORIZON = sql(f"SELECT {HORIZON}::text")
_HAD_PUBLIC = sql(
    "SELECT 'true' FROM change_events e WHERE e.forum_id = :forum_id AND e.object_kind = 'forum' AND e.was_public"
    " LIMIT 1"
)

# What a first sync lists, kind by kind, parents first: the ids this caller may see now. Aliases as in
# app/db/fragments.py; the forum itself was found visible before.
_IDS = {
    ChangeKind.FORUM: "SELECT f.id FROM forums f WHERE f.id = :forum_id",
    ChangeKind.ORGANIZATION: """
        SELECT o.id FROM organizations o WHERE o.id IN (
            SELECT fo.organization_id FROM forum_organizers fo WHERE fo.forum_id = :forum_id
            UNION
            SELECT sp.organization_id FROM session_participants sp
            JOIN forum_sessions fs ON fs.id = sp.session_id
            WHERE fs.forum_id = :forum_id AND {session} AND {participant})""",
    ChangeKind.PERSON: """
        SELECT DISTINCT sp.person_id FROM session_participants sp
        JOIN forum_sessions fs ON fs.id = sp.session_id
        WHERE fs.forum_id = :forum_id AND {session} AND {participant}""",
    ChangeKind.ROOM: "SELECT r.id FROM rooms r WHERE r.forum_id = :forum_id",
    ChangeKind.SESSION: "SELECT fs.id FROM forum_sessions fs WHERE fs.forum_id = :forum_id AND {session}",
    ChangeKind.PARTICIPANT: """
        SELECT sp.id FROM session_participants sp JOIN forum_sessions fs ON fs.id = sp.session_id
        WHERE fs.forum_id = :forum_id AND {session} AND {participant}""",
    ChangeKind.STATEMENT: """
        SELECT st.id FROM statements st JOIN forum_sessions fs ON fs.id = st.session_id
        WHERE fs.forum_id = :forum_id AND {session} AND {statement}""",
}
SNAPSHOT_ORDER = tuple(_IDS)


def _ids_statement(kind: ChangeKind, *, public: bool) -> str:
    rules = (
        {"session": SESSION_IS_PUBLIC, "participant": PARTICIPANT_IS_PUBLIC, "statement": STATEMENT_IS_PUBLIC}
        if public
        else {"session": SESSION_IS_VISIBLE, "participant": PARTICIPANT_IS_VISIBLE, "statement": STATEMENT_IS_VISIBLE}
    )
    return f"""SELECT coalesce(json_agg(id ORDER BY id), '[]') FROM (
        SELECT id FROM ({_IDS[kind].format(**rules)}) AS visible(id)
        WHERE id > :after_id ORDER BY id LIMIT :limit) AS page"""


_ID_PAGES = {
    (kind, public): json_sql(_ids_statement(kind, public=public)) for kind in SNAPSHOT_ORDER for public in (True, False)
}


class ChangeQueries:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def page(self, scope: str, scope_id: UUID, *, after: tuple[int, int], limit: int) -> LogPage:
        params = {"scope_id": scope_id, "after_xid": str(after[0]), "after_id": after[1], "limit": limit}
        page = await self.reader.json(_PAGES[scope], params, LogPage)
        assert page is not None  # noqa: S101 - json_build_object is never null
        return page

    async def horizon(self) -> int:
        return int(await self.reader.value(_HORIZON, {}))

    async def forum_was_public(self, forum_id: UUID) -> bool:
        return await self.reader.value(_HAD_PUBLIC, {"forum_id": forum_id}) is not None

    async def visible_ids(
        self, kind: ChangeKind, forum_id: UUID, *, viewer: Viewer, after: UUID | None, limit: int
    ) -> list[UUID]:
        params = {"forum_id": forum_id, "after_id": after or UUID(int=0), "limit": limit} | viewer.params()
        ids = await self.reader.json(_ID_PAGES[(kind, viewer.is_public)], params, list[UUID])
        return ids or []
