from __future__ import annotations

from litestar.di import NamedDependency

from app.db.read import Reader
from app.domain.statements.repositories import StatementReadRepository
from app.domain.statements.services import StatementReadService


def provide_statement_read_service(reader: NamedDependency[Reader]) -> StatementReadService:
    return StatementReadService(StatementReadRepository(reader))
