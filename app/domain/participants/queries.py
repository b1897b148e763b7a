"""Reading participants as JSON built in PostgreSQL: one participant (the public statement, and the editors'
one), and a forum's speakers list."""

from __future__ import annotations

from functools import cache
from uuid import UUID

from app.db.fragments import (
    COUNTRY,
    FORUM_IS_PUBLIC,
    FORUM_IS_VISIBLE,
    ORGANIZATION_SUMMARY,
    PARTICIPANT_IS_PUBLIC,
    PARTICIPANT_IS_VISIBLE,
    PERSON_AFTER,
    PERSON_NAME_ORDER,
    SESSION_IS_PUBLIC,
    SESSION_IS_VISIBLE,
    SPEAKER_IS_LISTED,
    SPEAKER_JOINS,
)
from app.db.read import Reader, ReadStatement, json_sql, sql
from app.domain.forum_sessions.queries import AGENDA_ORDER
from app.domain.participants.inputs import SpeakerFilters
from app.domain.participants.schemas import ForumSpeaker, ParticipantDetail
from app.lib.viewer import Viewer

_PARTICIPANT = """
SELECT json_build_object(
    'id', sp.id,
    'session_id', sp.session_id,
    'forum_id', fs.forum_id,
    'person_id', p.id,
    'full_name', p.full_name,
    'role', sp.role,
    'position', sp.position,
    'invitation', sp.invitation,
    'affiliation_id', sp.affiliation_id,
    'title', CASE WHEN sp.title IS NULL THEN NULL ELSE {loc}(sp.title, :langs, sp.title_language) END,
    'organization', CASE WHEN o.id IS NULL THEN NULL ELSE {organization} END,
    'created_at', sp.created_at,
    'updated_at', sp.updated_at
)
FROM session_participants sp
JOIN forum_sessions fs ON fs.id = sp.session_id
JOIN forums f ON f.id = fs.forum_id
{joins}
WHERE sp.id = :participant_id AND {visible}
"""
_PUBLIC = f"{PARTICIPANT_IS_PUBLIC} AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}"
_VISIBLE = f"{PARTICIPANT_IS_VISIBLE} AND {SESSION_IS_VISIBLE} AND {FORUM_IS_VISIBLE}"
# One statement per (public reader, every translation): the public read keeps its own plan.
_STATEMENTS = {
    (public, full): json_sql(
        _PARTICIPANT.format(
            loc="localized_full" if full else "localized",
            organization=ORGANIZATION_SUMMARY,
            joins=SPEAKER_JOINS,
            visible=_PUBLIC if public else _VISIBLE,
        )
    )
    for public in (True, False)
    for full in (True, False)
}


class ParticipantQueries:
    """Anyone sees a participant of a public session whose invitation stands (invited or confirmed); the
    forum's organizers and admins see every participant of its sessions."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def get(
        self, participant_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> ParticipantDetail | None:
        params = {"participant_id": participant_id, "langs": langs} | viewer.params()
        return await self.reader.json(_STATEMENTS[(viewer.is_public, translations)], params, ParticipantDetail)


# A forum's speakers list (issue 20): the people confirmed on its sessions that take place, one entry each, with
# their public profile, the title and organization of their first session there (the snapshot they spoke
# under), and their sessions in agenda order. The same for every caller: the list announces speakers, so
# organizers do not see the invited ones here either (they do on each session).
_SPEAKERS = f"""
WITH listed AS (
    SELECT DISTINCT sp.person_id
    FROM forum_sessions fs
    JOIN forums f ON f.id = fs.forum_id
    JOIN session_participants sp ON sp.session_id = fs.id
    WHERE fs.forum_id = :forum_id AND {FORUM_IS_PUBLIC} AND {SPEAKER_IS_LISTED} {{filters}}
),
page AS (
    SELECT p.* FROM people p JOIN listed ON listed.person_id = p.id
    WHERE true {{after}}
    ORDER BY {PERSON_NAME_ORDER} LIMIT :limit
)
SELECT coalesce(json_agg(json_build_object(
    'id', p.id,
    'full_name', p.full_name,
    'bio', CASE WHEN p.bio IS NULL THEN NULL ELSE localized(p.bio, :langs, p.language) END,
    'photo_url', p.photo_url,
    'country', {COUNTRY.format(alias="pc")},
    'title', spoke.title,
    'organization', spoke.organization,
    'sessions', appearances.sessions
) ORDER BY {PERSON_NAME_ORDER}), '[]')
FROM page p
LEFT JOIN countries pc ON pc.code = p.country_code
CROSS JOIN LATERAL (
    SELECT json_agg(json_build_object(
        'session_id', fs.id,
        'title', localized(fs.title, :langs, fs.language),
        'day', fs.day,
        'starts_at', fs.starts_at,
        'ends_at', fs.ends_at,
        'role', sp.role
    ) ORDER BY {AGENDA_ORDER}) AS sessions, (array_agg(sp.id ORDER BY {AGENDA_ORDER}))[1] AS first_id
    FROM session_participants sp JOIN forum_sessions fs ON fs.id = sp.session_id
    WHERE sp.person_id = p.id AND fs.forum_id = :forum_id AND {SPEAKER_IS_LISTED}
) appearances
CROSS JOIN LATERAL (
    SELECT CASE WHEN sp.title IS NULL THEN NULL ELSE localized(sp.title, :langs, sp.title_language) END AS title,
           CASE WHEN o.id IS NULL THEN NULL ELSE {ORGANIZATION_SUMMARY} END AS organization
    FROM session_participants sp
    LEFT JOIN organizations o ON o.id = sp.organization_id
    LEFT JOIN countries oc ON oc.code = o.country_code
    WHERE sp.id = appearances.first_id
) spoke
"""
# A speaker is listed when one of their listed participations matches every filter given.
_SPEAKER_FILTERS = (
    "AND sp.role = :role",
    "AND sp.organization_id = :organization_id",
    "AND EXISTS (SELECT FROM organizations fo WHERE fo.id = sp.organization_id AND fo.country_code = :country)",
)
_FORUM_IS_LISTED = sql(f"SELECT 'true' FROM forums f WHERE f.id = :forum_id AND {FORUM_IS_PUBLIC}")


@cache
def _speakers_statement(shape: tuple[bool, ...], has_after: bool) -> ReadStatement:
    filters = " ".join(fragment for fragment, on in zip(_SPEAKER_FILTERS, shape, strict=True) if on)
    return json_sql(_SPEAKERS.format(filters=filters, after=PERSON_AFTER if has_after else ""))


class SpeakerQueries:
    """The public speakers list of a forum, on the lean Reader."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def page(
        self, forum_id: UUID, filters: SpeakerFilters, *, langs: list[str], limit: int, after: UUID | None
    ) -> list[ForumSpeaker]:
        params: dict[str, object] = {"forum_id": forum_id, "langs": langs, "limit": limit}
        params |= {"role": filters.role, "organization_id": filters.organization_id, "country": filters.country}
        if after is not None:
            params["after_id"] = after
        shape = (filters.role is not None, filters.organization_id is not None, filters.country is not None)
        statement = _speakers_statement(shape, after is not None)
        return await self.reader.json(statement, params, list[ForumSpeaker]) or []

    async def forum_is_listed(self, forum_id: UUID) -> bool:
        return await self.reader.value(_FORUM_IS_LISTED, {"forum_id": forum_id}) is not None
