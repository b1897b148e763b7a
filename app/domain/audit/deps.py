from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.audit.repositories import AuditRepository
from app.domain.audit.services import Audit, AuditQueryService
from app.lib.principal import Principal


def provide_audit(db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]) -> Audit:
    return Audit(AuditRepository(db_session), principal)


def provide_audit_query_service(
    db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]
) -> AuditQueryService:
    return AuditQueryService(AuditRepository(db_session), principal)
