from __future__ import annotations

from litestar.di import NamedDependency

from app.db.read import Reader
from app.domain.people.repositories import PersonReadRepository
from app.domain.people.services import PersonReadService


def provide_person_read_service(reader: NamedDependency[Reader]) -> PersonReadService:
    return PersonReadService(PersonReadRepository(reader))
