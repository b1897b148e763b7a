from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.statements.repositories import StatementReadRepository
from app.domain.statements.services import StatementReadService


def provide_statement_read_service(db_session: NamedDependency[AsyncSession]) -> StatementReadService:
    return StatementReadService(StatementReadRepository(db_session))
