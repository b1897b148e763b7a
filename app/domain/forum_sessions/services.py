"""A forum's agenda: what anyone reads, and what organizers build. Writes run in the request's one transaction
and every write is audited.

Two live sessions never hold one room at overlapping times, and a speaker is never on two overlapping
sessions. The service checks both first and names the session in the way; the database's exclusion
constraints (migrations 0001 and 0004) refuse what a concurrent request slipped past that check, and the
service then names the session that won the race.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from app.db.base import new_id
from app.db.errors import ConstraintViolation
from app.db.models import Forum, ForumSession
from app.db.models.enums import ForumStatus, SessionStatus
from app.domain.audit.edits import Edit
from app.domain.audit.services import Audit, created, diff
from app.domain.forum_sessions.inputs import SessionInput, SessionPatch
from app.domain.forum_sessions.queries import SessionQueries
from app.domain.forum_sessions.repositories import SessionRepository
from app.domain.forum_sessions.schemas import SessionDetail, SessionPage
from app.domain.forums.services import check_transition
from app.domain.participants.errors import SPEAKER_OVERLAP, SpeakerConflictError
from app.domain.participants.overlap import SpeakerOverlapRepository
from app.lib.errors import ConflictError, NotFoundError, body_error, reference_error
from app.lib.i18n import Rendering
from app.lib.inputs import UNSET, changes_of, require_language
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal
from app.lib.viewer import Viewer, editor_for

AGENDA_CURSOR = "agenda"

# Which status a session may move to from each status (checked by forums.services.check_transition). Back to
# draft is not among them: a published session has been seen, and may be in personal agendas.
SESSION_TRANSITIONS: dict[SessionStatus, set[SessionStatus]] = {
    SessionStatus.DRAFT: {SessionStatus.PUBLISHED, SessionStatus.CANCELLED},
    SessionStatus.PUBLISHED: {SessionStatus.CANCELLED},
    SessionStatus.CANCELLED: {SessionStatus.PUBLISHED},
}
ROOM_OVERLAP = "ex_forum_sessions_room_overlap"
# The columns a session's placement is made of: changing any of them re-checks rooms and speakers.
_PLACEMENT = frozenset({"starts_at", "ends_at", "room_id", "status"})


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    # room_seq is the room's internal twin of room_id (for the exclusion constraint), not a change of its own.
    return {name: value for name, value in values.items() if name != "room_seq"}


def _described(session: ForumSession) -> str:
    title = session.title.get(session.language) or next(iter(session.title.values()), "")
    return f"session {session.id} ({title!r})"


class SessionReads:
    """The agenda and sessions as a viewer may see them; on the lean Reader for the public reads (deps.py)."""

    def __init__(self, sessions: SessionQueries) -> None:
        self.sessions = sessions

    async def agenda(
        self,
        forum_id: UUID,
        *,
        langs: list[str],
        limit: int,
        day: datetime.date | None,
        cursor: str | None,
        viewer: Viewer,
    ) -> SessionPage:
        after = None
        if cursor is not None:
            after = decode_cursor(AGENDA_CURSOR, cursor, tuple[datetime.date, datetime.datetime | None, UUID])
        rows = await self.sessions.agenda(
            forum_id=forum_id, langs=langs, limit=limit + 1, day=day, after=after, viewer=viewer
        )
        # An empty page must still tell "no such forum" (404) from "a day with nothing on it" (200).
        if not rows and not await self.sessions.forum_exists(forum_id, viewer=viewer):
            raise NotFoundError(f"no forum {forum_id}")
        items, next_cursor = split_page(rows, limit, AGENDA_CURSOR, lambda last: (last.day, last.starts_at, last.id))
        return SessionPage(items=items, next=next_cursor)

    async def get_session(
        self, session_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> SessionDetail:
        found = await self.sessions.get(session_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no session {session_id}")
        return found


class SessionService(SessionReads):
    """The organizers' writes. Its queries read the request's transaction, so a write renders what it wrote."""

    def __init__(
        self,
        sessions: SessionQueries,
        repository: SessionRepository,
        overlap: SpeakerOverlapRepository,
        audit: Audit,
        principal: Principal,
        *,
        rebalance_seats: Callable[[UUID], Awaitable[list[UUID]]],
    ) -> None:
        super().__init__(sessions)
        self.repository = repository
        self.overlap = overlap
        self.audit = audit
        self.principal = principal
        # Gives seats freed by a raised capacity to the waitlist, in this transaction (the registrations domain).
        self.rebalance_seats = rebalance_seats

    async def _render(self, session_id: UUID, rendering: Rendering) -> SessionDetail:
        # As the caller's GET shows it, their own registration included: else an organizer holding a seat on
        # the session would never get an If-Match past Edit.check.
        view = await self.sessions.get(
            session_id, langs=rendering.langs, viewer=editor_for(self.principal), translations=rendering.translations
        )
        if view is None:  # pragma: no cover - the row is locked by this transaction
            raise NotFoundError(f"no session {session_id}")
        return view

    async def _editable_forum(self, forum_id: UUID) -> Forum:
        forum = await self.repository.forum_for_sessions(forum_id)
        if forum is None:
            raise NotFoundError(f"no forum {forum_id}")
        if forum.status is ForumStatus.ARCHIVED:
            raise ConflictError("the forum is archived: its agenda can no longer change")
        return forum

    async def _locked(self, session_id: UUID) -> ForumSession:
        session = await self.repository.lock(session_id)
        if session is None or not self.principal.organizes(session.forum_id):
            raise NotFoundError(f"no session {session_id} of a forum you organize")
        return session

    async def create_session(self, forum_id: UUID, data: SessionInput, rendering: Rendering) -> SessionDetail:
        forum = await self._editable_forum(forum_id)
        values: dict[str, Any] = {
            "kind": data.kind,
            "title": data.title,
            "language": data.language,
            "description": data.description,
            "capacity": data.capacity,
            "status": SessionStatus(data.status),
            "day": data.day,
            "starts_at": None if data.starts_at is UNSET else data.starts_at,
            "ends_at": None if data.ends_at is UNSET else data.ends_at,
        }
        self._check_texts(values)
        self._check_day(forum, values["day"], values["starts_at"], values["ends_at"])
        values |= await self._room_columns(forum_id, data.room_id)
        await self._check_room(values, session_id=None)

        session_id = new_id()
        try:
            await self.repository.insert({"id": session_id, "forum_id": forum_id} | values)
        except ConstraintViolation as refused:
            await self._explain(refused, values, session_id=None)
        await self.audit.record("create", "session", session_id, forum_id=forum_id, changes=created(_audited(values)))
        return await self._render(session_id, rendering)

    async def update_session(
        self, session_id: UUID, patch: SessionPatch, *, if_match: str | None, rendering: Rendering
    ) -> SessionDetail:
        session = await self._locked(session_id)
        edit = await self._edit(session, rendering).check(if_match)
        forum = await self._editable_forum(session.forum_id)

        values = changes_of(patch)
        current = {name: getattr(session, name) for name in ("title", "description", "language")}
        self._check_texts(current | values)
        if "status" in values and values["status"] is not session.status:
            check_transition(SESSION_TRANSITIONS, session.status, values["status"], noun="session")
        starts_at = values.get("starts_at", session.starts_at)
        ends_at = values.get("ends_at", session.ends_at)
        if {"day", "starts_at", "ends_at"} & values.keys():
            self._check_day(forum, values.get("day", session.day), starts_at, ends_at)
        if "room_id" in values:
            values |= await self._room_columns(session.forum_id, values["room_id"])
        merged = {
            "room_id": session.room_id,
            "status": session.status,
            "starts_at": session.starts_at,
            "ends_at": session.ends_at,
        } | values
        if _PLACEMENT & values.keys():
            await self._check_room(merged, session_id=session_id)
            await self._check_speakers(merged, session_id=session_id)

        changes = diff({name: getattr(session, name) for name in values}, _audited(values))
        if changes:
            try:
                await self.repository.update(session_id, values)
            except ConstraintViolation as refused:
                await self._explain(refused, merged, session_id=session_id)
            await edit.record(changes)
            if "capacity" in changes:
                await self.rebalance_seats(session_id)
        return await edit.render()

    async def delete_session(self, session_id: UUID, *, if_match: str | None, rendering: Rendering) -> None:
        session = await self._locked(session_id)
        edit = await self._edit(session, rendering).check(if_match, required=False)
        await self._editable_forum(session.forum_id)
        if await self.repository.has_statements(session_id):
            raise ConflictError("the session has statements on record; cancel it instead of deleting it")
        if registrations := await self.repository.active_registrations(session_id):
            raise ConflictError(f"{registrations} people are registered for the session; cancel it instead")
        await self.repository.delete(session_id)
        await edit.deleted()

    def _edit(self, session: ForumSession, rendering: Rendering) -> Edit[SessionDetail]:
        render = partial(self._render, session.id, rendering)
        return Edit(self.audit, "session", session.id, forum_id=session.forum_id, render=render)

    @staticmethod
    def _check_texts(values: dict[str, Any]) -> None:
        require_language(values["language"], values.get("title"), "title")
        require_language(values["language"], values.get("description"), "description")

    @staticmethod
    def _check_day(
        forum: Forum, day: datetime.date, starts_at: datetime.datetime | None, ends_at: datetime.datetime | None
    ) -> None:
        """The day is one of the forum's, and the times (both or neither; msgspec made them offset-aware) fall on
        it in the forum's time zone: rules between fields and the forum, which no schema keyword states."""
        if (starts_at is None) != (ends_at is None):
            # The schema says it (dependentRequired) for a new session; a change is checked as it leaves the row.
            field = "ends_at" if ends_at is None else "starts_at"
            raise body_error(field, "is needed with the other end", "a timed session has both starts_at and ends_at")
        if not forum.starts_on <= day <= forum.ends_on:
            raise body_error(
                "day", "is outside the forum's dates", f"the forum runs {forum.starts_on}..{forum.ends_on}"
            )
        if starts_at is not None and ends_at is not None:
            if ends_at <= starts_at:
                raise body_error("ends_at", "is not after starts_at", "a session ends after it starts")
            try:
                local = starts_at.astimezone(ZoneInfo(forum.timezone)).date()
            except OverflowError:  # the schema bounds the years; this is for rows stored before it did
                raise body_error("starts_at", "is out of range", "starts_at is past the end of the calendar") from None
            if day != local:
                raise body_error(
                    "day", f"is not {local}", f"starts_at falls on {local} in {forum.timezone}, not on {day}"
                )

    async def _room_columns(self, forum_id: UUID, room_id: UUID | None) -> dict[str, Any]:
        if room_id is None:
            return {"room_id": None, "room_seq": None}
        room = await self.repository.room(room_id)
        if room is None or room.forum_id != forum_id:
            raise reference_error("room_id", "names no room of this forum", f"the forum has no room {room_id}")
        return {"room_id": room.id, "room_seq": room.seq}

    async def _check_room(self, placement: dict[str, Any], *, session_id: UUID | None) -> None:
        room_id, starts_at, ends_at = placement["room_id"], placement["starts_at"], placement["ends_at"]
        if room_id is None or starts_at is None or placement["status"] is SessionStatus.CANCELLED:
            return
        other = await self.repository.room_taken_by(room_id, starts_at, ends_at, other_than=session_id)
        if other is not None:
            raise ConflictError(f"the room is taken by {_described(other)} from {other.starts_at} to {other.ends_at}")

    async def _check_speakers(self, placement: dict[str, Any], *, session_id: UUID) -> None:
        starts_at, ends_at = placement["starts_at"], placement["ends_at"]
        if starts_at is None or placement["status"] is SessionStatus.CANCELLED:
            return
        conflict = await self.overlap.find(session_id=session_id, starts_at=starts_at, ends_at=ends_at, person_ids=None)
        if conflict is not None:
            raise SpeakerConflictError.of(conflict, field="starts_at")

    async def _explain(
        self, refused: ConstraintViolation, placement: dict[str, Any], *, session_id: UUID | None
    ) -> None:
        """A concurrent write won the race past the checks: name what it placed, now that it is committed."""
        if refused.constraint == ROOM_OVERLAP:
            await self._check_room(placement, session_id=session_id)
        if refused.constraint == SPEAKER_OVERLAP and session_id is not None:
            await self._check_speakers(placement, session_id=session_id)
            raise SpeakerConflictError.of(None, field="starts_at")
        raise ConflictError(
            f"the change conflicts with one written at the same moment ({refused.constraint}); read again and retry"
        )
