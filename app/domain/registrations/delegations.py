"""A partner organization registers its delegation: existing people or new ones, in one request, all or
nothing, within its quota (which the forum's organizers set) and the forum's capacity.

A delegation holds the organization's own people only: an existing person must work for it now (an
affiliation that has not ended, the rule that lets a partner see and change a person: app/domain/people/access.py),
and a new one is made with such an affiliation. A delegation is never a way to link someone else's person to the
organization, and so to their contact data."""

from __future__ import annotations

import datetime
from uuid import UUID

from app.db.base import new_id
from app.db.models import Affiliation, Forum, Person, Registration
from app.db.models.enums import RegistrationStatus
from app.domain.audit.services import Audit, created, diff
from app.domain.registrations.inputs import DelegateInput, DelegationInput, ExistingDelegate, NewDelegate
from app.domain.registrations.repositories import RegistrationRepository
from app.domain.registrations.schemas import Delegation, DelegationQuotaView, RegistrationView
from app.domain.registrations.services import check_capacity, open_forum
from app.domain.registrations.tickets import new_ticket_code
from app.lib.errors import ConflictError, FieldError, ForbiddenError, NotFoundError, UnknownReferenceError
from app.lib.principal import CallerKind, Principal

# The title a new delegate's affiliation is made with: what the organization told us they are.
DELEGATE_TITLE = {"en": "Delegate"}


def today() -> datetime.date:
    return datetime.datetime.now(datetime.UTC).date()


def _field(index: int, name: str, message: str) -> FieldError:
    return FieldError(source="body", field=f"delegates.{index}.{name}", message=message)


def _existing(delegates: list[DelegateInput]) -> list[UUID]:
    return [delegate.person_id for delegate in delegates if isinstance(delegate, ExistingDelegate)]


