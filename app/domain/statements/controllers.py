"""Every statement operation: the public reads, and what organizers and partners do to record statements.

Who may do what is the services' (app/domain/statements/services.py); these handlers speak HTTP.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody, QueryParameter
from litestar.status_codes import HTTP_200_OK

from app.domain.forums.services import parse_forum_key
from app.domain.statements.deps import provide_statement_read_service, provide_statement_write_service
from app.domain.statements.inputs import RetractionInput, StatementFilters, StatementInput, StatementPatch
from app.domain.statements.schemas import Statement, StatementPage, StatementRevisionPage, StatementSearchPage
from app.domain.statements.services import StatementReadService, StatementWriteService
from app.lib.etag import with_etag
from app.lib.guards import authenticated, people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import API_KEY, BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import COUNTRY_CODE_PATTERN
from app.lib.preconditions import IfMatch, OptionalIfMatch
from app.lib.viewer import Viewer

# Anyone may call the reads marked so: see tests/integration/test_access_matrix.py.
PUBLIC = {"public": True}
# Partners call these with their API key; people with an access token.
PEOPLE_OR_PARTNERS: list[dict[str, list[str]]] = [{BEARER: []}, {API_KEY: []}]
# If-Match on publish and retract is optional: a transition is safe without it (it only moves forward, and a
# wrong state is 409), but a client that read a version may insist on it.
TRANSITION_IF_MATCH = (
    " Send If-Match with the ETag you read to make sure you act on that version (412 if it changed); "
    "without it the transition applies to the current version."
)


Query = Annotated[
    str | None,
    QueryParameter(
        name="q",
        min_length=1,
        max_length=200,
        description="Full-text search in every language statements are stored in: the 1,000 most recent "
        "matches (after the other filters), ranked by relevance. Narrow the words or filter by forum, person or "
        "topic to reach older ones.",
    ),
]
TopicSlug = Annotated[str | None, QueryParameter(name="topic", max_length=100, description="A topic's slug.")]
CountryCode = Annotated[
    str | None,
    QueryParameter(
        name="country",
        pattern=COUNTRY_CODE_PATTERN,
        description="ISO 3166-1 alpha-2 code of the speaker's organization's country.",
    ),
]
OrganizationId = Annotated[
    UUID | None, QueryParameter(name="organization", description="The id of the speaker's organization.")
]
ForumFilter = Annotated[str | None, QueryParameter(name="forum", max_length=100, description="A forum's id or slug.")]


def _location(statement: Statement) -> str:
    return f"/api/v1/statements/{statement.id}"


class StatementController(Controller):
    tags = ["Statements"]
    dependencies = {
        "statements": Provide(provide_statement_read_service, sync_to_thread=False),
        "statement_writes": Provide(provide_statement_write_service, sync_to_thread=False),
    }

    @get(
        "/api/v1/sessions/{session_id:uuid}/statements",
        operation_id="list_session_statements",
        summary="A session's statements",
        description="Published statements of a session in the order they were made; retracted ones show as "
        "retracted, with the reason. The forum's organizers also see drafts and submissions; a partner "
        "organization also sees what it submitted.",
        responses=problems(400, 404),
        opt=PUBLIC,
    )
    async def list_session_statements(
        self,
        request: Request[Any, Any, Any],
        statements: NamedDependency[StatementReadService],
        viewer: NamedDependency[Viewer],
        languages: Languages,
        session_id: FromPath[UUID],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[StatementPage]:
        page = await statements.for_session(session_id, langs=languages, viewer=viewer, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

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

    @get(
        "/api/v1/statements",
        operation_id="search_statements",
        summary="Search statements",
        description="Published statements, and retracted ones shown as retracted with the reason; filtered and, "
        "with `q`, ranked by relevance; otherwise newest first.",
        responses=problems(400),
        opt=PUBLIC,
    )
    async def search_statements(
        self,
        request: Request[Any, Any, Any],
        statements: NamedDependency[StatementReadService],
        languages: Languages,
        q: Query = None,
        topic: TopicSlug = None,
        country: CountryCode = None,
        organization: OrganizationId = None,
        forum: ForumFilter = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[StatementSearchPage]:
        forum_id, forum_slug = parse_forum_key(forum) if forum is not None else (None, None)
        filters = StatementFilters(
            q=q.strip() or None if q is not None else None,
            topic=topic,
            country=country.upper() if country else None,
            organization_id=organization,
            forum_id=forum_id,
            forum_slug=forum_slug,
        )
        page = await statements.search(filters, langs=languages, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/api/v1/statements/{statement_id:uuid}",
        operation_id="get_statement",
        summary="Get a statement",
        description="A statement as the caller may see it: anyone sees published and retracted ones (with the "
        "reason); the forum's organizers also drafts and submissions; a partner organization also what it "
        "submitted. The ETag is what an update sends in If-Match (read with the same `lang` and "
        "`translations`).",
        responses=problems(400, 404),
        opt=PUBLIC,
    )
    async def get_statement(
        self,
        statements: NamedDependency[StatementReadService],
        viewer: NamedDependency[Viewer],
        languages: Languages,
        statement_id: FromPath[UUID],
        translations: Translations = False,
    ) -> Statement:
        return await statements.get(statement_id, langs=languages, viewer=viewer, translations=translations)

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
        return with_etag(statement)

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
        return with_etag(statement)

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
        return with_etag(statement)

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
