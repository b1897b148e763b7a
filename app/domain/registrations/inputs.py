"""What attendees, partners and organizers send."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import msgspec

from app.db.models.enums import RegistrationCategory
from app.lib.inputs import Text200

Email = Annotated[str, msgspec.Meta(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=320)]
Phone = Annotated[str, msgspec.Meta(pattern=r"^\+?[0-9 ()./-]{3,40}$", max_length=40)]
CountryCode = Annotated[str, msgspec.Meta(pattern="^[A-Z]{2}$", description="ISO 3166-1 alpha-2, upper case.")]
TicketCode = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
MAX_DELEGATES = 200


class RegistrationInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An attendee registering themself. Delegates are registered by their organization (create_delegation)."""

    category: RegistrationCategory = RegistrationCategory.PARTICIPANT


class DelegateInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Either an existing person (`person_id`) or a new one (`full_name` and, optionally, contact data)."""

    person_id: UUID | None = None
    full_name: Text200 | None = None
    email: Email | None = None
    phone: Phone | None = None
    country_code: CountryCode | None = None


class DelegationInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    organization_id: UUID
    category: RegistrationCategory = RegistrationCategory.DELEGATE
    delegates: Annotated[list[DelegateInput], msgspec.Meta(min_length=1, max_length=MAX_DELEGATES)]


class CheckInInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    ticket_code: TicketCode


class DelegationQuotaInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    quota: Annotated[int, msgspec.Meta(ge=0, le=1_000_000)]
