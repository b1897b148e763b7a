from __future__ import annotations

import datetime
from uuid import UUID

from app.db.fragments import (
    FORUM_IS_PUBLIC,
    FORUM_IS_VISIBLE,
    PARTICIPANT_IS_PUBLIC,
    PARTICIPANT_IS_VISIBLE,
    ROOM,
    SESSION_IS_PUBLIC,
    SESSION_IS_VISIBLE,
    SPEAKER,
    SPEAKER_JOINS,
)
from app.db.models.registrations import ACTIVE_STATUSES
from app.db.read import Reader, json_sql, sql
from app.domain.forum_sessions.schemas import SessionDetail, SessionSummary
from app.lib.viewer import Viewer

# Untimed sessions sort after the timed ones of their day; the same expression is indexed.
AGENDA_ORDER = "fs.day, coalesce(fs.starts_at, 'infinity'::timestamptz), fs.id"
AGENDA_KEY = "(fs.day, coalesce(fs.starts_at, 'infinity'::timestamptz), fs.id)"

_COMMON_FIELDS = """
    'id', fs.id,
    'forum_id', fs.forum_id,
    'kind', fs.kind,
    'title', {loc}(fs.title, :langs, fs.language),
    'day', fs.day,
    'starts_at', fs.starts_at,
    'ends_at', fs.ends_at,
    'timezone', f.timezone,
    'status', fs.status,
    'seats_left', CASE WHEN fs.capacity IS NULL THEN NULL ELSE greatest(fs.capacity - fs.confirmed_count, 0) END,
    'waitlist_length', fs.waitlist_length,
    'my_registration', {mine}"""

# The caller's active registration for the session: at most one (uq_registrations_session_person_active, whose
# index it reads). Only in the statements compiled for a viewer with a person (`:me`); the others, the public
# hot path among them, answer null without looking.
_MINE = """(
    SELECT json_build_object('id', mine.id, 'status', mine.status, 'waitlist_position', mine.waitlist_position)
    FROM registrations mine
    WHERE mine.session_id = fs.id AND mine.person_id = :me AND mine.status IN ({active})
)""".format(active=", ".join(f"'{status.value}'" for status in ACTIVE_STATUSES))


def _fields(*, loc: str, mine: bool) -> str:
    return _COMMON_FIELDS.format(loc=loc, mine=_MINE if mine else "NULL")


_AGENDA = """
WITH page AS (
    SELECT fs.* FROM forum_sessions fs
    JOIN forums f ON f.id = fs.forum_id
    WHERE fs.forum_id = :forum_id AND {forum_visible} AND {session_visible} {filters}
    ORDER BY {AGENDA_ORDER}
    LIMIT :limit
)
SELECT coalesce(json_agg(json_build_object({fields},
    'room', {ROOM},
    'speakers', (
        SELECT coalesce(json_agg({SPEAKER} ORDER BY sp.position, sp.id), '[]')
        FROM session_participants sp {SPEAKER_JOINS}
        WHERE sp.session_id = fs.id AND {participant_visible}
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


def _visibility(*, public: bool) -> dict[str, str]:
    """The public rules, or what editors also see (app/db/fragments.py)."""
    if public:
        return {
            "forum_visible": FORUM_IS_PUBLIC,
            "session_visible": SESSION_IS_PUBLIC,
            "participant_visible": PARTICIPANT_IS_PUBLIC,
        }
    return {
        "forum_visible": FORUM_IS_VISIBLE,
        "session_visible": SESSION_IS_VISIBLE,
        "participant_visible": PARTICIPANT_IS_VISIBLE,
    }


_SHARED = {"AGENDA_ORDER": AGENDA_ORDER, "ROOM": ROOM, "SPEAKER": SPEAKER, "SPEAKER_JOINS": SPEAKER_JOINS}
# One compiled statement per (public caller, caller with a person, day filter, cursor): the public reads keep
# their plans, and only a person's statements read their registrations.
_AGENDA_STATEMENTS = {
    (public, mine, has_day, has_after): json_sql(
        _AGENDA.format(
            filters=" ".join(f for f, on in ((_DAY, has_day), (_AFTER, has_after)) if on),
            fields=_fields(loc="localized", mine=mine),
            **_SHARED,
            **_visibility(public=public),
        )
    )
    for public in (True, False)
    for mine in (False, True)
    for has_day in (False, True)
    for has_after in (False, True)
}

_FORUM_EXISTS = {
    public: sql(
        f"SELECT 'true' FROM forums f WHERE f.id = :forum_id AND {FORUM_IS_PUBLIC if public else FORUM_IS_VISIBLE}"
    )
    for public in (True, False)
}

_DETAIL = """
SELECT json_build_object({fields},
    'description', CASE WHEN fs.description IS NULL THEN NULL ELSE {loc}(fs.description, :langs, fs.language) END,
    'capacity', fs.capacity,
    'room', {ROOM},
    'participants', (
        SELECT coalesce(json_agg(({SPEAKER}::jsonb || jsonb_build_object('invitation', sp.invitation))
                                 ORDER BY sp.position, sp.id), '[]')
        FROM session_participants sp {SPEAKER_JOINS}
        WHERE sp.session_id = fs.id AND {participant_visible}
    ),
    'created_at', fs.created_at,
    'updated_at', fs.updated_at
)
FROM forum_sessions fs
JOIN forums f ON f.id = fs.forum_id
LEFT JOIN rooms r ON r.id = fs.room_id
WHERE fs.id = :session_id AND {session_visible} AND {forum_visible}
"""
# One per (public caller, caller with a person, every translation asked for).
_DETAIL_STATEMENTS = {
    (public, mine, full): json_sql(
        _DETAIL.format(
            fields=_fields(loc="localized_full" if full else "localized", mine=mine),
            loc="localized_full" if full else "localized",
            **_SHARED,
            **_visibility(public=public),
        )
    )
    for public in (True, False)
    for mine in (False, True)
    for full in (True, False)
}


class SessionQueries:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def forum_exists(self, forum_id: UUID, *, viewer: Viewer) -> bool:
        params = {"forum_id": forum_id} | viewer.params()
        return await self.reader.value(_FORUM_EXISTS[viewer.is_public], params) is not None

    async def agenda(
        self,
        *,
        forum_id: UUID,
        langs: list[str],
        limit: int,
        day: datetime.date | None,
        after: tuple[datetime.date, datetime.datetime | None, UUID] | None,
        viewer: Viewer,
    ) -> list[SessionSummary]:
        params: dict[str, object] = {"forum_id": forum_id, "langs": langs, "limit": limit} | viewer.params()
        if day is not None:
            params["day"] = day
        if after is not None:
            after_day, after_starts_at, after_id = after
            params |= {"after_day": after_day, "after_starts_at": after_starts_at, "after_id": after_id}
        statement = _AGENDA_STATEMENTS[
            (viewer.is_public, viewer.person is not None, day is not None, after is not None)
        ]
        return await self.reader.json(statement, params, list[SessionSummary]) or []

    async def get(
        self, session_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> SessionDetail | None:
        """A session as `viewer` may see it: public ones, plus everything of the forums they organize."""
        params = {"session_id": session_id, "langs": langs} | viewer.params()
        statement = _DETAIL_STATEMENTS[(viewer.is_public, viewer.person is not None, translations)]
        return await self.reader.json(statement, params, SessionDetail)
