"""Organizers' writes to forums and rooms, and the room read they edit against."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, Response, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.forums.deps import provide_forum_write_service, provide_room_read_service
from app.domain.forums.inputs import ForumPatch, RoomInput, RoomPatch
from app.domain.forums.repositories import RoomReadRepository
from app.domain.forums.schemas import Forum, RoomDetail
from app.domain.forums.write_services import ForumWriteService
from app.lib.errors import NotFoundError
from app.lib.etag import representation_etag
from app.lib.guards import forum_organizer, people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import BEARER, problems
from app.lib.preconditions import IfMatch, OptionalIfMatch
from app.lib.principal import Principal
from app.lib.viewer import viewer_of

WRITES = {"forum_writes": Provide(provide_forum_write_service, sync_to_thread=False)}


def _room_location(room: RoomDetail) -> str:
    return f"/api/v1/rooms/{room.id}"


class ForumWriteController(Controller):
    path = "/api/v1/forums"
    tags = ["Forums"]
    security = [{BEARER: []}]
    dependencies = WRITES

    @patch(
        "/{forum_id:uuid}",
        operation_id="update_forum",
        summary="Change a forum",
        description="Send only the fields that change, with the ETag you read in If-Match. Status moves draft -> "
        "published|cancelled, published -> cancelled|archived, cancelled -> published|archived.",
        guards=[forum_organizer],
        responses=problems(400, 401, 403, 404, 409, 412, 422, 428),
    )
    async def update_forum(
        self,
        forum_writes: NamedDependency[ForumWriteService],
        languages: Languages,
        forum_id: FromPath[UUID],
        data: JSONBody[ForumPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[Forum]:
        forum = await forum_writes.update_forum(
            forum_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return Response(forum, headers={"ETag": representation_etag(forum)})

    @delete(
        "/{forum_id:uuid}",
        operation_id="delete_forum",
        summary="Delete a draft forum",
        description="Only a draft can be deleted (cancel or archive a published forum); its id is never reused.",
        guards=[forum_organizer],
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_forum(
        self,
        forum_writes: NamedDependency[ForumWriteService],
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
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_room(
        self,
        forum_writes: NamedDependency[ForumWriteService],
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

    @get(
        "/",
        operation_id="get_room",
        summary="Get a room",
        opt={"public": True},
        dependencies={"rooms": Provide(provide_room_read_service, sync_to_thread=False)},
        responses=problems(400, 404),
    )
    async def get_room(
        self, rooms: NamedDependency[RoomReadRepository], principal: NamedDependency[Principal], room_id: FromPath[UUID]
    ) -> RoomDetail:
        room = await rooms.get(room_id, viewer=viewer_of(principal))
        if room is None:
            raise NotFoundError(f"no room {room_id}")
        return room

    @patch(
        "/",
        operation_id="update_room",
        summary="Change a room",
        guards=[people_only],
        security=[{BEARER: []}],
        dependencies=WRITES,
        responses=problems(400, 401, 403, 404, 409, 412, 428),
    )
    async def update_room(
        self,
        forum_writes: NamedDependency[ForumWriteService],
        room_id: FromPath[UUID],
        data: JSONBody[RoomPatch],
        if_match: IfMatch = None,
    ) -> Response[RoomDetail]:
        room = await forum_writes.update_room(room_id, data, if_match=if_match)
        return Response(room, headers={"ETag": representation_etag(room)})

    @delete(
        "/",
        operation_id="delete_room",
        summary="Delete a room no session uses",
        guards=[people_only],
        security=[{BEARER: []}],
        dependencies=WRITES,
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_room(
        self,
        forum_writes: NamedDependency[ForumWriteService],
        room_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await forum_writes.delete_room(room_id, if_match=if_match)
