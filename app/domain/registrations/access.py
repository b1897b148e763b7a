"""Who a registration's caller is, and who may see a registration: the person themself, the forum's organizers,
and the partner that registered them; anyone else is told there is no such registration (404)."""

from __future__ import annotations

from uuid import UUID

from app.db.base import new_event_id, new_id
from app.db.models import Registration
from app.domain.registrations.repositories import RegistrationRepository
from app.lib.errors import NotFoundError
from app.lib.principal import Principal


class Caller:
    """The caller as registrations see them: a principal, and the person their account is (looked up once)."""

    def __init__(self, repository: RegistrationRepository, principal: Principal) -> None:
        self.repository = repository
        self.principal = principal
        self._person_id: UUID | None = None

    async def person_id(self, *, create: bool = False) -> UUID | None:
        """The person the calling account is; with `create`, made on first need (an account registering)."""
        if self._person_id is None and self.principal.user_id is not None:
            self._person_id = await self.repository.person_of_user(self.principal.user_id)
            if self._person_id is None and create:
                return await self.make_person()
        return self._person_id

    async def make_person(self) -> UUID:
        """The calling account's person, made now unless it has one (and audited when made): for a caller just
        seen to have none, without looking again."""
        user_id = self.principal.user_id
        assert user_id is not None  # noqa: S101 - only accounts register themselves
        self._person_id, _ = await self.repository.create_person_for_user(
            user_id,
            person_id=new_id(),
            event_id=new_event_id(),
            actor_user_id=user_id,
            actor_api_key_id=self.principal.api_key_id,
        )
        return self._person_id

    async def owns(self, registration: Registration) -> bool:
        return registration.person_id == await self.person_id()

    def delegated_it(self, registration: Registration) -> bool:
        """The caller acts for the organization that registered this delegate."""
        return registration.organization_id is not None and self.principal.acts_for(registration.organization_id)

    async def may_see(self, registration: Registration) -> bool:
        """The person themself, the forum's organizers, and the partner that registered them; nobody else (404)."""
        return (
            self.principal.organizes(registration.forum_id)
            or self.delegated_it(registration)
            or await self.owns(registration)
        )

    async def visible(self, registration_id: UUID) -> Registration:
        """The registration, if the caller may see it; else 404, whatever its id."""
        registration = await self.repository.get(registration_id)
        if registration is None or not await self.may_see(registration):
            raise NotFoundError(f"no registration {registration_id}")
        return registration
