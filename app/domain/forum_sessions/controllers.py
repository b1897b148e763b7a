from __future__ import annotations

import datetime
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, QueryParameter

from app.domain.forum_sessions.deps import provide_session_read_service
from app.domain.forum_sessions.schemas import SessionDetail, SessionPage
from app.domain.forum_sessions.services import SessionReadService
from app.lib.i18n import Languages, Translations
from app.lib.openapi import problems
from app.lib.pagination import DEFAULT_LIMIT, CursorParam, Limit, next_link
from app.lib.principal import Principal
from app.lib.viewer import viewer_of

Day = Annotated[
    datetime.date | None,
    QueryParameter(name="day", description="Only sessions on this day, in the forum's own time zone (YYYY-MM-DD)."),
]


class SessionController(Controller):
    tags = ["Sessions"]
    opt = {"public": True}  # anyone may call: see tests/integration/test_access_matrix.py
    dependencies = {"sessions": Provide(provide_session_read_service, sync_to_thread=False)}

    @get(
        "/api/v1/forums/{forum_id:uuid}/sessions",
        operation_id="list_forum_sessions",
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
        sessions: NamedDependency[SessionReadService],
        languages: Languages,
        principal: NamedDependency[Principal],
        forum_id: FromPath[UUID],
        day: Day = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Response[SessionPage]:
        page = await sessions.agenda(
            forum_id, langs=languages, limit=limit, day=day, cursor=cursor, viewer=viewer_of(principal)
        )
        return Response(page, headers=next_link(request, page.next))

    @get(
        "/api/v1/sessions/{session_id:uuid}",
        operation_id="get_session",
        summary="Get a session",
        description="A session with its participants, their roles and the affiliation they spoke under. The "
        "forum's organizers also see draft sessions and participants who declined or withdrew.",
        responses=problems(400, 404),
    )
    async def get_session(
        self,
        sessions: NamedDependency[SessionReadService],
        languages: Languages,
        principal: NamedDependency[Principal],
        session_id: FromPath[UUID],
        translations: Translations = False,
    ) -> SessionDetail:
        return await sessions.get_session(
            session_id, langs=languages, viewer=viewer_of(principal), translations=translations
        )
