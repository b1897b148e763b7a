"""Reading people and affiliations as JSON built in PostgreSQL, on the lean Reader: the public statements,
and the editors' ones with contact data for those who may reach the person."""

from __future__ import annotations

from uuid import UUID

from app.db.fragments import (
    COUNTRY,
    FORUM_IS_PUBLIC,
    FORUM_IS_VISIBLE,
    ORGANIZATION_SUMMARY,
    PARTICIPANT_IS_PUBLIC,
    PARTICIPANT_IS_VISIBLE,
    SESSION_IS_PUBLIC,
    SESSION_IS_VISIBLE,
)
from app.db.read import Reader, json_sql, sql
from app.domain.people.schemas import AffiliationDetail, Person
from app.lib.viewer import Viewer

# A person is public once they are on a public session of a public forum; until then they do not exist for
# anonymous readers (an invited speaker's name is the organizers' to announce).
_IS_PUBLIC = f"""EXISTS (
    SELECT FROM session_participants sp
    JOIN forum_sessions fs ON fs.id = sp.session_id
    JOIN forums f ON f.id = fs.forum_id
    WHERE sp.person_id = p.id AND {PARTICIPANT_IS_PUBLIC} AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}
)"""

# Editors (statements compiled only for them, so the public read keeps its plan). :my_orgs are the
# organizations the reader acts for, :my_forums the forums they organize.
# The person works for one of the reader's organizations now (an affiliation that has not ended).
_OF_MY_ORGANIZATION = """EXISTS (
    SELECT FROM affiliations ma
    WHERE ma.person_id = p.id AND ma.organization_id = ANY(:my_orgs)
      AND (ma.ends_on IS NULL OR ma.ends_on >= current_date)
)"""
# Every organizer sees every profile, to find a speaker before putting them on a session; partners see the
# public ones and their own organization's people.
_EDITOR_SEES = f"(:see_all OR cardinality(CAST(:my_forums AS uuid[])) > 0 OR {_IS_PUBLIC} OR {_OF_MY_ORGANIZATION})"
# Contact data: admins, organizers of a forum the person is on (any session, any invitation), and the
# person's own organization's members and keys. Nobody else, ever.
_SEES_CONTACT = f"""(:see_all OR {_OF_MY_ORGANIZATION} OR EXISTS (
    SELECT FROM session_participants mp JOIN forum_sessions ms ON ms.id = mp.session_id
    WHERE mp.person_id = p.id AND ms.forum_id = ANY(:my_forums)
))"""

_PROFILE = """json_build_object(
    'id', p.id,
    'full_name', p.full_name,
    'bio', CASE WHEN p.bio IS NULL THEN NULL ELSE {loc}(p.bio, :langs, p.language) END,
    'photo_url', p.photo_url,
    'country', {country},
    'affiliations', (
        SELECT coalesce(json_agg(json_build_object(
            'id', a.id,
            'organization', {organization},
            'title', {loc}(a.title, :langs, a.language),
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
        WHERE sp.person_id = p.id AND {appears}
    ),
    'created_at', p.created_at,
    'updated_at', p.updated_at
)"""
_CONTACT = f"""CASE WHEN {_SEES_CONTACT}
    THEN jsonb_build_object('contact', jsonb_build_object('email', p.email, 'phone', p.phone))
    ELSE '{{}}'::jsonb END"""


def _profile(*, public: bool, full: bool) -> str:
    document = _PROFILE.format(
        loc="localized_full" if full else "localized",
        country=COUNTRY.format(alias="pc"),
        organization=ORGANIZATION_SUMMARY,
        appears=f"{PARTICIPANT_IS_PUBLIC} AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}"
        if public
        else f"{PARTICIPANT_IS_VISIBLE} AND {SESSION_IS_VISIBLE} AND {FORUM_IS_VISIBLE}",
    )
    if not public:
        document = f"({document}::jsonb || {_CONTACT})"
    return f"""
SELECT {document}
FROM people p LEFT JOIN countries pc ON pc.code = p.country_code
WHERE p.id = :person_id AND {_IS_PUBLIC if public else _EDITOR_SEES}
"""


# One statement per (public reader, every translation).
_PROFILES = {
    (public, full): json_sql(_profile(public=public, full=full)) for public in (True, False) for full in (True, False)
}

_EXISTS = sql(f"SELECT 'true' FROM people p WHERE p.id = :person_id AND {_IS_PUBLIC}")

_AFFILIATION = """
SELECT json_build_object(
    'id', a.id,
    'person_id', a.person_id,
    'organization', {organization},
    'title', {loc}(a.title, :langs, a.language),
    'starts_on', a.starts_on,
    'ends_on', a.ends_on,
    'created_at', a.created_at,
    'updated_at', a.updated_at
)
FROM affiliations a
JOIN people p ON p.id = a.person_id
JOIN organizations o ON o.id = a.organization_id
LEFT JOIN countries oc ON oc.code = o.country_code
WHERE a.id = :affiliation_id AND {visible}
"""
_AFFILIATIONS = {
    (public, full): json_sql(
        _AFFILIATION.format(
            organization=ORGANIZATION_SUMMARY,
            loc="localized_full" if full else "localized",
            visible=_IS_PUBLIC if public else _EDITOR_SEES,
        )
    )
    for public in (True, False)
    for full in (True, False)
}


def _is_public(viewer: Viewer) -> bool:
    """People are the one object partners see more of than anyone: their own organization's people."""
    return viewer.is_public and not viewer.organizations


class PersonQueries:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def get(
        self, person_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> Person | None:
        """The profile as `viewer` may see it: contact data only for those who may reach the person."""
        params = {"person_id": person_id, "langs": langs} | viewer.params()
        return await self.reader.json(_PROFILES[(_is_public(viewer), translations)], params, Person)

    async def affiliation(
        self, affiliation_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> AffiliationDetail | None:
        params = {"affiliation_id": affiliation_id, "langs": langs} | viewer.params()
        return await self.reader.json(_AFFILIATIONS[(_is_public(viewer), translations)], params, AffiliationDetail)

    async def is_public(self, person_id: UUID) -> bool:
        return await self.reader.value(_EXISTS, {"person_id": person_id}) is not None
