"""Every query the organization writers make, through the request's ORM session."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ApiKey, Organization, OrganizationMember


class OrganizationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock(self, organization_id: UUID) -> Organization | None:
        statement = select(Organization).where(Organization.id == organization_id).with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def add(self, row: Organization) -> None:
        self.session.add(row)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()

    async def is_managed(self, organization_id: UUID) -> bool:
        """Someone of the organization can keep it up to date: an admin (user) or a live read-write key."""
        admins = exists().where(OrganizationMember.organization_id == organization_id, OrganizationMember.is_admin)
        keys = exists().where(
            ApiKey.organization_id == organization_id, ApiKey.revoked_at.is_(None), ApiKey.scope == "read-write"
        )
        return bool(await self.session.scalar(select(admins | keys)))
