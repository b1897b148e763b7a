"""Organizers' writes to a forum's sessions."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, Response, delete, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.forum_sessions.deps import provide_session_write_service
from app.domain.forum_sessions.inputs import SessionInput, SessionPatch
from app.domain.forum_sessions.schemas import SessionDetail
from app.domain.forum_sessions.write_services import SessionWriteService
from app.lib.etag import representation_etag
from app.lib.guards import forum_organizer, people_only
from app.lib.i18n import Languages, Rendering, Translations
from app.lib.idempotency.service import Idempotency, IdempotencyKey
from app.lib.openapi import BEARER, problems
from app.lib.preconditions import IfMatch, OptionalIfMatch

_PLACEMENT_RULES = (
    "Two live sessions never hold one room at overlapping times, and nobody speaks on two overlapping "
    "sessions: either answers 409 naming the session in the way."
)


def _session_location(session: SessionDetail) -> str:
    return f"/api/v1/sessions/{session.id}"


class SessionWriteController(Controller):
    tags = ["Sessions"]
    security = [{BEARER: []}]
    dependencies = {"session_writes": Provide(provide_session_write_service, sync_to_thread=False)}

    @post(
        "/api/v1/forums/{forum_id:uuid}/sessions",
        operation_id="create_session",
        summary="Add a session to a forum",
        description="A panel, plenary, workshop or side event on one of the forum's days (`day`, always): "
        "timed with starts_at and ends_at on that day in the forum's time zone, or dated only until its time is "
        "known. A draft unless said otherwise. A room_id of no room of this forum is 422. " + _PLACEMENT_RULES,
        guards=[forum_organizer],
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_session(
        self,
        session_writes: NamedDependency[SessionWriteService],
        idempotency: NamedDependency[Idempotency],
        languages: Languages,
        forum_id: FromPath[UUID],
        data: JSONBody[SessionInput],
        idempotency_key: IdempotencyKey = None,
        translations: Translations = False,
    ) -> Response[SessionDetail]:
        rendering = Rendering(languages, translations)
        return await idempotency.create(
            idempotency_key,
            lambda: session_writes.create_session(forum_id, data, rendering),
            SessionDetail,
            location=_session_location,
        )

    @patch(
        "/api/v1/sessions/{session_id:uuid}",
        operation_id="update_session",
        summary="Change a session",
        description="Send only the fields that change, with the ETag you read in If-Match. Status moves draft -> "
        "published|cancelled, published -> cancelled, cancelled -> published. " + _PLACEMENT_RULES,
        guards=[people_only],
        responses=problems(400, 401, 403, 404, 409, 412, 422, 428),
    )
    async def update_session(
        self,
        session_writes: NamedDependency[SessionWriteService],
        languages: Languages,
        session_id: FromPath[UUID],
        data: JSONBody[SessionPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[SessionDetail]:
        session = await session_writes.update_session(
            session_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return Response(session, headers={"ETag": representation_etag(session)})

    @delete(
        "/api/v1/sessions/{session_id:uuid}",
        operation_id="delete_session",
        summary="Delete a session",
        description="Only a session with no statements and nobody registered can be deleted (cancel it "
        "otherwise); its participants go with it, and its id is never reused.",
        guards=[people_only],
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_session(
        self,
        session_writes: NamedDependency[SessionWriteService],
        languages: Languages,
        session_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await session_writes.delete_session(session_id, if_match=if_match, rendering=Rendering(languages))
