"""Forums and their rooms: what anyone reads, and what organizers build.

Writes run in the request's one transaction and every write is audited. Updates and deletes lock the row, check
the caller may change it, then follow `Edit` (app/domain/audit/edits.py): If-Match, change, audit, render.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import StrEnum
from functools import partial
from typing import Any, TypeVar
from uuid import UUID

from app.db.base import new_id
from app.db.models import Forum, Room
from app.db.models.enums import ForumStatus
from app.domain.audit.edits import Edit
from app.domain.audit.services import Audit, created, diff
from app.domain.forums.inputs import ForumInput, ForumPatch, RegistrationPolicyInput, RoomInput, RoomPatch
from app.domain.forums.queries import ForumQueries, RoomQueries
from app.domain.forums.repositories import ForumRepository
from app.domain.forums.schemas import Forum as ForumView
from app.domain.forums.schemas import ForumPage, RoomDetail
from app.lib.errors import ConflictError, ForbiddenError, NotFoundError, body_error, reference_error
from app.lib.i18n import Rendering
from app.lib.inputs import apply, changes_of, require_language
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal
from app.lib.viewer import EDITOR, Viewer

FORUM_CURSOR = "forums"

# Which status a forum may move to from each status. Back to draft is not among them: a published forum has
# been seen, and its id may be in calendars and apps.
FORUM_TRANSITIONS: dict[ForumStatus, set[ForumStatus]] = {
    ForumStatus.DRAFT: {ForumStatus.PUBLISHED, ForumStatus.CANCELLED},
    ForumStatus.PUBLISHED: {ForumStatus.CANCELLED, ForumStatus.ARCHIVED},
    ForumStatus.CANCELLED: {ForumStatus.PUBLISHED, ForumStatus.ARCHIVED},
    ForumStatus.ARCHIVED: set(),
}

Status = TypeVar("Status", bound=StrEnum)


def check_transition(transitions: Mapping[Status, set[Status]], old: Status, new: Status, *, noun: str) -> None:
    """A status moves only along its table (FORUM_TRANSITIONS, forum_sessions' SESSION_TRANSITIONS); any other
    move is a conflict that names the moves there are."""
    if new not in transitions[old]:
        allowed = ", ".join(sorted(transitions[old])) or "nothing"
        raise ConflictError(f"a {old} {noun} cannot become {new} (it can become: {allowed})")


def parse_forum_key(key: str) -> tuple[UUID | None, str | None]:
    """A forum is addressed by its id or by its slug; a string that parses as a UUID is an id."""
    try:
        return UUID(key), None
    except ValueError:
        return None, key


class ForumReads:
    """Forums and rooms as a viewer may see them; on the lean Reader for the public reads (deps.py)."""

    def __init__(self, forums: ForumQueries, rooms: RoomQueries) -> None:
        self.forums = forums
        self.rooms = rooms

    async def list_forums(self, *, langs: list[str], limit: int, cursor: str | None) -> ForumPage:
        after = None
        if cursor is not None:
            after = decode_cursor(FORUM_CURSOR, cursor, tuple[datetime.date, UUID])
        rows = await self.forums.list_public(langs=langs, limit=limit + 1, after=after)
        items, next_cursor = split_page(rows, limit, FORUM_CURSOR, lambda last: (last.starts_on, last.id))
        return ForumPage(items=items, next=next_cursor)

    async def get_forum(self, key: str, *, langs: list[str], viewer: Viewer, translations: bool) -> ForumView:
        forum_id, slug = parse_forum_key(key)
        forum = await self.forums.get(
            forum_id=forum_id, slug=slug, langs=langs, viewer=viewer, translations=translations
        )
        if forum is None:
            raise NotFoundError(f"no forum {key!r}")
        return forum

    async def get_room(self, room_id: UUID, *, viewer: Viewer) -> RoomDetail:
        room = await self.rooms.get(room_id, viewer=viewer)
        if room is None:
            raise NotFoundError(f"no room {room_id}")
        return room


class ForumService(ForumReads):
    """The organizers' writes. Its queries read the request's transaction, so a write renders what it wrote;
    writers see what they write: an organizer sees everything of the forum they write to (EDITOR)."""

    def __init__(
        self,
        forums: ForumQueries,
        rooms: RoomQueries,
        repository: ForumRepository,
        audit: Audit,
        principal: Principal,
    ) -> None:
        super().__init__(forums, rooms)
        self.repository = repository
        self.audit = audit
        self.principal = principal

    async def _render(self, forum_id: UUID, rendering: Rendering) -> ForumView:
        view = await self.forums.get(
            forum_id=forum_id, slug=None, langs=rendering.langs, viewer=EDITOR, translations=rendering.translations
        )
        if view is None:  # pragma: no cover - the row is locked by this transaction
            raise NotFoundError(f"no forum {forum_id}")
        return view

    async def create_forum(self, data: ForumInput, rendering: Rendering) -> ForumView:
        organizations = list(dict.fromkeys(data.organizer_organization_ids))
        if not self.principal.is_admin and not any(
            self.principal.administers_organization(organization_id) for organization_id in organizations
        ):
            raise ForbiddenError(
                "a forum is created by a platform admin, or by an admin of one of its organizing organizations "
                "(list it in organizer_organization_ids)"
            )
        values = self._forum_values(data)
        await self._check_forum_values(values, forum_id=None)
        await self._check_organizations(organizations)
        forum = Forum(id=new_id(), **values)
        await self.repository.add(forum)
        await self.repository.set_organizers(forum.id, organizations)
        if self.principal.user_id is not None:
            await self.repository.grant_organizer(forum.id, self.principal.user_id)
        await self.audit.record(
            "create",
            "forum",
            forum.id,
            forum_id=forum.id,
            changes=created(values | {"organizer_organization_ids": organizations}),
        )
        return await self._render(forum.id, rendering)

    async def update_forum(
        self, forum_id: UUID, patch: ForumPatch, *, if_match: str | None, rendering: Rendering
    ) -> ForumView:
        forum = await self.repository.lock(forum_id)
        if forum is None:
            raise NotFoundError(f"no forum {forum_id}")
        edit = await self._edit_forum(forum_id, rendering).check(if_match)

        values = changes_of(patch)
        organizations = values.pop("organizer_organization_ids", None)
        if "registration" in values:
            values |= self._policy_values(values.pop("registration"))
        if "status" in values and values["status"] != forum.status:
            check_transition(FORUM_TRANSITIONS, forum.status, values["status"], noun="forum")
        merged = {name: getattr(forum, name) for name in values} | values
        current = {
            "language": forum.language,
            "title": forum.title,
            "description": forum.description,
            "starts_on": forum.starts_on,
            "ends_on": forum.ends_on,
            "registration_opens_at": forum.registration_opens_at,
            "registration_closes_at": forum.registration_closes_at,
        }
        await self._check_forum_values(current | merged, forum_id=forum_id)
        if (
            "timezone" in values
            and values["timezone"] != forum.timezone
            and await self.repository.has_timed_sessions(forum_id)
        ):
            raise ConflictError(
                "the forum has timed sessions, whose days were set in its time zone; the time zone cannot change"
            )
        starts_on, ends_on = merged.get("starts_on", forum.starts_on), merged.get("ends_on", forum.ends_on)
        if ("starts_on" in values or "ends_on" in values) and (
            outside := await self.repository.session_outside(forum_id, starts_on, ends_on)
        ):
            raise ConflictError(f"session {outside} is dated outside {starts_on}..{ends_on}; move it first")

        before = apply(forum, values)
        changes = diff(before, values)
        if organizations is not None:
            organizations = list(dict.fromkeys(organizations))
            await self._check_organizations(organizations)
            previous = await self.repository.organizer_ids(forum_id)
            if previous != organizations:
                await self.repository.set_organizers(forum_id, organizations)
                changes |= diff({"organizer_organization_ids": previous}, {"organizer_organization_ids": organizations})
        await self.repository.flush()
        return await edit.updated(changes)

    async def delete_forum(self, forum_id: UUID, *, if_match: str | None, rendering: Rendering) -> None:
        forum = await self.repository.lock(forum_id)
        if forum is None:
            raise NotFoundError(f"no forum {forum_id}")
        edit = await self._edit_forum(forum_id, rendering).check(if_match, required=False)
        if forum.status is not ForumStatus.DRAFT:
            raise ConflictError("only a draft forum can be deleted; cancel or archive a forum that was published")
        await self.repository.delete(forum)
        await edit.deleted()

    def _edit_forum(self, forum_id: UUID, rendering: Rendering) -> Edit[ForumView]:
        render = partial(self._render, forum_id, rendering)
        return Edit(self.audit, "forum", forum_id, forum_id=forum_id, render=render)

    async def create_room(self, forum_id: UUID, data: RoomInput) -> RoomDetail:
        forum = await self.repository.lock(forum_id)
        if forum is None:
            raise NotFoundError(f"no forum {forum_id}")
        if await self.repository.room_name_taken(forum_id, data.name):
            raise ConflictError(f"the forum already has a room named {data.name!r}")
        room = Room(id=new_id(), forum_id=forum_id, name=data.name, capacity=data.capacity)
        await self.repository.add(room)
        await self.audit.record(
            "create",
            "room",
            room.id,
            forum_id=forum_id,
            changes=created({"name": data.name, "capacity": data.capacity}),
        )
        return await self._render_room(room.id)

    async def _locked_room(self, room_id: UUID) -> Room:
        room = await self.repository.lock_room(room_id)
        if room is None or not self.principal.organizes(room.forum_id):
            raise NotFoundError(f"no room {room_id} of a forum you organize")
        return room

    async def _render_room(self, room_id: UUID) -> RoomDetail:
        view = await self.rooms.get(room_id, viewer=EDITOR)
        if view is None:  # pragma: no cover - the row is locked by this transaction
            raise NotFoundError(f"no room {room_id}")
        return view

    def _edit_room(self, room: Room) -> Edit[RoomDetail]:
        render = partial(self._render_room, room.id)
        return Edit(self.audit, "room", room.id, forum_id=room.forum_id, render=render)

    async def update_room(self, room_id: UUID, patch: RoomPatch, *, if_match: str | None) -> RoomDetail:
        room = await self._locked_room(room_id)
        edit = await self._edit_room(room).check(if_match)
        values = changes_of(patch)
        if "name" in values and await self.repository.room_name_taken(
            room.forum_id, values["name"], other_than=room_id
        ):
            raise ConflictError(f"the forum already has a room named {values['name']!r}")
        before = apply(room, values)
        await self.repository.flush()
        return await edit.updated(diff(before, values))

    async def delete_room(self, room_id: UUID, *, if_match: str | None) -> None:
        room = await self._locked_room(room_id)
        edit = await self._edit_room(room).check(if_match, required=False)
        if (session_id := await self.repository.session_in_room(room_id)) is not None:
            raise ConflictError(f"session {session_id} is held in this room; move or delete it first")
        await self.repository.delete(room)
        await edit.deleted()

    @staticmethod
    def _policy_values(policy: RegistrationPolicyInput) -> dict[str, Any]:
        return {
            "registration_opens_at": policy.opens_at,
            "registration_closes_at": policy.closes_at,
            "capacity": policy.capacity,
            "requires_approval": policy.requires_approval,
        }

    def _forum_values(self, data: ForumInput) -> dict[str, Any]:
        values = {
            name: getattr(data, name)
            for name in (
                "slug", "title", "language", "description", "venue", "city", "country_code",
                "timezone", "starts_on", "ends_on", "status",
            )
        }  # fmt: skip
        values["status"] = ForumStatus(data.status)
        return values | self._policy_values(data.registration or RegistrationPolicyInput())

    async def _check_forum_values(self, values: dict[str, Any], *, forum_id: UUID | None) -> None:
        require_language(values["language"], values.get("title"), "title")
        require_language(values["language"], values.get("description"), "description")
        if values["ends_on"] < values["starts_on"]:
            raise body_error("ends_on", "is before starts_on", "a forum ends on or after the day it starts")
        opens, closes = values.get("registration_opens_at"), values.get("registration_closes_at")
        for name, moment in (("registration.opens_at", opens), ("registration.closes_at", closes)):
            if moment is not None and moment.tzinfo is None:
                raise body_error(name, "has no time zone", f"{name} needs a time zone offset (RFC 3339)")
        if opens is not None and closes is not None and closes <= opens:
            raise body_error("registration.closes_at", "is not after opens_at", "registration closes after it opens")
        slug = values.get("slug")
        if slug is not None and await self.repository.slug_taken(slug, other_than=forum_id):
            raise ConflictError(f"another forum has the slug {slug!r}")

    async def _check_organizations(self, organization_ids: list[UUID]) -> None:
        missing = set(organization_ids) - await self.repository.existing_organizations(organization_ids)
        if missing:
            raise reference_error(
                "organizer_organization_ids",
                "names no organization",
                "no such organization(s): " + ", ".join(sorted(map(str, missing))),
            )
