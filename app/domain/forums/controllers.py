from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, PathParameter

from app.domain.forums.deps import provide_forum_read_service, provide_forum_write_service
from app.domain.forums.inputs import ForumInput
from app.domain.forums.schemas import Forum, ForumPage
from app.domain.forums.services import ForumReadService
from app.domain.forums.write_services import ForumWriteService
from app.lib.guards import people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.principal import Principal
from app.lib.viewer import viewer_of

# Anyone may call the reads: see tests/integration/test_access_matrix.py.
PUBLIC = {"public": True}

ForumKey = Annotated[str, PathParameter(description="The forum's id or its slug.", max_length=100)]


def _forum_location(forum: Forum) -> str:
    return f"/api/v1/forums/{forum.id}"


class ForumController(Controller):
    path = "/api/v1/forums"
    tags = ["Forums"]
    dependencies = {
        "forums": Provide(provide_forum_read_service, sync_to_thread=False),
        "forum_writes": Provide(provide_forum_write_service, sync_to_thread=False),
    }

    @get(
        "/",
        operation_id="list_forums",
        opt=PUBLIC,
        summary="List forums",
        description="Published, cancelled and archived forums, newest first.",
        responses=problems(400),
    )
    async def list_forums(
        self,
        request: Request[Any, Any, Any],
        forums: NamedDependency[ForumReadService],
        languages: Languages,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[ForumPage]:
        page = await forums.list_forums(langs=languages, limit=limit, cursor=cursor)
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/{forum:str}",
        operation_id="get_forum",
        opt=PUBLIC,
        summary="Get a forum",
        description="A forum by id or slug, with its organizers, rooms and registration policy. Its organizers "
        "also see it while it is a draft.",
        responses=problems(400, 404),
    )
    async def get_forum(
        self,
        forums: NamedDependency[ForumReadService],
        languages: Languages,
        principal: NamedDependency[Principal],
        forum: ForumKey,
        translations: Translations = False,
    ) -> Forum:
        return await forums.get_forum(forum, langs=languages, viewer=viewer_of(principal), translations=translations)

    @post(
        "/",
        operation_id="create_forum",
        summary="Create a forum",
        description="A platform admin, or an admin of one of the organizing organizations, creates a forum (a "
        "draft unless said otherwise) and becomes its organizer.",
        guards=[people_only],
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 409, 422),
    )
    async def create_forum(
        self,
        forum_writes: NamedDependency[ForumWriteService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        data: JSONBody[ForumInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
    ) -> Response[Forum]:
        rendering = Rendering(languages, translations)
        return await idempotency.create(
            idempotency_key, lambda: forum_writes.create_forum(data, rendering), Forum, location=_forum_location
        )
