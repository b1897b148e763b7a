"""Reading people, registering them and their affiliations. One transaction per write request; every write
audited (contact data redacted: the trail should not keep an address after it was corrected). Who may:
app/domain/people/access.py.

Answers render the person exactly as a GET by the caller would (so contact data appears only for those who
may see it) and their ETag is what If-Match compares.
"""

from __future__ import annotations

import datetime
from functools import partial
from typing import Any
from uuid import UUID

from app.db.base import new_id
from app.db.models import Affiliation, Person
from app.domain.audit.edits import Edit
from app.domain.audit.services import Audit, created, diff
from app.domain.people.access import Rights, partner_organizations, rights_over
from app.domain.people.errors import LikelyDuplicateError
from app.domain.people.inputs import AffiliationInput, AffiliationPatch, DirectoryFilters, PersonInput, PersonPatch
from app.domain.people.queries import PersonQueries
from app.domain.people.repositories import PersonRepository
from app.domain.people.schemas import AffiliationDetail, DirectoryPage
from app.domain.people.schemas import Person as PersonView
from app.domain.statements.inputs import StatementFilters
from app.domain.statements.schemas import StatementSearchPage
from app.domain.statements.services import StatementReadService
from app.lib.errors import FieldError, ForbiddenError, NotFoundError, body_error, reference_error
from app.lib.inputs import apply, changes_of, require_language
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal
from app.lib.viewer import Viewer, viewer_of

PERSON_FIELDS = ("full_name", "language", "bio", "photo_url", "country_code", "email", "phone")
AFFILIATION_FIELDS = ("title", "language", "starts_on", "ends_on")
UTC = datetime.UTC
PRIVATE = frozenset({"email", "phone"})
DIRECTORY_CURSOR = "people"


def _redacted(changes: dict[str, Any]) -> dict[str, Any]:
    hidden = {name: {side: None if value is None else "(private)" for side, value in change.items()}
              for name, change in changes.items() if name in PRIVATE}  # fmt: skip
    return changes | hidden


def _check_period(starts_on: datetime.date | None, ends_on: datetime.date | None, field: str) -> None:
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise body_error(field, "is before starts_on", "an affiliation ends on or after the day it starts")


