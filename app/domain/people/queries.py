"""Reading people and affiliations as JSON built in PostgreSQL, on the lean Reader: the public statements,
and the editors' ones with contact data for those who may reach the person."""

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
)
from app.db.read import Reader, ReadStatement, json_sql, sql
from app.domain.people.inputs import DirectoryFilters
from app.domain.people.schemas import AffiliationDetail, LikelyDuplicate, Person, PersonEntry
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

# A person's affiliations, current first. Alias: people `p`; `{loc}` and `{organization}` as in _PROFILE.
_AFFILIATION_LIST = """(
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
    )"""

_PROFILE = """json_build_object(
    'id', p.id,
    'full_name', p.full_name,
    'bio', CASE WHEN p.bio IS NULL THEN NULL ELSE {loc}(p.bio, :langs, p.language) END,
    'photo_url', p.photo_url,
    'country', {country},
    'affiliations', {affiliations},
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
    loc = "localized_full" if full else "localized"
    document = _PROFILE.format(
        loc=loc,
        affiliations=_AFFILIATION_LIST.format(loc=loc, organization=ORGANIZATION_SUMMARY),
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


# The directory (issue 20): every person for platform admins and organizers (who look a speaker up before
# registering them again), the people who work for their organization now for partners. Nobody else calls it.
_DIRECTORY_SCOPE = f"(:see_all OR cardinality(CAST(:my_forums AS uuid[])) > 0 OR {_OF_MY_ORGANIZATION})"
_ENTRY = f"""(json_build_object(
    'id', p.id,
    'full_name', p.full_name,
    'photo_url', p.photo_url,
    'country', {COUNTRY.format(alias="pc")},
    'affiliations', {_AFFILIATION_LIST.format(loc="localized", organization=ORGANIZATION_SUMMARY)}
)::jsonb || {_CONTACT})"""
_DIRECTORY = """
WITH page AS (
    SELECT p.* FROM people p
    WHERE {scope} {filters} {after}
    ORDER BY {order} LIMIT :limit
)
SELECT coalesce(json_agg({entry} ORDER BY {order}), '[]')
FROM page p LEFT JOIN countries pc ON pc.code = p.country_code
"""
# Each word of the query, folded as names are (person_name_key), must begin a word of the name: "ismag" finds
# Исмагулова, "sahin" Şahin. An InitPlan, so the GIN index on name_search takes it.
NAME_MATCHES = """p.name_search @@ to_tsquery('simple', (
    SELECT string_agg(quote_literal(word) || ':*', ' & ')
    FROM regexp_split_to_table(person_name_key(:q), ' ') AS word WHERE word <> ''
))"""
_DIRECTORY_FILTERS = (
    f"AND {NAME_MATCHES}",
    "AND EXISTS (SELECT FROM affiliations fa WHERE fa.person_id = p.id AND fa.organization_id = :organization_id)",
    "AND p.country_code = :country",
)


@cache
def _directory_statement(shape: tuple[bool, ...], has_after: bool) -> ReadStatement:
    filters = " ".join(fragment for fragment, on in zip(_DIRECTORY_FILTERS, shape, strict=True) if on)
    # Text search is planned for its values (app/db/read.py), as statement search is.
    after = PERSON_AFTER if has_after else ""
    query = _DIRECTORY.format(
        scope=_DIRECTORY_SCOPE, filters=filters, after=after, order=PERSON_NAME_ORDER, entry=_ENTRY
    )
    return json_sql(query, custom_plan=shape[0])


# Likely duplicates of a person about to be registered: the same folded name and the same organization (an
# affiliation with it, ended or not), or, for a person registered with none, people with no affiliation at all.
# Only among those the caller may see in the directory: a partner is never told of another's people.
_SAME_NAME = f"""
SELECT coalesce(json_agg(json_build_object('id', p.id, 'full_name', p.full_name) ORDER BY p.id), '[]')
FROM people p
WHERE p.name_key = person_name_key(:full_name) AND {_DIRECTORY_SCOPE} AND {{organization}}
"""
_SAME_ORGANIZATION = (
    "EXISTS (SELECT FROM affiliations a WHERE a.person_id = p.id AND a.organization_id = :organization_id)"
)
_NO_ORGANIZATION = "NOT EXISTS (SELECT FROM affiliations a WHERE a.person_id = p.id)"
_DUPLICATES = {
    has_organization: json_sql(
        _SAME_NAME.format(organization=_SAME_ORGANIZATION if has_organization else _NO_ORGANIZATION)
    )
    for has_organization in (False, True)
}


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

    async def directory(
        self, filters: DirectoryFilters, *, langs: list[str], viewer: Viewer, limit: int, after: UUID | None
    ) -> list[PersonEntry]:
        params: dict[str, object] = {"langs": langs, "limit": limit, "after_id": after} | viewer.params()
        params |= {"q": filters.q, "organization_id": filters.organization_id, "country": filters.country}
        shape = (filters.q is not None, filters.organization_id is not None, filters.country is not None)
        statement = _directory_statement(shape, after is not None)
        return await self.reader.json(statement, params, list[PersonEntry]) or []

    async def likely_duplicates(
        self, full_name: str, organization_id: UUID | None, *, viewer: Viewer
    ) -> list[LikelyDuplicate]:
        params = {"full_name": full_name, "organization_id": organization_id} | viewer.params()
        statement = _DUPLICATES[organization_id is not None]
        return await self.reader.json(statement, params, list[LikelyDuplicate]) or []
