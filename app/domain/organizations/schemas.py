from __future__ import annotations

import datetime

from app.domain.forums.schemas import OrganizationSummary
from app.lib.schema import Schema


class Organization(OrganizationSummary):
    website: str | None
    created_at: datetime.datetime
    updated_at: datetime.datetime


class OrganizationPage(Schema):
    items: list[Organization]
    next: str | None
