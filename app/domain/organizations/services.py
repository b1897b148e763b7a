"""Reading organizations, registering them and keeping them up to date. One transaction per write request;
every write audited.

Who updates an organization: platform admins, its own admins (users) and its read-write API keys ("partner
NGOs keep their organization up to date"). Organizers register speakers' organizations, so they create them,
and they may correct one that no partner manages yet (no admin, no live read-write key): once a partner can
keep it, it is the partner's, and organizers get 404 like anyone else who may not change it. Its plain members
and read-only keys see it but may not change it (403).
"""

from __future__ import annotations

from functools import partial
from typing import Any
from uuid import UUID

from app.db.base import new_id
from app.db.models import Organization
from app.domain.audit.edits import Edit
from app.domain.audit.services import Audit, created, diff
from app.domain.organizations.access import speaks_for
from app.domain.organizations.inputs import OrganizationInput, OrganizationPatch
from app.domain.organizations.queries import OrganizationQueries
from app.domain.organizations.repositories import OrganizationRepository
from app.domain.organizations.schemas import ForumOrganizationPage, OrganizationPage
from app.domain.organizations.schemas import Organization as OrganizationView
from app.lib.errors import ForbiddenError, NotFoundError
from app.lib.inputs import apply, changes_of, require_language
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal

ORGANIZATION_CURSOR = "organizations"
FORUM_ORGANIZATION_CURSOR = "forum-organizations"
FIELDS = ("name", "language", "legal_form", "country_code", "website")


class OrganizationService:
    """Built to read by `provide_organizations` (the lean Reader: no transaction is opened) and to write by
    `provide_organization_writes` (`writing`: the request's transaction, its audit trail and the caller)."""

    repository: OrganizationRepository
    audit: Audit
    principal: Principal

    def __init__(self, queries: OrganizationQueries) -> None:
        self.queries = queries

    @classmethod
    def writing(
        cls, queries: OrganizationQueries, repository: OrganizationRepository, audit: Audit, principal: Principal
    ) -> OrganizationService:
        service = cls(queries)
        service.repository = repository
        service.audit = audit
        service.principal = principal
        return service

    async def list_organizations(
        self, *, langs: list[str], limit: int, country: str | None, cursor: str | None
    ) -> OrganizationPage:
        after = decode_cursor(ORGANIZATION_CURSOR, cursor, tuple[UUID]) if cursor is not None else None
        rows = await self.queries.list_page(
            langs=langs, limit=limit + 1, country=country, after=after[0] if after else None
        )
        items, next_cursor = split_page(rows, limit, ORGANIZATION_CURSOR, lambda last: (last.id,))
        return OrganizationPage(items=items, next=next_cursor)

    async def of_forum(
        self, forum_id: UUID, *, langs: list[str], limit: int, cursor: str | None
    ) -> ForumOrganizationPage:
        after = decode_cursor(FORUM_ORGANIZATION_CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        rows = await self.queries.of_forum(forum_id, langs=langs, limit=limit + 1, after=after)
        if not rows and not await self.queries.forum_is_public(forum_id):
            raise NotFoundError(f"no forum {forum_id}")
        items, next_cursor = split_page(rows, limit, FORUM_ORGANIZATION_CURSOR, lambda last: (last.id,))
        return ForumOrganizationPage(items=items, next=next_cursor)

    async def get_organization(
        self, organization_id: UUID, *, langs: list[str], translations: bool = False
    ) -> OrganizationView:
        found = await self.queries.get(organization_id, langs=langs, translations=translations)
        if found is None:
            raise NotFoundError(f"no organization {organization_id}")
        return found

    async def _render(self, organization_id: UUID, langs: list[str], translations: bool) -> OrganizationView:
        view = await self.queries.get(organization_id, langs=langs, translations=translations)
        if view is None:  # pragma: no cover - the row is locked by this transaction
            raise NotFoundError(f"no organization {organization_id}")
        return view

    @staticmethod
    def _check(values: dict[str, Any]) -> None:
        # The country code is one of the schema's (app/lib/places.py): msgspec refused any other already.
        require_language(values["language"], values["name"], "name")

    async def create(self, data: OrganizationInput, langs: list[str], translations: bool) -> OrganizationView:
        values = {name: getattr(data, name) for name in FIELDS}
        self._check(values)
        organization = Organization(id=new_id(), **values)
        await self.repository.add(organization)
        await self.audit.record("create", "organization", organization.id, forum_id=None, changes=created(values))
        return await self._render(organization.id, langs, translations)

    async def _may_update(self, organization_id: UUID) -> None:
        principal = self.principal
        if speaks_for(principal, organization_id):
            return
        if organization_id in principal.member_of:
            raise ForbiddenError("only the organization's admins and read-write API keys may change it")
        if principal.organizer_of and not await self.repository.is_managed(organization_id):
            return
        raise NotFoundError(f"no organization {organization_id} that you may change")

    async def update(
        self,
        organization_id: UUID,
        patch: OrganizationPatch,
        *,
        if_match: str | None,
        langs: list[str],
        translations: bool,
    ) -> OrganizationView:
        organization = await self.repository.lock(organization_id)
        if organization is None:
            raise NotFoundError(f"no organization {organization_id}")
        await self._may_update(organization_id)
        render = partial(self._render, organization_id, langs, translations)
        edit = await Edit(self.audit, "organization", organization_id, forum_id=None, render=render).check(if_match)
        values = changes_of(patch)
        self._check({name: getattr(organization, name) for name in FIELDS} | values)
        before = apply(organization, values)
        await self.repository.flush()
        return await edit.updated(diff(before, values))


__all__ = ["ORGANIZATION_CURSOR", "OrganizationService"]
