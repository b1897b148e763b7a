from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.people.repositories import PersonReadRepository
from app.domain.people.services import PersonReadService


def provide_person_read_service(db_session: NamedDependency[AsyncSession]) -> PersonReadService:
    return PersonReadService(PersonReadRepository(db_session))
