from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.people.repositories import PersonReadRepository
from app.domain.people.services import PersonReadService
from app.domain.people.write_repositories import PersonWriteRepository
from app.domain.people.write_services import PersonWriteService
from app.lib.principal import Principal


def provide_person_read_service(reader: NamedDependency[Reader]) -> PersonReadService:
    return PersonReadService(PersonReadRepository(reader))


def provide_person_write_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> PersonWriteService:
    return PersonWriteService(
        PersonWriteRepository(db_session), PersonReadRepository(TransactionReader(db_session)), audit, principal
    )
