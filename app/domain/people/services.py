from __future__ import annotations

from uuid import UUID

from app.domain.people.repositories import PersonReadRepository
from app.domain.people.schemas import AffiliationDetail, Person
from app.lib.errors import NotFoundError
from app.lib.viewer import Viewer


class PersonReadService:
    def __init__(self, repository: PersonReadRepository) -> None:
        self.repository = repository

    async def get_person(
        self, person_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> Person:
        found = await self.repository.get(person_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no person {person_id}")
        return found

    async def get_affiliation(
        self, affiliation_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> AffiliationDetail:
        found = await self.repository.affiliation(affiliation_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no affiliation {affiliation_id}")
        return found

    async def ensure_public(self, person_id: UUID) -> None:
        if not await self.repository.is_public(person_id):
            raise NotFoundError(f"no person {person_id}")
