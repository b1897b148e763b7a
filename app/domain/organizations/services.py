from __future__ import annotations

from uuid import UUID

from app.domain.organizations.repositories import OrganizationReadRepository
from app.domain.organizations.schemas import Organization, OrganizationPage
from app.lib.errors import NotFoundError
from app.lib.pagination import decode_cursor, split_page

ORGANIZATION_CURSOR = "organizations"


class OrganizationReadService:
    def __init__(self, repository: OrganizationReadRepository) -> None:
        self.repository = repository

    async def list_organizations(
        self, *, langs: list[str], limit: int, country: str | None, cursor: str | None
    ) -> OrganizationPage:
        after = decode_cursor(ORGANIZATION_CURSOR, cursor, tuple[UUID]) if cursor is not None else None
        rows = await self.repository.list_page(
            langs=langs, limit=limit + 1, country=country, after=after[0] if after else None
        )
        items, next_cursor = split_page(rows, limit, ORGANIZATION_CURSOR, lambda last: (last.id,))
        return OrganizationPage(items=items, next=next_cursor)

    async def get_organization(
        self, organization_id: UUID, *, langs: list[str], translations: bool = False
    ) -> Organization:
        found = await self.repository.get(organization_id, langs=langs, translations=translations)
        if found is None:
            raise NotFoundError(f"no organization {organization_id}")
        return found
