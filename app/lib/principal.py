"""Who is calling: anonymous, a user (with their grants), or a partner organization's API key."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID


class CallerKind(StrEnum):
    ANONYMOUS = "anonymous"
    USER = "user"
    API_KEY = "api_key"


@dataclass(frozen=True, slots=True)
class Principal:
    kind: CallerKind
    user_id: UUID | None = None
    # The person a user's account is, once it has one (loaded with the grants): what is "mine" on a read.
    person_id: UUID | None = None
    api_key_id: UUID | None = None
    is_admin: bool = False
    # Forums this user organizes.
    organizer_of: frozenset[UUID] = field(default_factory=frozenset)
    # Organizations this caller acts for (a user's memberships, or an API key's one organization).
    member_of: frozenset[UUID] = field(default_factory=frozenset)
    # Organizations whose members and keys this user manages.
    admin_of: frozenset[UUID] = field(default_factory=frozenset)
    # False for a read-scoped API key.
    can_write: bool = True

    @property
    def is_authenticated(self) -> bool:
        return self.kind is not CallerKind.ANONYMOUS

    def organizes(self, forum_id: UUID) -> bool:
        return self.is_admin or forum_id in self.organizer_of

    def administers_organization(self, organization_id: UUID) -> bool:
        return self.is_admin or organization_id in self.admin_of

    def acts_for(self, organization_id: UUID) -> bool:
        return self.is_admin or organization_id in self.member_of


ANONYMOUS = Principal(kind=CallerKind.ANONYMOUS, can_write=False)
