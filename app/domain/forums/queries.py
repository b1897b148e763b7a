"""The lean reads of forums and rooms: one statement, one JSON document, on the Reader (app/db/read.py)."""

from __future__ import annotations

import datetime
from uuid import UUID

from app.db.fragments import COUNTRY, FORUM_IS_PUBLIC, FORUM_IS_VISIBLE, ORGANIZATION_SUMMARY, ROOM
from app.db.read import Reader, json_sql
from app.domain.forums.schemas import Forum, ForumSummary, RoomDetail
from app.lib.viewer import Viewer

_SUMMARY_FIELDS = f"""
    'id', f.id,
    'slug', f.slug,
    'title', {{loc}}(f.title, :langs, f.language),
    'city', f.city,
    'country', {COUNTRY.format(alias="fc")},
    'timezone', f.timezone,
    'starts_on', f.starts_on,
    'ends_on', f.ends_on,
    'status', f.status"""

_LIST = """
WITH page AS (
    SELECT f.* FROM forums f
    WHERE {FORUM_IS_PUBLIC} {after}
    ORDER BY f.starts_on DESC, f.id DESC
    LIMIT :limit
)
SELECT coalesce(json_agg(json_build_object({fields}) ORDER BY f.starts_on DESC, f.id DESC), '[]')
FROM page f LEFT JOIN countries fc ON fc.code = f.country_code
"""
_LIST_FIELDS = _SUMMARY_FIELDS.format(loc="localized")
_LIST_FIRST = json_sql(_LIST.format(FORUM_IS_PUBLIC=FORUM_IS_PUBLIC, after="", fields=_LIST_FIELDS))
_LIST_AFTER = json_sql(
    _LIST.format(
        FORUM_IS_PUBLIC=FORUM_IS_PUBLIC,
        after="AND (f.starts_on, f.id) < (:after_starts_on, :after_id)",
        fields=_LIST_FIELDS,
    )
)

_DETAIL = """
SELECT json_build_object({fields},
    'description', CASE WHEN f.description IS NULL THEN NULL ELSE {loc}(f.description, :langs, f.language) END,
    'venue', f.venue,
    'organizers', (
        SELECT coalesce(json_agg({ORGANIZATION_SUMMARY} ORDER BY fo.position, o.id), '[]')
        FROM forum_organizers fo
        JOIN organizations o ON o.id = fo.organization_id
        LEFT JOIN countries oc ON oc.code = o.country_code
        WHERE fo.forum_id = f.id
    ),
    'rooms', (SELECT coalesce(json_agg({ROOM} ORDER BY r.name, r.id), '[]') FROM rooms r WHERE r.forum_id = f.id),
    'registration', json_build_object(
        'opens_at', f.registration_opens_at,
        'closes_at', f.registration_closes_at,
        'capacity', f.capacity,
        'requires_approval', f.requires_approval
    ),
    'created_at', f.created_at,
    'updated_at', f.updated_at
)
FROM forums f LEFT JOIN countries fc ON fc.code = f.country_code
WHERE {visible} AND {match}
"""
# One statement per (caller sees only public forums, translations asked for, addressed by id): the public
# reads keep the plain statement and its plan.
_DETAIL_STATEMENTS = {
    (public, full, by_id): json_sql(
        _DETAIL.format(
            fields=_SUMMARY_FIELDS.format(loc="localized_full" if full else "localized"),
            loc="localized_full" if full else "localized",
            ORGANIZATION_SUMMARY=ORGANIZATION_SUMMARY,
            ROOM=ROOM,
            visible=FORUM_IS_PUBLIC if public else FORUM_IS_VISIBLE,
            match="f.id = :id" if by_id else "f.slug = :slug",
        )
    )
    for public in (True, False)
    for full in (True, False)
    for by_id in (True, False)
}


class ForumQueries:
    """Reads of forums: anyone sees forums that are not drafts; their organizers see the drafts too."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def list_public(
        self, *, langs: list[str], limit: int, after: tuple[datetime.date, UUID] | None
    ) -> list[ForumSummary]:
        params: dict[str, object] = {"langs": langs, "limit": limit}
        statement = _LIST_FIRST
        if after is not None:
            statement = _LIST_AFTER
            params |= {"after_starts_on": after[0], "after_id": after[1]}
        return await self.reader.json(statement, params, list[ForumSummary]) or []

    async def get(
        self,
        *,
        forum_id: UUID | None,
        slug: str | None,
        langs: list[str],
        viewer: Viewer,
        translations: bool = False,
    ) -> Forum | None:
        """A forum as `viewer` may see it: public forums, plus the drafts of forums they organize."""
        statement = _DETAIL_STATEMENTS[(viewer.is_public, translations, forum_id is not None)]
        params = {"id": forum_id, "slug": slug, "langs": langs} | viewer.params()
        return await self.reader.json(statement, params, Forum)


_ROOM = """
SELECT json_build_object('id', r.id, 'forum_id', r.forum_id, 'name', r.name, 'capacity', r.capacity,
                         'created_at', r.created_at, 'updated_at', r.updated_at)
FROM rooms r JOIN forums f ON f.id = r.forum_id
WHERE r.id = :room_id AND {visible}
"""
_ROOM_STATEMENTS = {
    public: json_sql(_ROOM.format(visible=FORUM_IS_PUBLIC if public else FORUM_IS_VISIBLE)) for public in (True, False)
}


class RoomQueries:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def get(self, room_id: UUID, *, viewer: Viewer) -> RoomDetail | None:
        params = {"room_id": room_id} | viewer.params()
        return await self.reader.json(_ROOM_STATEMENTS[viewer.is_public], params, RoomDetail)
