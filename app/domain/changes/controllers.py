"""The change feed a syncing app reads, the caller's own changes, and the live streams."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.di import NamedDependency, Provide
from litestar.params import PathParameter, QueryParameter

from app.domain.changes.deps import provide_change_feed, provide_my_changes
from app.domain.changes.mine import MyChanges
from app.domain.changes.schemas import ChangePage, MyChangePage
from app.domain.changes.services import ChangeFeed
from app.lib.guards import people_only
from app.lib.i18n import Languages
from app.lib.inputs import END
from app.lib.openapi import BEARER, problems
from app.lib.viewer import Viewer

PUBLIC = {"public": True}
MAX_CHANGES = 500

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
