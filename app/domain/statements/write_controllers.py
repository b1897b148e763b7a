"""Recording statements: organizers create, edit, publish and retract; partners submit their speakers' statements.

Who may do what is the service's (app/domain/statements/write_services.py); these handlers speak HTTP.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, Request, Response, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_200_OK

from app.domain.statements.deps import provide_statement_write_service
from app.domain.statements.inputs import RetractionInput, StatementInput, StatementPatch
from app.domain.statements.schemas import Statement, StatementRevisionPage
from app.domain.statements.write_services import StatementWriteService
from app.lib.etag import representation_etag
from app.lib.guards import authenticated, people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.preconditions import IfMatch, OptionalIfMatch

# Partners call these with their API key; people with an access token.
PEOPLE_OR_PARTNERS: list[dict[str, list[str]]] = [{BEARER: []}, {API_KEY: []}]
# If-Match on publish and retract is optional: a transition is safe without it (it only moves forward, and a
# wrong state is 409), but a client that read a version may insist on it.
TRANSITION_IF_MATCH = (
    " Send If-Match with the ETag you read to make sure you act on that version (412 if it changed); "
    "without it the transition applies to the current version."
)


def _location(statement: Statement) -> str:
    return f"/api/v1/statements/{statement.id}"


def _with_etag(statement: Statement) -> Response[Statement]:
    return Response(statement, status_code=HTTP_200_OK, headers={"ETag": representation_etag(statement)})


class StatementWriteController(Controller):
    tags = ["Statements"]
    dependencies = {"statement_writes": Provide(provide_statement_write_service, sync_to_thread=False)}

    @post(
        "/api/v1/sessions/{session_id:uuid}/statements",
        operation_id="create_statement",
        summary="Record or submit a statement",
        description="The forum's organizers record a statement as a draft or publish it directly. A partner "
        "organization (an org-admin, or its read-write API key) submits statements of its own speakers "
        "(participants whose organization is its own): they are `submitted`, whatever `status` says, until an "
        "organizer publishes them. `text` holds the original (`language`) and any translations; `topics` "
        "name existing topics (an unknown slug is refused); `position` defaults to after the session's last "
        "statement. Send an Idempotency-Key to retry safely.",
        guards=[authenticated],
        security=PEOPLE_OR_PARTNERS,
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_statement(
        self,
        statement_writes: NamedDependency[StatementWriteService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        session_id: FromPath[UUID],
        data: JSONBody[StatementInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
    ) -> Response[Statement]:
        rendering = Rendering(languages, translations)
        return await idempotency.create(
            idempotency_key,
            lambda: statement_writes.create(session_id, data, rendering),
            Statement,
            location=_location,
        )

    @patch(
        "/api/v1/statements/{statement_id:uuid}",
        operation_id="update_statement",
        summary="Change a statement",
        description="Send only the fields that change, with the ETag you read in If-Match (read with the same "
        "`lang` and `translations`). Organizers change any statement of their forum; a partner changes what it "
        "submitted until it is published (then 409). The version replaced is kept (list_statement_revisions).",
        guards=[authenticated],
        security=PEOPLE_OR_PARTNERS,
        responses=problems(400, 401, 403, 404, 409, 412, 422, 428),
    )
    async def update_statement(
        self,
        statement_writes: NamedDependency[StatementWriteService],
        languages: Languages,
        statement_id: FromPath[UUID],
        data: JSONBody[StatementPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Statement]:
        statement = await statement_writes.update(
            statement_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return _with_etag(statement)

    @post(
        "/api/v1/statements/{statement_id:uuid}/publish",
        operation_id="publish_statement",
        summary="Publish a statement",
        description="The forum's organizers publish a draft or a partner's submission: it becomes public (once "
        "its session is) and gets its published_at. Any other state is 409." + TRANSITION_IF_MATCH,
        guards=[people_only],
        security=[{BEARER: []}],
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def publish_statement(
        self,
        statement_writes: NamedDependency[StatementWriteService],
        languages: Languages,
        statement_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
        translations: Translations = False,
    ) -> Response[Statement]:
        statement = await statement_writes.publish(
            statement_id, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return _with_etag(statement)

    @post(
        "/api/v1/statements/{statement_id:uuid}/retract",
        operation_id="retract_statement",
        summary="Retract a published statement",
        description="The forum's organizers retract a published statement with a reason. It stays in every "
        "public read, shown as retracted with the reason, not silently gone. Any other state is 409."
        + TRANSITION_IF_MATCH,
        guards=[people_only],
        security=[{BEARER: []}],
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def retract_statement(
        self,
        statement_writes: NamedDependency[StatementWriteService],
        languages: Languages,
        statement_id: FromPath[UUID],
        data: JSONBody[RetractionInput],
        if_match: OptionalIfMatch = None,
        translations: Translations = False,
    ) -> Response[Statement]:
        statement = await statement_writes.retract(
            statement_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return _with_etag(statement)

    @get(
        "/api/v1/statements/{statement_id:uuid}/revisions",
        operation_id="list_statement_revisions",
        summary="A statement's earlier versions",
        description="Each version a change replaced (an edit, publishing, retracting), oldest first, with who "
        "replaced it and when. For the forum's organizers, and for the partner organization that submitted it.",
        guards=[authenticated],
        security=PEOPLE_OR_PARTNERS,
        responses=problems(400, 401, 404),
    )
    async def list_statement_revisions(
        self,
        request: Request[Any, Any, Any],
        statement_writes: NamedDependency[StatementWriteService],
        statement_id: FromPath[UUID],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[StatementRevisionPage]:
        page = await statement_writes.revisions(statement_id, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))
