from __future__ import annotations

import datetime
from uuid import UUID

import msgspec

from app.db.models.enums import ParticipantRole
from app.domain.organizations.schemas import Country, OrganizationSummary
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class Affiliation(Schema):
    id: UUID
    organization: OrganizationSummary
    title: LocalizedText
    starts_on: datetime.date | None
    ends_on: datetime.date | None


class AffiliationDetail(Affiliation):
    person_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime


class Appearance(Schema):
    """A session the person is on, among those the reader may see."""

    session_id: UUID
    forum_id: UUID
    title: LocalizedText
    day: datetime.date
    role: ParticipantRole


class Contact(Schema):
    email: str | None
    phone: str | None


class Person(Schema):
    """A profile. `contact` is there only for those who may reach the person: platform admins, organizers
    of a forum they are on, and their own organization's partners; it is never in a public view."""

    id: UUID
    full_name: str
    bio: LocalizedText | None
    photo_url: str | None
    country: Country | None
    affiliations: list[Affiliation]
    appearances: list[Appearance]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contact: Contact | msgspec.UnsetType = msgspec.UNSET


class PersonEntry(Schema):
    """A person in the directory: who they are and for whom they work or worked. `contact` as on a profile:
    only for platform admins, organizers of a forum the person is on, and the person's own organization."""

    id: UUID
    full_name: str
    photo_url: str | None
    country: Country | None
    affiliations: list[Affiliation]
    contact: Contact | msgspec.UnsetType = msgspec.UNSET


class DirectoryPage(Schema):
    items: list[PersonEntry]
    next: str | None


class LikelyDuplicate(Schema):
    """A person already registered under the same folded name and organization."""

    id: UUID
    full_name: str
