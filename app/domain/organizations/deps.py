from __future__ import annotations

from litestar.di import NamedDependency

from app.db.read import Reader
from app.domain.organizations.repositories import OrganizationReadRepository
from app.domain.organizations.services import OrganizationReadService


def provide_organization_read_service(reader: NamedDependency[Reader]) -> OrganizationReadService:
    return OrganizationReadService(OrganizationReadRepository(reader))
