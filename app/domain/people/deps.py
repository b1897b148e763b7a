from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.people.queries import PersonQueries
from app.domain.people.repositories import PersonRepository
from app.domain.people.services import PersonService
from app.lib.principal import Principal


def provide_people(reader: NamedDependency[Reader]) -> PersonService:
    """For reads: the lean Reader, no ORM session (so no transaction) opened."""
    return PersonService(PersonQueries(reader))


def provide_person_writes(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> PersonService:
    """For writes: the request's transaction, read back through it so answers see the change."""
    return PersonService.writing(
        PersonQueries(TransactionReader(db_session)), PersonRepository(db_session), audit, principal
    )
