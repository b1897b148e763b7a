"""Reading organizations as JSON built in PostgreSQL, on the lean Reader."""

from __future__ import annotations

from uuid import UUID

from app.db.fragments import ORGANIZATION_SUMMARY
from app.db.read import Reader, json_sql
from app.domain.organizations.schemas import Organization

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
