"""What attendees, partners and organizers send. Whatever the schema accepts is acceptable as such: the rules
that depend on the database (a person who exists, a place left) answer 422 or 409, never a 400 the client
could not have foreseen from the spec."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal
from uuid import UUID

import msgspec
from litestar.params import QueryParameter

from app.db.models.enums import RegistrationCategory, RegistrationStatus
from app.lib.inputs import END, Email, Text200
from app.lib.places import CountryCode

Phone = Annotated[str, msgspec.Meta(pattern=r"^\+?[0-9 ()./-]{3,40}" + END, max_length=40)]
TicketCode = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+" + END)]
MAX_DELEGATES = 200
# Delegates are registered by their organization (create_delegation), not by themselves.
OwnCategory = Literal["participant", "speaker", "press", "observer"]


class RegistrationInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An attendee registering themself."""

    category: OwnCategory = "participant"

    @property
    def registration_category(self) -> RegistrationCategory:
        return RegistrationCategory(self.category)


class ExistingDelegate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="existing"):
    """A person already known (a speaker, last year's delegate): registered as they are."""

    person_id: UUID


class NewDelegate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, tag_field="kind", tag="new"):
    """A person not yet known, made from these details (contact data stays private)."""

    full_name: Text200
    email: Email | None = None
    phone: Phone | None = None
    country_code: CountryCode | None = None


DelegateInput = ExistingDelegate | NewDelegate


class DelegationInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    organization_id: UUID
    category: RegistrationCategory = RegistrationCategory.DELEGATE
    delegates: Annotated[list[DelegateInput], msgspec.Meta(min_length=1, max_length=MAX_DELEGATES)]


class CheckInInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    ticket_code: TicketCode


class DelegationQuotaInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    quota: Annotated[int, msgspec.Meta(ge=0, le=1_000_000)]


# The filters of a forum's registration list (list_forum_registrations), as query parameters.
StatusFilter = Annotated[RegistrationStatus | None, QueryParameter(name="status", description="Only this status.")]
CategoryFilter = Annotated[RegistrationCategory | None, QueryParameter(name="category")]
SessionFilter = Annotated[
    UUID | None, QueryParameter(name="session_id", description="Only the seats of this session of the forum.")
]
OrganizationFilter = Annotated[
    UUID | None, QueryParameter(name="organization_id", description="Only this organization's delegates.")
]
CheckedInFilter = Annotated[bool | None, QueryParameter(name="checked_in", description="Checked in, or not yet.")]


@dataclass(frozen=True, slots=True)
class RegistrationFilter:
    """What a forum's registration list is narrowed to: the caller's filters, then the reader's scope."""

    status: RegistrationStatus | None = None
    category: RegistrationCategory | None = None
    session_id: UUID | None = None
    organization_id: UUID | None = None
    checked_in: bool | None = None
    # None: every registration of the forum; else only these organizations' delegates (a partner's view).
    organizations: tuple[UUID, ...] | None = None
    # None: every person's contact data (the forum's organizers); else only of the people who work for one of
    # these organizations now. Who registered a person is no reason to see their contact data.
    contact_of: tuple[UUID, ...] | None = None
