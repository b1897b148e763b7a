from __future__ import annotations

import datetime
from uuid import UUID

from app.db.fragments import COUNTRY, FORUM_IS_PUBLIC, ORGANIZATION_SUMMARY, ROOM
from app.db.read import Reader, json_sql
from app.domain.forums.schemas import Forum, ForumSummary

_SUMMARY_FIELDS = f"""
    'id', f.id,
    'slug', f.slug,
    'title', localized(f.title, :langs, f.language),
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
_LIST_FIRST = json_sql(_LIST.format(FORUM_IS_PUBLIC=FORUM_IS_PUBLIC, after="", fields=_SUMMARY_FIELDS))
_LIST_AFTER = json_sql(
    _LIST.format(
        FORUM_IS_PUBLIC=FORUM_IS_PUBLIC,
        after="AND (f.starts_on, f.id) < (:after_starts_on, :after_id)",
        fields=_SUMMARY_FIELDS,
    )
)

_DETAIL = """
SELECT json_build_object({fields},
    'description', CASE WHEN f.description IS NULL THEN NULL ELSE localized(f.description, :langs, f.language) END,
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
WHERE {FORUM_IS_PUBLIC} AND {match}
"""
_DETAIL_FIELDS = {
    "fields": _SUMMARY_FIELDS,
    "ORGANIZATION_SUMMARY": ORGANIZATION_SUMMARY,
    "ROOM": ROOM,
    "FORUM_IS_PUBLIC": FORUM_IS_PUBLIC,
}
_DETAIL_BY_ID = json_sql(_DETAIL.format(match="f.id = :id", **_DETAIL_FIELDS))
_DETAIL_BY_SLUG = json_sql(_DETAIL.format(match="f.slug = :slug", **_DETAIL_FIELDS))


class ForumReadRepository:
    """Public reads of forums: only forums that are not drafts exist here."""

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

    async def get_public(self, *, forum_id: UUID | None, slug: str | None, langs: list[str]) -> Forum | None:
        if forum_id is not None:
            return await self.reader.json(_DETAIL_BY_ID, {"id": forum_id, "langs": langs}, Forum)
        return await self.reader.json(_DETAIL_BY_SLUG, {"slug": slug, "langs": langs}, Forum)
