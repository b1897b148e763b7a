from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.audit.services import Audit
from app.domain.registrations.access import Caller
from app.domain.registrations.agenda import AgendaService
from app.domain.registrations.delegations import DelegationService
from app.domain.registrations.queries import RegistrationQueries
from app.domain.registrations.repositories import RegistrationRepository
from app.domain.registrations.seats import SeatRepository
from app.domain.registrations.services import RegistrationService
from app.domain.registrations.tickets import TicketService
from app.lib.principal import Principal


def provide_registration_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> RegistrationService:
    repository = RegistrationRepository(db_session)
    caller = Caller(repository, principal)
    return RegistrationService(
        repository, RegistrationQueries(db_session), SeatRepository(db_session), caller, audit, principal
    )


def provide_ticket_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> TicketService:
    repository = RegistrationRepository(db_session)
    return TicketService(repository, Caller(repository, principal), audit)


def provide_agenda_service(
    db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]
) -> AgendaService:
    return AgendaService(RegistrationQueries(db_session), Caller(RegistrationRepository(db_session), principal))


def provide_delegation_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> DelegationService:
    return DelegationService(RegistrationRepository(db_session), audit, principal)
