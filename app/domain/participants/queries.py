"""Reading one participant as JSON built in PostgreSQL: the public statement, and the editors' one."""

from __future__ import annotations

from uuid import UUID

from app.db.fragments import (
    FORUM_IS_PUBLIC,
    FORUM_IS_VISIBLE,
    ORGANIZATION_SUMMARY,
    PARTICIPANT_IS_PUBLIC,
    PARTICIPANT_IS_VISIBLE,
    SESSION_IS_PUBLIC,
    SESSION_IS_VISIBLE,
    SPEAKER_JOINS,
)
from app.db.read import Reader, json_sql
from app.domain.participants.schemas import ParticipantDetail
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
