from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.organizations.repositories import OrganizationReadRepository
from app.domain.organizations.services import OrganizationReadService
from app.domain.organizations.write_repositories import OrganizationWriteRepository
from app.domain.organizations.write_services import OrganizationWriteService
from app.lib.principal import Principal


def provide_organization_read_service(reader: NamedDependency[Reader]) -> OrganizationReadService:
    return OrganizationReadService(OrganizationReadRepository(reader))


def provide_organization_write_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> OrganizationWriteService:
    return OrganizationWriteService(
        OrganizationWriteRepository(db_session),
        OrganizationReadRepository(TransactionReader(db_session)),
        audit,
        principal,
    )
