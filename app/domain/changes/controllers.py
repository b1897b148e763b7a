"""The change feed a syncing app reads, the caller's own changes, and the live streams."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, get
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, HeaderParameter, PathParameter, QueryParameter
from litestar.response import ServerSentEvent, ServerSentEventMessage

from app.domain.changes.deps import provide_change_feed, provide_live_streams, provide_my_changes
from app.domain.changes.live import DroppedError, LiveStreams
from app.domain.changes.mine import MyChanges
from app.domain.changes.schemas import Change, ChangePage, MyChangePage
from app.domain.changes.services import ChangeFeed, Position
from app.lib.guards import people_only
from app.lib.i18n import Languages
from app.lib.inputs import END
from app.lib.openapi import BEARER, problems
from app.lib.viewer import Viewer

PUBLIC = {"public": True}
MAX_CHANGES = 500
# How long an EventSource waits before it reconnects after the stream ended.
RETRY_MILLISECONDS = 2000

ForumKey = Annotated[str, PathParameter(description="The forum's id or its slug.", max_length=100)]
Since = Annotated[
    str | None,
    QueryParameter(
        name="since",
        max_length=512,
        pattern=r"^[A-Za-z0-9_-]+" + END,
        description="The `next` of the previous answer. Omit it for a first sync: the forum as it is, paged.",
    ),
]
ChangeLimit = Annotated[
    int, QueryParameter(name="limit", ge=1, le=MAX_CHANGES, description=f"Changes per page, 1 to {MAX_CHANGES}.")
]


class ForumChangesController(Controller):
    path = "/api/v1/forums"
    tags = ["Changes"]
    dependencies = {"feed": Provide(provide_change_feed, sync_to_thread=False)}

    @get(
        "/{forum:str}/changes",
        operation_id="list_forum_changes",
        opt=PUBLIC,
        summary="What changed in a forum",
        description="Offline sync. Without `since`: the forum as this caller may see it now (forum, organizations, "
        "people, rooms, sessions, participants, statements), paged, `snapshot` true. With `since`: each object "
        "that changed after it, once, as its own GET shows it to this caller (`upsert`), or a `tombstone` when "
        "it left this caller's view (deleted, unpublished, speaker_removed). Continue from `next` while "
        "`has_more`, and at the next sync. A cursor older than the log's retention answers 410: sync again "
        "without `since`.",
        responses=problems(400, 404, 410),
    )
    async def list_forum_changes(
        self,
        feed: NamedDependency[ChangeFeed],
        languages: Languages,
        viewer: NamedDependency[Viewer],
        forum: ForumKey,
        since: Since = None,
        limit: ChangeLimit = 100,
    ) -> ChangePage:
        return await feed.changes(forum, since=since, limit=limit, langs=languages, viewer=viewer)


class MyChangesController(Controller):
    path = "/api/v1/me"
    tags = ["Changes"]
    guards = [people_only]
    security = [{BEARER: []}]

    @get(
        "/changes",
        operation_id="list_my_changes",
        summary="What changed in my registrations",
        description="The caller's registrations that changed after `since` (promoted from the waitlist, approved, "
        "rejected, cancelled, checked in, their session cancelled or moved), each once, as GET "
        "/registrations/{id} shows it. Without `since`: no items, and the cursor to start from.",
        dependencies={"mine": Provide(provide_my_changes, sync_to_thread=False)},
        responses=problems(400, 401, 403, 410),
    )
    async def list_my_changes(
        self, mine: NamedDependency[MyChanges], since: Since = None, limit: ChangeLimit = 100
    ) -> MyChangePage:
        return await mine.changes(since=since, limit=limit)


LastEventId = Annotated[
    str | None,
    HeaderParameter(
        name="Last-Event-ID",
        max_length=512,
        description="Sent by an EventSource that reconnects: the stream resumes after that event.",
    ),
]
STREAM = {"public": True, "streaming": True}
STREAM_DESCRIPTION = (
    " Server-sent events: each item is an `event: change` whose `data` is a Change (as in the change feed) and "
    "whose `id` is its cursor; the first event, `ready`, carries the start's cursor as its id. Reconnect with "
    "Last-Event-ID (or `since`) to resume with nothing missed; "
    "without either, the stream starts now. A comment line is sent every 15 s (QURULTAY_LIVE_HEARTBEAT) to keep "
    "the connection open; a client too slow to keep up gets `event: dropped` and should reconnect."
)


async def _events(
    start: str, stream: AsyncIterator[tuple[Position, Change] | None]
) -> AsyncIterator[ServerSentEventMessage]:
    # Where the stream starts, as an event id: an EventSource that drops before the first change resumes there.
    yield ServerSentEventMessage(data=start, event="ready", id=start)
    try:
        async for entry in stream:
            if entry is None:
                yield ServerSentEventMessage(comment="heartbeat")
            else:
                _, item = entry
                yield ServerSentEventMessage(data=msgspec.json.encode(item).decode(), event="change", id=item.cursor)
    except DroppedError:
        yield ServerSentEventMessage(data="too far behind: reconnect with Last-Event-ID", event="dropped")


class LiveController(Controller):
    tags = ["Changes"]
    path = "/api/v1"
    dependencies = {"live": Provide(provide_live_streams, sync_to_thread=False)}

    @get(
        "/forums/{forum:str}/events",
        operation_id="stream_forum_changes",
        opt=STREAM,
        media_type="text/event-stream",
        summary="Follow a forum's changes live",
        description="The forum change feed's items as they are committed." + STREAM_DESCRIPTION,
        responses=problems(400, 404, 410),
    )
    async def stream_forum_changes(
        self,
        live: NamedDependency[LiveStreams],
        languages: Languages,
        viewer: NamedDependency[Viewer],
        forum: ForumKey,
        since: Since = None,
        last_event_id: LastEventId = None,
    ) -> ServerSentEvent:
        start, stream = await live.forum(forum, since=last_event_id or since, langs=languages, viewer=viewer)
        return ServerSentEvent(_events(start, stream), retry_duration=RETRY_MILLISECONDS)

    @get(
        "/sessions/{session_id:uuid}/live",
        operation_id="stream_session_statements",
        opt=STREAM,
        media_type="text/event-stream",
        summary="Follow a session's statements live",
        description="The session's statements as they are published, corrected or retracted (the public never "
        "sees drafts or submissions)." + STREAM_DESCRIPTION,
        responses=problems(400, 404, 410),
    )
    async def stream_session_statements(
        self,
        live: NamedDependency[LiveStreams],
        languages: Languages,
        viewer: NamedDependency[Viewer],
        session_id: FromPath[UUID],
        since: Since = None,
        last_event_id: LastEventId = None,
    ) -> ServerSentEvent:
        start, stream = await live.session(session_id, since=last_event_id or since, langs=languages, viewer=viewer)
        return ServerSentEvent(_events(start, stream), retry_duration=RETRY_MILLISECONDS)
