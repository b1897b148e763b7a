"""A forum's agenda and its sessions: the public reads, and the organizers' writes."""

from __future__ import annotations

import datetime
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody, QueryParameter
from litestar.status_codes import HTTP_204_NO_CONTENT

from app.domain.forum_sessions.deps import provide_session_reads, provide_session_service
from app.domain.forum_sessions.inputs import SessionInput, SessionPatch
from app.domain.forum_sessions.schemas import SessionDetail, SessionPage
from app.domain.forum_sessions.services import SessionReads, SessionService
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

Day = Annotated[
    datetime.date | None,
    QueryParameter(name="day", description="Only sessions on this day, in the forum's own time zone (YYYY-MM-DD)."),
]

_PLACEMENT_RULES = (
    "Two live sessions never hold one room at overlapping times, and nobody speaks on two overlapping "
    "sessions: either answers 409 naming the session in the way."
)


def _session_location(session: SessionDetail) -> str:
    return f"/api/v1/sessions/{session.id}"


class SessionController(Controller):
    tags = ["Sessions"]
    # Reads take the lean Reader, writes the request's transaction: a handler asks for one of them.
    dependencies = {
        "sessions": Provide(provide_session_reads, sync_to_thread=False),
        "session_writes": Provide(provide_session_service, sync_to_thread=False),
    }

    @get(
        "/api/v1/forums/{forum_id:uuid}/sessions",
        operation_id="list_forum_sessions",
        opt=PUBLIC,
        summary="A forum's agenda",
        description=(
            "The forum's sessions in start order, each with its room and speakers. Times are absolute (UTC "
            "offsets included); `day` and `timezone` give the forum's local calendar. Sessions that are dated "
            "but not yet timed come after the timed ones of their day. The forum's organizers also see its "
            "drafts."
        ),
        responses=problems(400, 404),
    )
    async def list_forum_sessions(
        self,
        request: Request[Any, Any, Any],
        sessions: NamedDependency[SessionReads],
        languages: Languages,
        viewer: NamedDependency[Viewer],
        forum_id: FromPath[UUID],
        day: Day = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[SessionPage]:
        page = await sessions.agenda(forum_id, langs=languages, limit=limit, day=day, cursor=cursor, viewer=viewer)
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/api/v1/sessions/{session_id:uuid}",
        operation_id="get_session",
        opt=PUBLIC,
        summary="Get a session",
        description="A session with its participants, their roles and the affiliation they spoke under. The "
        "forum's organizers also see draft sessions and participants who declined or withdrew.",
        responses=problems(400, 404),
    )
    async def get_session(
        self,
        sessions: NamedDependency[SessionReads],
        languages: Languages,
        viewer: NamedDependency[Viewer],
        session_id: FromPath[UUID],
        translations: Translations = False,
    ) -> SessionDetail:
        return await sessions.get_session(session_id, langs=languages, viewer=viewer, translations=translations)

    @post(
        "/api/v1/forums/{forum_id:uuid}/sessions",
        operation_id="create_session",
        summary="Add a session to a forum",
        description="A panel, plenary, workshop or side event on one of the forum's days (`day`, always): "
        "timed with starts_at and ends_at on that day in the forum's time zone, or dated only until its time is "
        "known. A draft unless said otherwise. A room_id of no room of this forum is 422. " + _PLACEMENT_RULES,
        guards=[forum_organizer],
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 404, 409, 422),
    )
    async def create_session(
        self,
        session_writes: NamedDependency[SessionService],
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
        security=[{BEARER: []}],
        responses=problems(400, 401, 403, 404, 409, 412, 422, 428),
    )
    async def update_session(
        self,
        session_writes: NamedDependency[SessionService],
        languages: Languages,
        session_id: FromPath[UUID],
        data: JSONBody[SessionPatch],
        if_match: IfMatch = None,
        translations: Translations = False,
    ) -> Response[SessionDetail]:
        session = await session_writes.update_session(
            session_id, data, if_match=if_match, rendering=Rendering(languages, translations)
        )
        return with_etag(session)

    @delete(
        "/api/v1/sessions/{session_id:uuid}",
        operation_id="delete_session",
        summary="Delete a session",
        description="Only a session with no statements and nobody registered can be deleted (cancel it "
        "otherwise); its participants go with it, and its id is never reused.",
        guards=[people_only],
        security=[{BEARER: []}],
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404, 409, 412),
    )
    async def delete_session(
        self,
        session_writes: NamedDependency[SessionService],
        languages: Languages,
        session_id: FromPath[UUID],
        if_match: OptionalIfMatch = None,
    ) -> None:
        await session_writes.delete_session(session_id, if_match=if_match, rendering=Rendering(languages))
