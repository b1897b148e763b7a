from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.organizations.queries import OrganizationQueries
from app.domain.organizations.repositories import OrganizationRepository
from app.domain.organizations.services import OrganizationService
from app.lib.principal import Principal


def provide_organizations(reader: NamedDependency[Reader]) -> OrganizationService:
    """For reads: the lean Reader, no ORM session (so no transaction) opened."""
    return OrganizationService(OrganizationQueries(reader))


def provide_organization_writes(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> OrganizationService:
    """For writes: the request's transaction, read back through it so answers see the change."""
    return OrganizationService.writing(
        OrganizationQueries(TransactionReader(db_session)), OrganizationRepository(db_session), audit, principal
    )
