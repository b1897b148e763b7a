"""Anyone reads the participants of public sessions whose invitation stands. Organizers put people on their
forums' sessions: role, order, invitation, and the affiliation and title they speak under, snapshotted so later
changes to the person's affiliations leave what was said alone.

A speaker is never booked on two overlapping live sessions: checked here first, with a message naming the
other session, and refused by the database when two requests race (app/domain/participants/overlap.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any
from uuid import UUID

from app.db.base import new_id
from app.db.errors import DEADLOCK, ConstraintViolation
from app.db.models import Affiliation, ForumSession, SessionParticipant
from app.db.models.enums import InvitationState, SessionStatus
from app.domain.audit.edits import Edit
from app.domain.audit.services import Audit, created, diff
from app.domain.participants.errors import ONCE_PER_SESSION, SpeakerConflictError
from app.domain.participants.inputs import ParticipantInput, ParticipantPatch, SpeakerFilters, TitleInput
from app.domain.participants.overlap import BOOKED, SpeakerOverlapRepository
from app.domain.participants.queries import ParticipantQueries, SpeakerQueries
from app.domain.participants.repositories import ParticipantRepository
from app.domain.participants.schemas import ParticipantDetail, SpeakerPage
from app.lib.errors import ConflictError, NotFoundError, reference_error
from app.lib.i18n import Rendering
from app.lib.inputs import UNSET, apply, changes_of, require_language
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal
from app.lib.viewer import EDITOR, Viewer

# The writer organizes the session's forum, so sees all of it, as their GET does.
_SNAPSHOT = ("affiliation_id", "organization_id", "title", "title_language")


def _counts(session: ForumSession, invitation: InvitationState) -> bool:
    """Whether this booking holds the speaker's time: the exclusion constraint's WHERE."""
    return session.status is not SessionStatus.CANCELLED and session.starts_at is not None and invitation in BOOKED


class ParticipantService:
    """Built to read by `provide_participants` (the lean Reader: no transaction is opened) and to write by
    `provide_participant_writes` (`writing`: the request's transaction, its audit trail and the caller)."""

    repository: ParticipantRepository
    overlap: SpeakerOverlapRepository
    audit: Audit
    principal: Principal

    def __init__(self, queries: ParticipantQueries) -> None:
        self.queries = queries

    @classmethod
    def writing(
        cls,
        queries: ParticipantQueries,
        repository: ParticipantRepository,
        overlap: SpeakerOverlapRepository,
        audit: Audit,
        principal: Principal,
    ) -> ParticipantService:
        service = cls(queries)
        service.repository = repository
        service.overlap = overlap
        service.audit = audit
        service.principal = principal
        return service

    async def get(
        self, participant_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> ParticipantDetail:
        found = await self.queries.get(participant_id, langs=langs, viewer=viewer, translations=translations)
        if found is None:
            raise NotFoundError(f"no participant {participant_id}")
        return found

    async def _render(self, participant_id: UUID, rendering: Rendering) -> ParticipantDetail:
        view = await self.queries.get(
            participant_id, langs=rendering.langs, viewer=EDITOR, translations=rendering.translations
        )
        if view is None:  # pragma: no cover - the row is locked by this transaction
            raise NotFoundError(f"no participant {participant_id}")
        return view

    async def _organized_session(self, session_id: UUID) -> ForumSession:
        session = await self.repository.lock_session(session_id)
        if session is None or not self.principal.organizes(session.forum_id):
            raise NotFoundError(f"no session {session_id} of a forum you organize")
        return session

    async def _affiliation_of(self, person_id: UUID, affiliation_id: UUID) -> Affiliation:
        affiliation = await self.repository.affiliation(affiliation_id)
        if affiliation is None or affiliation.person_id != person_id:
            raise reference_error("affiliation_id", "is not one of this person's affiliations", "no such affiliation")
        return affiliation

    @staticmethod
    def _title(title: TitleInput | None) -> dict[str, Any]:
        """The snapshot's title columns for a title as sent (null: none)."""
        if title is None:
            return {"title": None, "title_language": None}
        require_language(title.language, title.translations, "title.translations")
        return {"title": title.translations, "title_language": title.language}

    @staticmethod
    def _from_affiliation(affiliation: Affiliation | None) -> dict[str, Any]:
        if affiliation is None:
            return dict.fromkeys(_SNAPSHOT)
        return {
            "affiliation_id": affiliation.id,
            "organization_id": affiliation.organization_id,
            "title": affiliation.title,
            "title_language": affiliation.language,
        }

    async def _check_overlap(self, session: ForumSession, person_id: UUID) -> None:
        if session.starts_at is None or session.ends_at is None:  # pragma: no cover - _counts says timed
            return
        conflict = await self.overlap.find(
            session_id=session.id, starts_at=session.starts_at, ends_at=session.ends_at, person_ids=[person_id]
        )
        if conflict is not None:
            raise SpeakerConflictError.of(conflict, field="person_id")

    async def create(self, session_id: UUID, data: ParticipantInput, rendering: Rendering) -> ParticipantDetail:
        session = await self._organized_session(session_id)
        if not await self.repository.person_exists(data.person_id):
            raise reference_error("person_id", "names no person", f"no person {data.person_id}")
        if await self.repository.on_session(session_id, data.person_id):
            raise ConflictError(f"person {data.person_id} is already on this session; change their part instead")

        if data.affiliation_id is UNSET:
            affiliation = await self.repository.current_affiliation(data.person_id, session.day)
        elif data.affiliation_id is None:
            affiliation = None
        else:
            affiliation = await self._affiliation_of(data.person_id, data.affiliation_id)
        snapshot = self._from_affiliation(affiliation)
        if data.title is not UNSET:
            snapshot |= self._title(data.title)
        if _counts(session, data.invitation):
            await self._check_overlap(session, data.person_id)

        position = data.position if data.position is not None else await self.repository.next_position(session_id)
        values = {
            "session_id": session_id,
            "person_id": data.person_id,
            "role": data.role,
            "position": position,
            "invitation": data.invitation,
        } | snapshot
        participant = SessionParticipant(id=new_id(), **values)
        await self._write(session, data.person_id, lambda: self.repository.add(participant))
        await self.audit.record(
            "create", "participant", participant.id, forum_id=session.forum_id, changes=created(values)
        )
        return await self._render(participant.id, rendering)

    async def _write(self, session: ForumSession, person_id: UUID, change: Callable[[], None]) -> None:
        """Make `change` under the database's guards, answering their refusals as the checks above would. Two
        bookings of one speaker at once can deadlock in the overlap check; the loser writes once more, which
        waits for the winner and then meets the constraint, so its 409 names the winner's session."""
        try:
            try:
                await self._guarded(session, person_id, change)
            except ConstraintViolation as lost:
                if lost.constraint != DEADLOCK:
                    raise
                await self._guarded(session, person_id, change)
        except ConstraintViolation as refused:
            if refused.constraint == ONCE_PER_SESSION:
                raise ConflictError(f"person {person_id} was put on this session concurrently") from refused
            raise ConflictError(
                f"the change conflicts with data written concurrently ({refused.constraint}); read again and retry"
            ) from refused

    async def _guarded(self, session: ForumSession, person_id: UUID, change: Callable[[], None]) -> None:
        async with self.overlap.refusing(
            session_id=session.id,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
            person_ids=[person_id],
            field="person_id",
        ):
            change()

    async def _locked(self, participant_id: UUID) -> tuple[SessionParticipant, ForumSession]:
        participant = await self.repository.lock(participant_id)
        session = await self.repository.get_session(participant.session_id) if participant is not None else None
        if participant is None or session is None or not self.principal.organizes(session.forum_id):
            raise NotFoundError(f"no participant {participant_id} on a session of a forum you organize")
        return participant, session

    async def update(
        self, participant_id: UUID, patch: ParticipantPatch, *, if_match: str | None, rendering: Rendering
    ) -> ParticipantDetail:
        participant, session = await self._locked(participant_id)
        edit = await self._edit(participant_id, session.forum_id, rendering).check(if_match)

        sent = changes_of(patch)
        values: dict[str, Any] = {name: sent[name] for name in ("role", "position", "invitation") if name in sent}
        if "affiliation_id" in sent:
            affiliation_id = sent["affiliation_id"]
            affiliation = (
                None if affiliation_id is None else await self._affiliation_of(participant.person_id, affiliation_id)
            )
            values |= self._from_affiliation(affiliation)
        if "title" in sent:
            values |= self._title(sent["title"])

        invitation = values.get("invitation", participant.invitation)
        if _counts(session, invitation) and participant.invitation not in BOOKED:
            await self._check_overlap(session, participant.person_id)
        changes: dict[str, Any] = {}

        def change() -> None:
            changes.update(diff(apply(participant, values), values))

        await self._write(session, participant.person_id, change)
        return await edit.updated(changes)

    async def delete(self, participant_id: UUID, *, if_match: str | None, rendering: Rendering) -> None:
        participant, session = await self._locked(participant_id)
        edit = await self._edit(participant_id, session.forum_id, rendering).check(if_match, required=False)
        if await self.repository.has_statements(participant_id):
            raise ConflictError(
                "this participant's statements are recorded under their name; retract or move them first"
            )
        await self.repository.delete(participant)
        await edit.deleted()

    def _edit(self, participant_id: UUID, forum_id: UUID, rendering: Rendering) -> Edit[ParticipantDetail]:
        render = partial(self._render, participant_id, rendering)
        return Edit(self.audit, "participant", participant_id, forum_id=forum_id, render=render)


SPEAKERS_CURSOR = "speakers"


class SpeakerListService:
    """A forum's speakers list (issue 20): the same for every caller, so it reads on the lean Reader alone."""

    def __init__(self, queries: SpeakerQueries) -> None:
        self.queries = queries

    async def page(
        self, forum_id: UUID, filters: SpeakerFilters, *, langs: list[str], limit: int, cursor: str | None
    ) -> SpeakerPage:
        after = decode_cursor(SPEAKERS_CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        rows = await self.queries.page(forum_id, filters, langs=langs, limit=limit + 1, after=after)
        # An empty page must still tell "no such forum" (404) from "nobody matches" (200).
        if not rows and not await self.queries.forum_is_listed(forum_id):
            raise NotFoundError(f"no forum {forum_id}")
        items, next_cursor = split_page(rows, limit, SPEAKERS_CURSOR, lambda last: (last.id,))
        return SpeakerPage(items=items, next=next_cursor)


__all__ = ["ParticipantService", "Rendering", "SpeakerListService"]