class PersonService:
    """Built to read by `provide_people` (the lean Reader: no transaction is opened) and to write by
    `provide_person_writes` (`writing`: the request's transaction, its audit trail and the caller)."""

    repository: PersonRepository
    audit: Audit
    principal: Principal
    viewer: Viewer

    def __init__(self, queries: PersonQueries) -> None:
        self.queries = queries

    @classmethod
    def writing(
        cls, queries: PersonQueries, repository: PersonRepository, audit: Audit, principal: Principal
    ) -> PersonService:
        service = cls(queries)
        service.repository = repository
        service.audit = audit
        service.principal = principal
        service.viewer = viewer_of(principal)
        return service

    async def get_person(
        self, person_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> PersonView:
        found = await self.queries.get(person_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no person {person_id}")
        return found

    async def get_affiliation(
        self, affiliation_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> AffiliationDetail:
        found = await self.queries.affiliation(affiliation_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no affiliation {affiliation_id}")
        return found

    async def directory(
        self, filters: DirectoryFilters, *, langs: list[str], viewer: Viewer, limit: int, cursor: str | None
    ) -> DirectoryPage:
        """The people directory: platform admins and organizers search everyone, partners their own people."""
        if not (viewer.see_all or viewer.forums or viewer.organizations):
            raise ForbiddenError("the people directory is for organizers, platform admins and partner organizations")
        after = decode_cursor(DIRECTORY_CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        rows = await self.queries.directory(filters, langs=langs, viewer=viewer, limit=limit + 1, after=after)
        items, next_cursor = split_page(rows, limit, DIRECTORY_CURSOR, lambda last: (last.id,))
        return DirectoryPage(items=items, next=next_cursor)

    async def list_statements(
        self, person_id: UUID, statements: StatementReadService, *, langs: list[str], limit: int, cursor: str | None
    ) -> StatementSearchPage:
        """The person's published statements. 404 until the person is public, as their profile is: an invited
        speaker's name is the organizers' to announce."""
        if not await self.queries.is_public(person_id):
            raise NotFoundError(f"no person {person_id}")
        return await statements.search(StatementFilters(person_id=person_id), langs=langs, limit=limit, cursor=cursor)

    async def _render(self, person_id: UUID, langs: list[str], translations: bool) -> PersonView:
        view = await self.queries.get(person_id, langs=langs, viewer=self.viewer, translations=translations)
        if view is None:  # pragma: no cover - the caller may change the person, so may see them
            raise NotFoundError(f"no person {person_id}")
        return view

    async def _render_affiliation(self, affiliation_id: UUID, langs: list[str]) -> AffiliationDetail:
        # Whoever may change an affiliation sees it, and it holds nothing private, so every viewer who sees it
        # reads the same thing. Rendered as an admin would see it: a partner who has just ended its own
        # affiliation with someone no longer sees them, but is still answered what it wrote.
        view = await self.queries.affiliation(affiliation_id, langs=langs, viewer=Viewer(see_all=True))
        if view is None:  # pragma: no cover - as above
            raise NotFoundError(f"no affiliation {affiliation_id}")
        return view

    @staticmethod
    def _check_person(values: dict[str, Any]) -> None:
        # The country code is one of the schema's (app/lib/places.py): msgspec refused any other already.
        require_language(values["language"], values.get("bio"), "bio")

    async def create_person(
        self, data: PersonInput, langs: list[str], translations: bool, *, allow_duplicate: bool = False
    ) -> PersonView:
        principal = self.principal
        organizer = principal.is_admin or bool(principal.organizer_of)
        if not organizer:
            mine = partner_organizations(principal)
            if not mine:
                raise ForbiddenError("people are registered by organizers, admins, and partners for their organization")
            if data.affiliation is None:
                # The body is well formed; it is this caller who may not register a person with no organization.
                raise ForbiddenError(
                    "a partner registers people for its own organization: send affiliation with its organization_id",
                    errors=[FieldError(source="body", field="affiliation", message="is required from a partner")],
                )
            Rights(everything=False, organizations=mine).require_organization(data.affiliation.organization_id)
            if data.affiliation.ends_on is not None and data.affiliation.ends_on < datetime.datetime.now(UTC).date():
                raise body_error("affiliation.ends_on", "is past", "a partner registers the people who work for it now")
        values = {name: getattr(data, name) for name in PERSON_FIELDS}
        self._check_person(values)
        if data.affiliation is not None:
            await self._check_affiliation(data.affiliation, "affiliation.")
        if not allow_duplicate:
            await self._refuse_duplicates(data)
        person = Person(id=new_id(), **values)
        await self.repository.add(person)
        await self.audit.record("create", "person", person.id, forum_id=None, changes=_redacted(created(values)))
        if data.affiliation is not None:
            await self._add_affiliation(person.id, data.affiliation)
        return await self._render(person.id, langs, translations)

    async def _refuse_duplicates(self, data: PersonInput) -> None:
        await self.repository.queue_for_name(data.full_name)
        organization_id = data.affiliation.organization_id if data.affiliation is not None else None
        duplicates = await self.queries.likely_duplicates(data.full_name, organization_id, viewer=self.viewer)
        if duplicates:
            raise LikelyDuplicateError(duplicates)

    async def update_person(
        self, person_id: UUID, patch: PersonPatch, *, if_match: str | None, langs: list[str], translations: bool
    ) -> PersonView:
        person = await self.repository.lock(person_id)
        if person is None:
            raise NotFoundError(f"no person {person_id}")
        await rights_over(self.repository, self.principal, person_id)
        render = partial(self._render, person_id, langs, translations)
        edit = await Edit(self.audit, "person", person_id, forum_id=None, render=render).check(if_match)
        values = changes_of(patch)
        self._check_person({name: getattr(person, name) for name in PERSON_FIELDS} | values)
        before = apply(person, values)
        await self.repository.flush()
        return await edit.updated(_redacted(diff(before, values)))

    async def _check_affiliation(self, data: AffiliationInput, prefix: str = "") -> None:
        require_language(data.language, data.title, f"{prefix}title")
        _check_period(data.starts_on, data.ends_on, f"{prefix}ends_on")
        if not await self.repository.organization_exists(data.organization_id):
            raise reference_error(
                f"{prefix}organization_id", "names no organization", f"no organization {data.organization_id}"
            )

    async def _add_affiliation(self, person_id: UUID, data: AffiliationInput) -> Affiliation:
        values = {"person_id": person_id, "organization_id": data.organization_id} | {
            name: getattr(data, name) for name in AFFILIATION_FIELDS
        }
        affiliation = Affiliation(id=new_id(), **values)
        await self.repository.add(affiliation)
        await self.audit.record("create", "affiliation", affiliation.id, forum_id=None, changes=created(values))
        return affiliation

    async def create_affiliation(self, person_id: UUID, data: AffiliationInput, langs: list[str]) -> AffiliationDetail:
        if await self.repository.lock(person_id) is None:
            raise NotFoundError(f"no person {person_id}")
        rights = await rights_over(self.repository, self.principal, person_id)
        rights.require_organization(data.organization_id)
        await self._check_affiliation(data)
        affiliation = await self._add_affiliation(person_id, data)
        return await self._render_affiliation(affiliation.id, langs)

    async def _locked_affiliation(self, affiliation_id: UUID) -> Affiliation:
        affiliation = await self.repository.lock_affiliation(affiliation_id)
        if affiliation is None:
            raise NotFoundError(f"no affiliation {affiliation_id}")
        try:
            rights = await rights_over(self.repository, self.principal, affiliation.person_id)
        except NotFoundError:
            raise NotFoundError(f"no affiliation {affiliation_id} that you may change") from None
        rights.require_organization(affiliation.organization_id)
        return affiliation

    async def update_affiliation(
        self, affiliation_id: UUID, patch: AffiliationPatch, *, if_match: str | None, langs: list[str]
    ) -> AffiliationDetail:
        affiliation = await self._locked_affiliation(affiliation_id)
        edit = await self._edit_affiliation(affiliation_id, langs).check(if_match)
        values = changes_of(patch)
        merged = {name: getattr(affiliation, name) for name in AFFILIATION_FIELDS} | values
        require_language(merged["language"], merged["title"], "title")
        _check_period(merged["starts_on"], merged["ends_on"], "ends_on")
        before = apply(affiliation, values)
        await self.repository.flush()
        return await edit.updated(diff(before, values))

    async def delete_affiliation(self, affiliation_id: UUID, *, if_match: str | None, langs: list[str]) -> None:
        """Sessions the person spoke on keep the organization and title they spoke under (a snapshot)."""
        affiliation = await self._locked_affiliation(affiliation_id)
        edit = await self._edit_affiliation(affiliation_id, langs).check(if_match, required=False)
        await self.repository.delete(affiliation)
        await edit.deleted()

    def _edit_affiliation(self, affiliation_id: UUID, langs: list[str]) -> Edit[AffiliationDetail]:
        render = partial(self._render_affiliation, affiliation_id, langs)
        return Edit(self.audit, "affiliation", affiliation_id, forum_id=None, render=render)


__all__ = ["PersonService"]
