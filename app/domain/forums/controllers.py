"""Forums and their rooms: the public reads, and the organizers' writes."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody, PathParameter
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.forums.deps import provide_forum_reads, provide_forum_service
from app.domain.forums.inputs import ForumInput, ForumPatch, RoomInput, RoomPatch
from app.domain.forums.schemas import Forum, ForumPage, RoomDetail
from app.domain.forums.services import ForumReads, ForumService
from app.lib.etag import with_etag
from app.lib.guards import forum_organizer, people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import BEARER, problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.preconditions import IfMatch, OptionalIfMatch
from app.lib.viewer import Viewer

# Anyone may call the reads: see tests/integration/test_access_matrix.py.
PUBLIC = {"public": True}
# Reads take the lean Reader, writes the request's transaction: a handler asks for one of them.
DEPENDENCIES = {
    "forums": Provide(provide_forum_reads, sync_to_thread=False),
    "forum_writes": Provide(provide_forum_service, sync_to_thread=False),
}

ForumKey = Annotated[str, PathParameter(description="The forum's id or its slug.", max_length=100)]


def _forum_location(forum: Forum) -> str:
    return f"/api/v1/forums/{forum.id}"


def _room_location(room: RoomDetail) -> str:
    return f"/api/v1/rooms/{room.id}"


class ForumController(Controller):
    path = "/api/v1/forums"
    tags = ["Forums"]
    dependencies = DEPENDENCIES

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
        forums: NamedDependency[ForumReads],
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
        forums: NamedDependency[ForumReads],
        languages: Languages,
        viewer: NamedDependency[Viewer],
        forum: ForumKey,
        translations: Translations = False,
    ) -> Forum:
        return await forums.get_forum(forum, langs=languages, viewer=viewer, translations=translations)

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
        forum_writes: NamedDependency[ForumService],
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

    @patch(
        "/{forum_id:uuid}",
        operation_id="update_forum",
        summary="Change a forum",
        description="Send only the fields that change, with the ETag you read in If-Match. Status moves draft -> "
        "published|cancelled, published -> cancelled|archived, cancelled -> published|archived.",
        guards=[forum_organizer],
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 404, 409, 412, 422, 428),
    )
    async def update_forum(
        self,
        forum_writes: NamedDependency[ForumService],
        languages: Languages,
        forum_id: FromPath[UUID],
        data: JSONBody[ForumPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Forum]:
        forum = await forum_writes.update_forum(
            forum_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return with_etag(forum)

    @delete(
        "/{forum_id:uuid}",
        operation_id="delete_forum",
        summary="Delete a draft forum",
        description="Only a draft can be deleted (cancel or archive a published forum); its id is never reused.",
        guards=[forum_organizer],
        security=[{BEARER: []}],
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_forum(
        self,
        forum_writes: NamedDependency[ForumService],
        languages: Languages,
        forum_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await forum_writes.delete_forum(forum_id, if_match=if_match, rendering=Rendering(languages))

    @post(
        "/{forum_id:uuid}/rooms",
        operation_id="create_room",
        summary="Add a room to a forum",
        guards=[forum_organizer],
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_room(
        self,
        forum_writes: NamedDependency[ForumService],
        idempotency: NamedDependency[Idempotency],
        forum_id: FromPath[UUID],
        data: JSONBody[RoomInput],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[RoomDetail]:
        return await idempotency.create(
            idempotency_key, lambda: forum_writes.create_room(forum_id, data), RoomDetail, location=_room_location
        )


class RoomController(Controller):
    path = "/api/v1/rooms/{room_id:uuid}"
    tags = ["Forums"]
    dependencies = DEPENDENCIES

    @get(
        "/",
        operation_id="get_room",
        summary="Get a room",
        opt=PUBLIC,
        responses=problems(400, 404),
    )
    async def get_room(
        self, forums: NamedDependency[ForumReads], viewer: NamedDependency[Viewer], room_id: FromPath[UUID]
    ) -> RoomDetail:
        return await forums.get_room(room_id, viewer=viewer)

    @patch(
        "/",
        operation_id="update_room",
        summary="Change a room",
        guards=[people_only],
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 404, 409, 412, 428),
    )
    async def update_room(
        self,
        forum_writes: NamedDependency[ForumService],
        room_id: FromPath[UUID],
        data: JSONBody[RoomPatch],
        if_match: IfMatch = None,
    ) -> Response[RoomDetail]:
        room = await forum_writes.update_room(room_id, data, if_match=if_match)
        return with_etag(room)

    @delete(
        "/",
        operation_id="delete_room",
        summary="Delete a room no session uses",
        guards=[people_only],
        security=[{BEARER: []}],
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_room(
        self,
        forum_writes: NamedDependency[ForumService],
        room_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await forum_writes.delete_room(room_id, if_match=if_match)
