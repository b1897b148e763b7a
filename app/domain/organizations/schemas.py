"""Organizations on the wire. `OrganizationSummary` (and its `Country`) is how every other domain shows an
organization: forums' organizers, speakers' affiliations, participants' snapshots."""

from __future__ import annotations

import datetime
from uuid import UUID

from app.db.models.enums import LegalForm
from app.lib.i18n import LocalizedText
from app.lib.schema import Schema


class Country(Schema):
    code: str
    name: str


class OrganizationSummary(Schema):
    id: UUID
    name: LocalizedText
    legal_form: LegalForm
    country: Country | None


class Organization(OrganizationSummary):
    website: str | None
    created_at: datetime.datetime
    updated_at: datetime.datetime


class OrganizationPage(Schema):
    items: list[Organization]
    next: str | None


class ForumOrganization(OrganizationSummary):
    """An organization taking part in a forum: how many of its people are on the speakers list (speaking for
    it), and how many hold an active registration (pending, confirmed, waitlisted) in its delegation."""

    speakers: int
    delegates: int


class ForumOrganizationPage(Schema):
    items: list[ForumOrganization]
    next: str | None
