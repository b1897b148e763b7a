"""Rules every way of registering shares: the window, the ticket code, who may see a registration."""

from __future__ import annotations

import datetime
import secrets
from uuid import UUID
from zoneinfo import ZoneInfo

from app.db.base import new_event_id, new_id
from app.db.models import Forum, Registration
from app.domain.registrations.repositories import RegistrationRepository
from app.lib.errors import ConflictError
from app.lib.principal import Principal


def new_ticket_code() -> str:
    # 192 random bits: unguessable, and unrelated to the id that appears in URLs.
    return secrets.token_urlsafe(24)


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def check_window(
    opens_at: datetime.datetime | None, closes_at: datetime.datetime | None, *, at: datetime.datetime | None = None
) -> None:
    """Registration is open from `opens_at` until before `closes_at`; `at` defaults to now."""
    moment = at or now()
    if opens_at is not None and moment < opens_at:
        raise ConflictError(f"registration opens at {opens_at.isoformat()}")
    if closes_at is not None and moment >= closes_at:
        raise ConflictError(f"registration closed at {closes_at.isoformat()}")


def check_not_over(forum: Forum, *, at: datetime.datetime | None = None) -> None:
    """A forum takes registrations until its last day ends in its own time zone (as TAKE_SEAT has it)."""
    if forum.ends_on >= datetime.date.max:
        return
    next_day = forum.ends_on + datetime.timedelta(days=1)
    if (at or now()) >= datetime.datetime.combine(next_day, datetime.time(), ZoneInfo(forum.timezone)):
        raise ConflictError(f"this forum is over (it ended on {forum.ends_on.isoformat()}): it takes no registrations")


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
