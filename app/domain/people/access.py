"""Who may change a person and their affiliations.

Platform admins, and the organizers of a forum the person is on (any session, any invitation), may change
the person and any of their affiliations. A partner (an organization's admin or read-write key) may change the
people who work for it now (an affiliation that has not ended), and only affiliations to its own organization.
Anyone else gets 404: the same callers see the contact data, so editing is never a way to reach it.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from app.domain.organizations.access import speaks_for
from app.domain.people.repositories import PersonRepository
from app.lib.errors import ForbiddenError, NotFoundError
from app.lib.principal import Principal


@dataclass(frozen=True, slots=True)
class Rights:
    """What the caller may do to one person: everything, or only for these organizations of theirs."""

    everything: bool
    organizations: frozenset[UUID] = frozenset()

    def require_organization(self, organization_id: UUID) -> None:
        if not self.everything and organization_id not in self.organizations:
            raise ForbiddenError("a partner changes only affiliations to its own organization")


def partner_organizations(principal: Principal) -> frozenset[UUID]:
    """The organizations the caller may write for as a partner."""
    return frozenset(org for org in principal.member_of | principal.admin_of if speaks_for(principal, org))


async def rights_over(repository: PersonRepository, principal: Principal, person_id: UUID) -> Rights:
    if principal.is_admin or await repository.on_forums(person_id, principal.organizer_of):
        return Rights(everything=True)
    mine = partner_organizations(principal) & await repository.current_organizations(person_id)
    if not mine:
        raise NotFoundError(f"no person {person_id} that you may change")
    return Rights(everything=False, organizations=mine)
