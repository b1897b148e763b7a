from __future__ import annotations

import datetime
from uuid import UUID

from app.db.fragments import (
    FORUM_IS_PUBLIC,
    PARTICIPANT_IS_PUBLIC,
    ROOM,
    SESSION_IS_PUBLIC,
    SPEAKER,
    SPEAKER_JOINS,
)
from app.db.read import Reader, json_sql, sql
from app.domain.forum_sessions.schemas import SessionDetail, SessionSummary

# Untimed sessions sort after the timed ones of their day; the same expression is indexed.
AGENDA_ORDER = "fs.day, coalesce(fs.starts_at, 'infinity'::timestamptz), fs.id"
AGENDA_KEY = "(fs.day, coalesce(fs.starts_at, 'infinity'::timestamptz), fs.id)"

_COMMON_FIELDS = """
    'id', fs.id,
    'forum_id', fs.forum_id,
    'kind', fs.kind,
    'title', localized(fs.title, :langs, fs.language),
    'day', fs.day,
    'starts_at', fs.starts_at,
    'ends_at', fs.ends_at,
    'timezone', f.timezone,
    'status', fs.status"""

_AGENDA = f"""
WITH page AS (
    SELECT fs.* FROM forum_sessions fs
    JOIN forums f ON f.id = fs.forum_id
    WHERE fs.forum_id = :forum_id AND {FORUM_IS_PUBLIC} AND {SESSION_IS_PUBLIC} {{filters}}
    ORDER BY {AGENDA_ORDER}
    LIMIT :limit
)
SELECT coalesce(json_agg(json_build_object({_COMMON_FIELDS},
    'room', {ROOM},
    'speakers', (
        SELECT coalesce(json_agg({SPEAKER} ORDER BY sp.position, sp.id), '[]')
        FROM session_participants sp {SPEAKER_JOINS}
        WHERE sp.session_id = fs.id AND {PARTICIPANT_IS_PUBLIC}
    )
) ORDER BY {AGENDA_ORDER}), '[]')
FROM page fs
JOIN forums f ON f.id = fs.forum_id
LEFT JOIN rooms r ON r.id = fs.room_id
"""
_AFTER = (
    f"AND {AGENDA_KEY} > "
    "(:after_day, coalesce(CAST(:after_starts_at AS timestamptz), 'infinity'::timestamptz), :after_id)"
)
_DAY = "AND fs.day = :day"
_AGENDA_STATEMENTS = {
    (has_day, has_after): json_sql(
        _AGENDA.format(filters=" ".join(f for f, on in ((_DAY, has_day), (_AFTER, has_after)) if on))
    )
    for has_day in (False, True)
    for has_after in (False, True)
}

_FORUM_EXISTS = sql(f"SELECT 'true' FROM forums f WHERE f.id = :forum_id AND {FORUM_IS_PUBLIC}")

_DETAIL = json_sql(f"""
SELECT json_build_object({_COMMON_FIELDS},
    'description', CASE WHEN fs.description IS NULL THEN NULL ELSE localized(fs.description, :langs, fs.language) END,
    'capacity', fs.capacity,
    'room', {ROOM},
    'participants', (
        SELECT coalesce(json_agg(({SPEAKER}::jsonb || jsonb_build_object('invitation', sp.invitation))
                                 ORDER BY sp.position, sp.id), '[]')
        FROM session_participants sp {SPEAKER_JOINS}
        WHERE sp.session_id = fs.id AND {PARTICIPANT_IS_PUBLIC}
    ),
    'created_at', fs.created_at,
    'updated_at', fs.updated_at
)
FROM forum_sessions fs
JOIN forums f ON f.id = fs.forum_id
LEFT JOIN rooms r ON r.id = fs.room_id
WHERE fs.id = :session_id AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}
""")


class SessionReadRepository:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def public_forum_exists(self, forum_id: UUID) -> bool:
        return await self.reader.value(_FORUM_EXISTS, {"forum_id": forum_id}) is not None

    async def agenda(
        self,
        *,
        forum_id: UUID,
        langs: list[str],
        limit: int,
        day: datetime.date | None,
        after: tuple[datetime.date, datetime.datetime | None, UUID] | None,
    ) -> list[SessionSummary]:
        params: dict[str, object] = {"forum_id": forum_id, "langs": langs, "limit": limit}
        if day is not None:
            params["day"] = day
        if after is not None:
            after_day, after_starts_at, after_id = after
            params |= {"after_day": after_day, "after_starts_at": after_starts_at, "after_id": after_id}
        statement = _AGENDA_STATEMENTS[(day is not None, after is not None)]
        return await self.reader.json(statement, params, list[SessionSummary]) or []

    async def get_public(self, session_id: UUID, *, langs: list[str]) -> SessionDetail | None:
        return await self.reader.json(_DETAIL, {"session_id": session_id, "langs": langs}, SessionDetail)
