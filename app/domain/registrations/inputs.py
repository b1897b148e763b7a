"""What attendees, partners and organizers send. Whatever the schema accepts is acceptable as such: the rules
that depend on the database (a person who exists, a place left) answer 422 or 409, never a 400 the client
could not have foreseen from the spec."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

import msgspec

from app.db.models.enums import RegistrationCategory
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
