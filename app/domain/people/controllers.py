from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath

from app.domain.people.deps import provide_person_read_service
from app.domain.people.schemas import Person
from app.domain.people.services import PersonReadService
from app.domain.statements.deps import provide_statement_read_service
from app.domain.statements.inputs import StatementFilters
from app.domain.statements.schemas import StatementSearchPage
from app.domain.statements.services import StatementReadService
from app.lib.i18n import Languages, Translations
from app.lib.openapi import problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.principal import Principal
from app.lib.viewer import viewer_of


class PersonController(Controller):
    path = "/api/v1/people"
    tags = ["People"]
    opt = {"public": True}  # anyone may call: see tests/integration/test_access_matrix.py
    dependencies = {
        "people": Provide(provide_person_read_service, sync_to_thread=False),
        "statements": Provide(provide_statement_read_service, sync_to_thread=False),
    }

    @get(
        "/{person_id:uuid}",
        operation_id="get_person",
        summary="Get a person",
        description="A speaker's profile: affiliations and the sessions the caller may see. Anyone sees the "
        "people on public sessions; organizers see every profile, partners their own organization's people. "
        "`contact` (email, phone) is there only for platform admins, organizers of a forum the person is on, "
        "and the person's own organization's members and keys; never in a public view.",
        responses=problems(400, 404),
    )
    async def get_person(
        self,
        people: NamedDependency[PersonReadService],
        principal: NamedDependency[Principal],
        languages: Languages,
        person_id: FromPath[UUID],
        translations: Translations = False,
    ) -> Person:
        return await people.get_person(
            person_id, langs=languages, viewer=viewer_of(principal), translations=translations
        )

    @get(
        "/{person_id:uuid}/statements",
        operation_id="list_person_statements",
        summary="A person's statements",
        description="The person's published statements, newest first.",
        responses=problems(400, 404),
    )
    async def list_person_statements(
        self,
        request: Request[Any, Any, Any],
        people: NamedDependency[PersonReadService],
        statements: NamedDependency[StatementReadService],
        languages: Languages,
        person_id: FromPath[UUID],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[StatementSearchPage]:
        await people.ensure_public(person_id)
        page = await statements.search(
            StatementFilters(person_id=person_id), langs=languages, limit=limit, cursor=cursor
        )
        return Response(page, headers=next_link(request, page.next))
