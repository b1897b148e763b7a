"""What organizers send to put a person on a session and to change their part in it, and what a forum's
speakers list filters on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

import msgspec

from app.db.models.enums import InvitationState, ParticipantRole
from app.lib.inputs import UNSET, LanguageCode, ShortTranslations, UnsetType
from app.lib.schema import Input

Position = Annotated[int, msgspec.Meta(ge=0, le=10_000, description="Order on the session, lowest first.")]


class TitleInput(Input):
    """A title given as such: its texts and the language it is in originally, one object, so there is no
    language without a title. Read back as the participant's `title` (its `translations` with
    `translations=true`)."""

    translations: ShortTranslations
    # The title's original language: one of the keys of `translations`.
    language: LanguageCode


class ParticipantInput(Input):
    """Leave out `affiliation_id` and `title` to take them from the person's current affiliation (the one whose
    period includes the session's day, else the latest open one); `affiliation_id: null` puts them on in a
    personal capacity. A `title` replaces the affiliation's; `title: null` leaves none."""

    person_id: UUID
    role: ParticipantRole
    # Default: after the last participant.
    position: Position | None = None
    invitation: InvitationState = InvitationState.INVITED
    affiliation_id: UUID | UnsetType | None = UNSET
    title: TitleInput | UnsetType | None = UNSET


class ParticipantPatch(Input):
    """Only the fields sent change. A new `affiliation_id` takes that affiliation's organization and title
    (unless `title` is sent too); `null` leaves no organization and, unless `title` is sent, no title."""

    role: ParticipantRole | UnsetType = UNSET
    position: Position | UnsetType = UNSET
    invitation: InvitationState | UnsetType = UNSET
    affiliation_id: UUID | UnsetType | None = UNSET
    title: TitleInput | UnsetType | None = UNSET


# A role as a query parameter takes (the speakers list's `role`).
RoleFilter = ParticipantRole


@dataclass(frozen=True, slots=True)
class SpeakerFilters:
    """A forum's speakers list, narrowed to those who speak in this role, for this organization, or for an
    organization of this country (ISO 3166-1 alpha-2, upper case) on at least one of their sessions there."""

    role: ParticipantRole | None = None
    organization_id: UUID | None = None
    country: str | None = None
