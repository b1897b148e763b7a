"""Reading organizations as JSON built in PostgreSQL, on the lean Reader."""

from __future__ import annotations

from uuid import UUID

from app.db.fragments import FORUM_IS_PUBLIC, ORGANIZATION_SUMMARY, SPEAKER_IS_LISTED
from app.db.models.registrations import ACTIVE
from app.db.read import Reader, json_sql, sql
from app.domain.organizations.schemas import ForumOrganization, Organization

_ORGANIZATION = f"""({ORGANIZATION_SUMMARY}::jsonb || jsonb_build_object(
    'website', o.website, 'created_at', o.created_at, 'updated_at', o.updated_at))"""
# Alphabetical by the name in the organization's own language; the same expression is indexed.
SORT_NAME = "lower(o.name ->> o.language)"

_LIST = f"""
WITH page AS (
    SELECT o.*, {SORT_NAME} AS sort_name FROM organizations o
    WHERE true {{filters}}
    ORDER BY {SORT_NAME}, o.id LIMIT :limit
)
SELECT coalesce(json_agg({_ORGANIZATION} ORDER BY o.sort_name, o.id), '[]')
FROM page o LEFT JOIN countries oc ON oc.code = o.country_code
"""
_COUNTRY = "AND o.country_code = :country"
# The cursor holds only the last id; its sort key is looked up, since the reader's `name` may be a translation.
_AFTER = (
    f"AND ({SORT_NAME}, o.id) > (SELECT lower(x.name ->> x.language), x.id FROM organizations x WHERE x.id = :after_id)"
)
_LISTS = {
    (has_country, has_after): json_sql(
        _LIST.format(filters=" ".join(f for f, on in ((_COUNTRY, has_country), (_AFTER, has_after)) if on))
    )
    for has_country in (False, True)
    for has_after in (False, True)
}

_DETAIL = json_sql(f"""
SELECT {_ORGANIZATION} FROM organizations o LEFT JOIN countries oc ON oc.code = o.country_code
WHERE o.id = :organization_id
""")
# The same, with every translation of the name: what an editor edits (`translations=true`).
_DETAIL_FULL = json_sql(f"""
SELECT {_ORGANIZATION} || jsonb_build_object('name', localized_full(o.name, :langs, o.language))
FROM organizations o LEFT JOIN countries oc ON oc.code = o.country_code
WHERE o.id = :organization_id
""")


# A forum's organizations (issue 20): those whose people are on its speakers list (the organization they spoke
# for) or hold an active registration in its delegation, with how many of each (people, counted once). Public
# fields only; the counts are what the speakers list and the registrations already make public in aggregate.
_FORUM_ORGANIZATIONS = f"""
WITH speaking AS (
    SELECT sp.organization_id AS id, count(DISTINCT sp.person_id) AS speakers
    FROM forum_sessions fs JOIN session_participants sp ON sp.session_id = fs.id
    WHERE fs.forum_id = :forum_id AND sp.organization_id IS NOT NULL AND {SPEAKER_IS_LISTED}
    GROUP BY sp.organization_id
), delegating AS (
    SELECT r.organization_id AS id, count(DISTINCT r.person_id) AS delegates
    FROM registrations r
    WHERE r.forum_id = :forum_id AND r.organization_id IS NOT NULL AND r.{ACTIVE}
    GROUP BY r.organization_id
), counted AS (
    SELECT coalesce(s.id, d.id) AS id, coalesce(s.speakers, 0) AS speakers, coalesce(d.delegates, 0) AS delegates
    FROM speaking s FULL JOIN delegating d ON d.id = s.id
), page AS (
    SELECT o.*, {SORT_NAME} AS sort_name, counted.speakers, counted.delegates
    FROM organizations o JOIN counted ON counted.id = o.id
    WHERE EXISTS (SELECT FROM forums f WHERE f.id = :forum_id AND {FORUM_IS_PUBLIC}) {{after}}
    ORDER BY {SORT_NAME}, o.id LIMIT :limit
)
SELECT coalesce(json_agg(({ORGANIZATION_SUMMARY}::jsonb
    || jsonb_build_object('speakers', o.speakers, 'delegates', o.delegates)) ORDER BY o.sort_name, o.id), '[]')
FROM page o LEFT JOIN countries oc ON oc.code = o.country_code
"""
_FORUM_ORGANIZATION_PAGES = {
    has_after: json_sql(_FORUM_ORGANIZATIONS.format(after=_AFTER if has_after else "")) for has_after in (False, True)
}
_FORUM_IS_PUBLIC = sql(f"SELECT 'true' FROM forums f WHERE f.id = :forum_id AND {FORUM_IS_PUBLIC}")


class OrganizationQueries:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def list_page(
        self, *, langs: list[str], limit: int, country: str | None, after: UUID | None
    ) -> list[Organization]:
        params: dict[str, object] = {"langs": langs, "limit": limit}
        if country is not None:
            params["country"] = country
        if after is not None:
            params["after_id"] = after
        statement = _LISTS[(country is not None, after is not None)]
        return await self.reader.json(statement, params, list[Organization]) or []

    async def get(self, organization_id: UUID, *, langs: list[str], translations: bool = False) -> Organization | None:
        statement = _DETAIL_FULL if translations else _DETAIL
        return await self.reader.json(statement, {"organization_id": organization_id, "langs": langs}, Organization)

    async def of_forum(
        self, forum_id: UUID, *, langs: list[str], limit: int, after: UUID | None
    ) -> list[ForumOrganization]:
        params: dict[str, object] = {"forum_id": forum_id, "langs": langs, "limit": limit, "after_id": after}
        statement = _FORUM_ORGANIZATION_PAGES[after is not None]
        return await self.reader.json(statement, params, list[ForumOrganization]) or []

    async def forum_is_public(self, forum_id: UUID) -> bool:
        return await self.reader.value(_FORUM_IS_PUBLIC, {"forum_id": forum_id}) is not None