class DelegationService:
    def __init__(self, repository: RegistrationRepository, audit: Audit, principal: Principal) -> None:
        self.repository = repository
        self.audit = audit
        self.principal = principal

    def _check_caller(self, organization_id: UUID) -> None:
        # A read-write API key of the organization, or a person who administers it.
        if not self.principal.acts_for(organization_id):
            raise NotFoundError(f"no organization {organization_id} that you act for")
        if self.principal.kind is CallerKind.USER and not self.principal.administers_organization(organization_id):
            raise ForbiddenError("only the organization's admins (or its read-write API keys) register its delegation")

    async def create(self, forum_id: UUID, data: DelegationInput) -> Delegation:
        organization_id = data.organization_id
        self._check_caller(organization_id)
        if not await self.repository.organization_exists(organization_id):
            raise NotFoundError(f"no organization {organization_id}")
        # Locked: capacity and quota are decided one registration request at a time.
        forum = open_forum(await self.repository.forum_to_join(forum_id), forum_id, self.principal)
        await self._check_delegates(forum_id, organization_id, data.delegates)
        await self._check_room(forum, organization_id, len(data.delegates))
        return await self._register(forum, data)

    async def set_quota(self, forum_id: UUID, organization_id: UUID, quota: int) -> DelegationQuotaView:
        """The forum's organizers set how many places a partner's delegation may hold (the route's guard checked
        they organize it). Lowering it below what is held cancels nobody; it only refuses more."""
        if await self.repository.forum(forum_id, lock=True) is None:
            raise NotFoundError(f"no forum {forum_id}")
        if not await self.repository.organization_exists(organization_id):
            raise NotFoundError(f"no organization {organization_id}")
        before = await self.repository.quota(forum_id, organization_id)
        await self.repository.set_quota(forum_id, organization_id, quota)
        await self.audit.record(
            "set_quota",
            "organization",
            organization_id,
            forum_id=forum_id,
            changes=diff({"quota": before}, {"quota": quota}),
        )
        used = await self.repository.places_held(forum_id, organization_id=organization_id)
        return DelegationQuotaView(forum_id=forum_id, organization_id=organization_id, quota=quota, used=used)

    async def _check_people(self, organization_id: UUID, delegates: list[DelegateInput], existing: list[UUID]) -> None:
        """Every existing delegate is a person, and one who works for the organization now."""

        def named(ids: set[UUID], message: str) -> list[FieldError]:
            return [
                _field(index, "person_id", message)
                for index, delegate in enumerate(delegates)
                if isinstance(delegate, ExistingDelegate) and delegate.person_id in ids
            ]

        missing = set(existing) - await self.repository.existing_people(existing)
        if missing:
            raise UnknownReferenceError(
                "no such person: " + ", ".join(sorted(map(str, missing))), errors=named(missing, "names no person")
            )
        strangers = set(existing) - await self.repository.working_for(organization_id, existing)
        if strangers:
            raise UnknownReferenceError(
                f"{len(strangers)} of the delegates do not work for organization {organization_id} now: a "
                "delegation registers the organization's own people (an affiliation with it that has not ended)",
                errors=named(strangers, "does not work for the organization now"),
            )

    async def _check_delegates(self, forum_id: UUID, organization_id: UUID, delegates: list[DelegateInput]) -> None:
        existing = _existing(delegates)
        seen: set[UUID] = set()
        twice = []
        for index, delegate in enumerate(delegates):
            if isinstance(delegate, ExistingDelegate):
                if delegate.person_id in seen:
                    twice.append(index)
                seen.add(delegate.person_id)
        if twice:
            raise ConflictError(
                "the same person is listed twice",
                errors=[_field(index, "person_id", "is listed twice") for index in twice],
            )
        await self._check_people(organization_id, delegates, existing)
        registered = await self.repository.registered_among(forum_id, existing)
        if registered:
            errors = [
                _field(index, "person_id", "is already registered for this forum")
                for index, delegate in enumerate(delegates)
                if isinstance(delegate, ExistingDelegate) and delegate.person_id in registered
            ]
            raise ConflictError(
                f"{len(registered)} of the delegates are already registered for this forum", errors=errors
            )

    async def _check_room(self, forum: Forum, organization_id: UUID, wanted: int) -> None:
        quota = await self.repository.quota(forum.id, organization_id)
        if quota is not None:
            used = await self.repository.places_held(forum.id, organization_id=organization_id)
            if used + wanted > quota:
                raise ConflictError(
                    f"over quota: the organization holds {used} of its {quota} places, {wanted} asked for"
                )
        if forum.capacity is not None:
            check_capacity(forum, await self.repository.places_held(forum.id), wanted)

    async def _register(self, forum: Forum, data: DelegationInput) -> Delegation:
        forum_id, organization_id = forum.id, data.organization_id
        people = [
            Person(
                id=new_id(),
                full_name=d.full_name,
                email=d.email,
                phone=d.phone,
                country_code=d.country_code,
                language="und",
            )
            for d in data.delegates
            if isinstance(d, NewDelegate)
        ]
        await self.repository.add_people(people)
        # A new delegate is one of the organization's people from today: the affiliation is what lets the
        # organization see their contact data and register them again, as for any person it registers.
        affiliations = [
            Affiliation(
                id=new_id(),
                person_id=person.id,
                organization_id=organization_id,
                title=DELEGATE_TITLE,
                language="en",
                starts_on=today(),
            )
            for person in people
        ]
        await self.repository.add_affiliations(affiliations)
        new_people = iter(people)
        status = RegistrationStatus.PENDING if forum.requires_approval else RegistrationStatus.CONFIRMED
        registrations = [
            Registration(
                id=new_id(),
                forum_id=forum_id,
                person_id=d.person_id if isinstance(d, ExistingDelegate) else next(new_people).id,
                organization_id=organization_id,
                category=data.category,
                status=status,
                ticket_code=new_ticket_code(),
            )
            for d in data.delegates
        ]
        await self.repository.add_all(registrations)
        for person in people:
            await self.audit.record(
                "create", "person", person.id, forum_id=forum_id, changes=created({"full_name": person.full_name})
            )
        for affiliation in affiliations:
            await self.audit.record(
                "create",
                "affiliation",
                affiliation.id,
                forum_id=forum_id,
                changes=created(
                    {
                        "person_id": affiliation.person_id,
                        "organization_id": organization_id,
                        "title": affiliation.title,
                        "language": affiliation.language,
                        "starts_on": affiliation.starts_on,
                    }
                ),
            )
        for registration in registrations:
            await self.audit.record(
                "create",
                "registration",
                registration.id,
                forum_id=forum_id,
                changes=created(
                    {
                        "person_id": registration.person_id,
                        "organization_id": organization_id,
                        "category": data.category,
                        "status": status,
                    }
                ),
            )
        return Delegation(
            forum_id=forum_id,
            organization_id=organization_id,
            registrations=[RegistrationView.of(registration) for registration in registrations],
        )
