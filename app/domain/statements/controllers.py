from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, QueryParameter

from app.domain.forums.services import parse_forum_key
from app.domain.statements.deps import provide_statement_read_service
from app.domain.statements.repositories import StatementFilters
from app.domain.statements.schemas import Statement, StatementPage, StatementSearchPage
from app.domain.statements.services import StatementReadService
from app.lib.i18n import Languages, Translations
from app.lib.openapi import problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.params import COUNTRY_CODE_PATTERN
from app.lib.principal import Principal
from app.lib.viewer import viewer_of

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


class StatementController(Controller):
    tags = ["Statements"]
    opt = {"public": True}  # anyone may call: see tests/integration/test_access_matrix.py
    dependencies = {"statements": Provide(provide_statement_read_service, sync_to_thread=False)}

    @get(
        "/api/v1/sessions/{session_id:uuid}/statements",
        operation_id="list_session_statements",
        summary="A session's statements",
        description="Published statements of a session in the order they were made; retracted ones show as "
        "retracted, with the reason. The forum's organizers also see drafts and submissions; a partner "
        "organization also sees what it submitted.",
        responses=problems(400, 404),
    )
    async def list_session_statements(
        self,
        request: Request[Any, Any, Any],
        statements: NamedDependency[StatementReadService],
        principal: NamedDependency[Principal],
        languages: Languages,
        session_id: FromPath[UUID],
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[StatementPage]:
        page = await statements.for_session(
            session_id, langs=languages, viewer=viewer_of(principal), limit=limit, cursor=cursor
        )
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
    )
    async def get_statement(
        self,
        statements: NamedDependency[StatementReadService],
        principal: NamedDependency[Principal],
        languages: Languages,
        statement_id: FromPath[UUID],
        translations: Translations = False,
    ) -> Statement:
        return await statements.get(
            statement_id, langs=languages, viewer=viewer_of(principal), translations=translations
        )

    @get(
        "/api/v1/statements",
        operation_id="search_statements",
        summary="Search statements",
        description="Published statements, and retracted ones shown as retracted with the reason; filtered and, "
        "with `q`, ranked by relevance; otherwise newest first.",
        responses=problems(400),
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
