from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.organizations.repositories import OrganizationReadRepository
from app.domain.organizations.services import OrganizationReadService


def provide_organization_read_service(db_session: NamedDependency[AsyncSession]) -> OrganizationReadService:
    return OrganizationReadService(OrganizationReadRepository(db_session))
