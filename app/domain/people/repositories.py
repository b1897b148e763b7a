from __future__ import annotations

from uuid import UUID

from app.db.fragments import (
    COUNTRY,
    FORUM_IS_PUBLIC,
    ORGANIZATION_SUMMARY,
    PARTICIPANT_IS_PUBLIC,
    SESSION_IS_PUBLIC,
)
from app.db.read import Reader, json_sql, sql
from app.domain.people.schemas import Person

# A person is public once they are on a public session of a public forum; until then they do not exist for
# anonymous readers (an invited speaker's name is the organizers' to announce).
_IS_PUBLIC = f"""EXISTS (
    SELECT FROM session_participants sp
    JOIN forum_sessions fs ON fs.id = sp.session_id
    JOIN forums f ON f.id = fs.forum_id
    WHERE sp.person_id = p.id AND {PARTICIPANT_IS_PUBLIC} AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}
)"""

_PROFILE = json_sql(f"""
SELECT json_build_object(
    'id', p.id,
    'full_name', p.full_name,
    'bio', CASE WHEN p.bio IS NULL THEN NULL ELSE localized(p.bio, :langs, p.language) END,
    'photo_url', p.photo_url,
    'country', {COUNTRY.format(alias="pc")},
    'affiliations', (
        SELECT coalesce(json_agg(json_build_object(
            'organization', {ORGANIZATION_SUMMARY},
            'title', localized(a.title, :langs, a.language),
            'starts_on', a.starts_on,
            'ends_on', a.ends_on
        ) ORDER BY a.ends_on DESC NULLS FIRST, a.starts_on DESC NULLS LAST, a.id), '[]')
        FROM affiliations a
        JOIN organizations o ON o.id = a.organization_id
        LEFT JOIN countries oc ON oc.code = o.country_code
        WHERE a.person_id = p.id
    ),
    'appearances', (
        SELECT coalesce(json_agg(json_build_object(
            'session_id', fs.id,
            'forum_id', fs.forum_id,
            'title', localized(fs.title, :langs, fs.language),
            'day', fs.day,
            'role', sp.role
        ) ORDER BY fs.day DESC, fs.starts_at DESC NULLS LAST, fs.id), '[]')
        FROM session_participants sp
        JOIN forum_sessions fs ON fs.id = sp.session_id
        JOIN forums f ON f.id = fs.forum_id
        WHERE sp.person_id = p.id AND {PARTICIPANT_IS_PUBLIC} AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}
    ),
    'created_at', p.created_at,
    'updated_at', p.updated_at
)
FROM people p LEFT JOIN countries pc ON pc.code = p.country_code
WHERE p.id = :person_id AND {_IS_PUBLIC}
""")

_EXISTS = sql(f"SELECT 'true' FROM people p WHERE p.id = :person_id AND {_IS_PUBLIC}")


class PersonReadRepository:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def get_public(self, person_id: UUID, *, langs: list[str]) -> Person | None:
        return await self.reader.json(_PROFILE, {"person_id": person_id, "langs": langs}, Person)

    async def is_public(self, person_id: UUID) -> bool:
        return await self.reader.value(_EXISTS, {"person_id": person_id}) is not None
