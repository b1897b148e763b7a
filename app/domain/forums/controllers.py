from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import PathParameter

from app.domain.forums.deps import provide_forum_read_service
from app.domain.forums.schemas import Forum, ForumPage
from app.domain.forums.services import ForumReadService
from app.lib.i18n import Languages
from app.lib.openapi import problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link

ForumKey = Annotated[str, PathParameter(description="The forum's id or its slug.", max_length=100)]


class ForumController(Controller):
    path = "/api/v1/forums"
    tags = ["Forums"]
    opt = {"public": True}  # anyone may call: see tests/integration/test_access_matrix.py
    dependencies = {"forums": Provide(provide_forum_read_service, sync_to_thread=False)}

    @get(
        "/",
        operation_id="list_forums",
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
        summary="Get a forum",
        description="A forum by id or slug, with its organizers, rooms and registration policy.",
        responses=problems(400, 404),
    )
    async def get_forum(
        self, forums: NamedDependency[ForumReadService], languages: Languages, forum: ForumKey
    ) -> Forum:
        return await forums.get_forum(forum, langs=languages)
