from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.audit.services import Audit
from app.domain.registrations.delegations import DelegationService
from app.domain.registrations.me_services import MeService
from app.domain.registrations.organizer_services import OrganizerService
from app.domain.registrations.repositories import RegistrationRepository
from app.domain.registrations.rules import Caller
from app.domain.registrations.seat_repositories import SeatRepository
from app.domain.registrations.seats import SeatService
from app.domain.registrations.services import RegistrationService
from app.lib.principal import Principal


def provide_registration_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> RegistrationService:
    repository = RegistrationRepository(db_session)
    caller = Caller(repository, principal)
    seats = SeatService(SeatRepository(db_session), caller, audit, principal)
    return RegistrationService(repository, seats, caller, audit, principal)


def provide_delegation_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> DelegationService:
    return DelegationService(RegistrationRepository(db_session), audit, principal)


def provide_organizer_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> OrganizerService:
    return OrganizerService(RegistrationRepository(db_session), audit, principal)


def provide_me_service(db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]) -> MeService:
    repository = RegistrationRepository(db_session)
    return MeService(repository, Caller(repository, principal))
