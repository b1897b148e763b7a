from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.statements.queries import StatementQueries
from app.domain.statements.repositories import StatementRepository
from app.domain.statements.services import StatementReadService, StatementWriteService
from app.lib.principal import Principal


def provide_statement_read_service(reader: NamedDependency[Reader]) -> StatementReadService:
    return StatementReadService(StatementQueries(reader))


def provide_statement_write_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> StatementWriteService:
    # Writers render what they changed inside their own transaction, exactly as a GET would.
    reads = StatementQueries(TransactionReader(db_session))
    return StatementWriteService(StatementRepository(db_session), reads, audit, principal)
