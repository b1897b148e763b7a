"""What speakers said.

Reading (`StatementReadService`, on the lean `Reader`): anyone sees published statements, and retracted ones
with the reason; the forum's organizers also drafts and submissions; a partner also what it submitted.

Recording (`StatementWriteService`, on the request's transaction): organizers create, edit, publish and retract
statements; a partner organization submits its own speakers' statements, which wait as `submitted` until an
organizer publishes them. The earlier versions are read here too: who may read them is who may edit.

Who may do what:
- the forum's organizers (and platform admins): everything, on any statement of the forum;
- a partner (an org-admin of the organization, or its read-write API key): submit for a participant whose
  snapshot organization is its own, on a session anyone can see, and edit what it submitted until it is
  published. Its members and keys read what it submitted.
Anything else answers 404, as if the statement or session did not exist; 403 is for a caller who can see the
object but whose credential cannot act (a partner publishing, another organization's speaker).

Every change keeps the version it replaces in statement_revisions and leaves an audit event.
"""

from __future__ import annotations

import datetime
from functools import partial
from typing import Any
from uuid import UUID

import msgspec

from app.db.base import new_id, utcnow
from app.db.models import Citation, SessionParticipant, Statement, StatementRevision
from app.db.models.enums import StatementStatus
from app.domain.audit.edits import Edit
from app.domain.audit.schemas import Actor
from app.domain.audit.services import Audit, created, diff
from app.domain.organizations.access import speaks_for
from app.domain.statements.inputs import (
    CitationInput,
    RetractionInput,
    StatementFilters,
    StatementInput,
    StatementPatch,
)
from app.domain.statements.queries import StatementQueries
from app.domain.statements.repositories import StatementRepository
from app.domain.statements.schemas import (
    SnapshotCitation,
    StatementPage,
    StatementRevisionPage,
    StatementSearchPage,
    StatementSnapshot,
)
from app.domain.statements.schemas import Statement as StatementView
from app.domain.statements.schemas import StatementRevision as RevisionView
from app.lib.errors import ConflictError, ForbiddenError, NotFoundError, body_error, reference_error
from app.lib.i18n import Rendering
from app.lib.inputs import changes_of, require_language
from app.lib.pagination import Int4, Real, decode_cursor, split_page
from app.lib.principal import Principal
from app.lib.viewer import EDITOR, Viewer

SESSION_STATEMENTS_CURSOR = "session-statements"
SEARCH_CURSOR = "statement-search"
RECENT_CURSOR = "statements"
REVISIONS_CURSOR = "statement-revisions"
PUBLISHABLE = frozenset({StatementStatus.DRAFT, StatementStatus.SUBMITTED})


class StatementReadService:
    def __init__(self, repository: StatementQueries) -> None:
        self.repository = repository

    async def get(self, statement_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool) -> StatementView:
        statement = await self.repository.get(statement_id, langs=langs, viewer=viewer, translations=translations)
        if statement is None:
            raise NotFoundError(f"no statement {statement_id}")
        return statement

    async def for_session(
        self, session_id: UUID, *, langs: list[str], viewer: Viewer, limit: int, cursor: str | None
    ) -> StatementPage:
        """The session's statements in order: the public ones, plus (for editors and partners) those they see."""
        after = None
        if cursor is not None:
            after = decode_cursor(SESSION_STATEMENTS_CURSOR, cursor, tuple[Int4, UUID])
        rows = await self.repository.for_session(session_id, langs=langs, viewer=viewer, limit=limit + 1, after=after)
        if not rows and not await self.repository.session_exists(session_id, viewer=viewer):
            raise NotFoundError(f"no session {session_id}")
        items, next_cursor = split_page(rows, limit, SESSION_STATEMENTS_CURSOR, lambda last: (last.position, last.id))
        return StatementPage(items=items, next=next_cursor)

    async def search(
        self, filters: StatementFilters, *, langs: list[str], limit: int, cursor: str | None
    ) -> StatementSearchPage:
        """Published and retracted statements: ranked by relevance when `q` is given, else newest first."""
        text_search = filters.q is not None
        kind = SEARCH_CURSOR if text_search else RECENT_CURSOR
        after: tuple[float | datetime.datetime, UUID] | None = None
        if cursor is not None:
            if text_search:
                after = decode_cursor(kind, cursor, tuple[Real, UUID])
            else:
                after = decode_cursor(kind, cursor, tuple[datetime.datetime, UUID])
        rows = await self.repository.search(filters, langs=langs, limit=limit + 1, after=after)
        items, next_cursor = split_page(
            rows, limit, kind, lambda last: (last.score if text_search else last.published_at, last.id)
        )
        return StatementSearchPage(items=items, next=next_cursor)


class StatementWriteService:
    def __init__(
        self,
        repository: StatementRepository,
        statements: StatementQueries,
        audit: Audit,
        principal: Principal,
    ) -> None:
        self.repository = repository
        self.statements = statements
        self.audit = audit
        self.principal = principal

    # Who the caller is to a statement.

    def _writes_for(self, organization_id: UUID) -> bool:
        """Whether the caller may submit and edit statements for this organization: the one rule of who speaks
        for an organization (its admins and read-write keys)."""
        return speaks_for(self.principal, organization_id)

    def _is_partner_of(self, statement: Statement) -> bool:
        organization_id = statement.submitted_by_organization_id
        return organization_id is not None and self.principal.acts_for(organization_id)

    async def _locked(self, statement_id: UUID) -> tuple[Statement, UUID, bool]:
        """The statement locked, its forum, and whether the caller organizes it (else they are its partner)."""
        found = await self.repository.lock(statement_id)
        if found is not None:
            statement, forum_id = found
            if self.principal.organizes(forum_id):
                return statement, forum_id, True
            if self._is_partner_of(statement):
                return statement, forum_id, False
        raise NotFoundError(f"no statement {statement_id} that you edit")

    async def render(self, statement_id: UUID, rendering: Rendering) -> StatementView:
        """The statement as its editors see it: who may see it was decided before."""
        view = await self.statements.get(
            statement_id, langs=rendering.langs, viewer=EDITOR, translations=rendering.translations
        )
        if view is None:  # pragma: no cover - the row is this transaction's
            raise NotFoundError(f"no statement {statement_id}")
        return view

    # Checks of what was sent.

    async def _speaker(self, session_id: UUID, participant_id: UUID, *, organizer: bool) -> SessionParticipant:
        """The participant a statement is by: on this session, and for a partner one of its own speakers."""
        # A partner sees the session's public participants (the agenda's), not the declined or withdrawn ones.
        participant = await self.repository.participant(participant_id, public_only=not organizer)
        if participant is None or participant.session_id != session_id:
            raise reference_error(
                "participant_id",
                "is not a participant of this session",
                f"no participant {participant_id} on session {session_id}",
            )
        if not organizer:
            organization_id = participant.organization_id
            if organization_id is None or not self.principal.acts_for(organization_id):
                raise ForbiddenError("a partner submits statements only for its own organization's speakers")
            if not self._writes_for(organization_id):
                raise ForbiddenError("statements are submitted by the organization's admins and read-write API keys")
        return participant

    async def _topics(self, slugs: list[str]) -> list[UUID]:
        wanted = list(dict.fromkeys(slugs))
        found = await self.repository.topic_ids(wanted)
        for index, slug in enumerate(slugs):
            if slug not in found:
                raise reference_error(
                    f"topics.{index}", "names no topic", f"no topic {slug!r} (topics are a curated list)"
                )
        return [found[slug] for slug in wanted]

    @staticmethod
    def _citations(statement_id: UUID, citations: list[CitationInput]) -> list[Citation]:
        for index, citation in enumerate(citations):
            if citation.published_at is not None and citation.published_at.tzinfo is None:
                raise body_error(
                    f"citations.{index}.published_at",
                    "has no time zone",
                    "a citation's published_at needs a time zone offset (RFC 3339)",
                )
        return [
            Citation(id=new_id(), statement_id=statement_id, **msgspec.structs.asdict(citation))
            for citation in citations
        ]

    # The operations.

    async def create(self, session_id: UUID, data: StatementInput, rendering: Rendering) -> StatementView:
        session = await self.repository.lock_session(session_id)
        if session is None:
            raise NotFoundError(f"no session {session_id}")
        organizer = self.principal.organizes(session.forum_id)
        # A partner adds statements to sessions anyone can see; anyone else has nothing to add to.
        if not organizer and (not self.principal.member_of or not await self.repository.session_is_public(session_id)):
            raise NotFoundError(f"no session {session_id} that you may add statements to")
        participant = await self._speaker(session_id, data.participant_id, organizer=organizer)
        require_language(data.language, data.text, "text")
        status = StatementStatus(data.status) if organizer else StatementStatus.SUBMITTED
        topic_ids = await self._topics(data.topics)
        position = data.position if data.position is not None else await self.repository.next_position(session_id)
        statement = Statement(
            id=new_id(),
            session_id=session_id,
            participant_id=participant.id,
            language=data.language,
            text=data.text,
            kind=data.kind,
            reporting_verb=data.reporting_verb,
            position=position,
            status=status,
            published_at=utcnow() if status is StatementStatus.PUBLISHED else None,
            submitted_by_user_id=self.principal.user_id,
            submitted_by_api_key_id=self.principal.api_key_id,
            submitted_by_organization_id=None if organizer else participant.organization_id,
        )
        citations = self._citations(statement.id, data.citations)
        await self.repository.add(statement)
        await self.repository.set_topics(statement.id, topic_ids)
        await self.repository.set_citations(statement.id, citations)
        fields = {
            name: getattr(statement, name)
            for name in ("session_id", "participant_id", "language", "text", "kind", "reporting_verb", "position")
        }
        fields |= {"status": status, "topics": data.topics, "citations": msgspec.to_builtins(data.citations)}
        await self.audit.record(
            "create" if organizer else "submit",
            "statement",
            statement.id,
            forum_id=session.forum_id,
            changes=created(fields | {"submitted_by_organization_id": statement.submitted_by_organization_id}),
        )
        return await self.render(statement.id, rendering)

    async def update(
        self, statement_id: UUID, patch: StatementPatch, *, if_match: str | None, rendering: Rendering
    ) -> StatementView:
        statement, forum_id, organizer = await self._locked(statement_id)
        submitter = statement.submitted_by_organization_id
        if not organizer and submitter is not None and not self._writes_for(submitter):
            raise ForbiddenError("statements are edited by the organization's admins and read-write API keys")
        edit = await self._edit(statement_id, forum_id, rendering).check(if_match)
        if not organizer and statement.status is not StatementStatus.SUBMITTED:
            raise ConflictError(
                f"the statement is {statement.status}: a partner edits its submission only until it is published"
            )
        values = changes_of(patch)
        if "participant_id" in values:
            await self._speaker(statement.session_id, values["participant_id"], organizer=organizer)
        require_language(values.get("language", statement.language), values.get("text", statement.text), "text")
        topic_ids = await self._topics(values["topics"]) if "topics" in values else None
        citations = self._citations(statement_id, values["citations"]) if "citations" in values else None
        before = await self._snapshot(statement)
        changes = diff(before, self._as_snapshot_fields(values))
        if not changes:  # nothing differs: no revision, no event
            return await edit.render()
        await self._keep_revision(statement, before)
        for name in ("participant_id", "language", "text", "kind", "reporting_verb", "position"):
            if name in values:
                setattr(statement, name, values[name])
        statement.updated_at = utcnow()
        await self.repository.flush()
        if topic_ids is not None:
            await self.repository.set_topics(statement_id, topic_ids)
        if citations is not None:
            await self.repository.set_citations(statement_id, citations)
        return await edit.updated(changes)

    def _edit(self, statement_id: UUID, forum_id: UUID, rendering: Rendering) -> Edit[StatementView]:
        render = partial(self.render, statement_id, rendering)
        return Edit(self.audit, "statement", statement_id, forum_id=forum_id, render=render)

    @staticmethod
    def _as_snapshot_fields(values: dict[str, Any]) -> dict[str, Any]:
        """A PATCH's values as a revision snapshot holds them, so they compare with the version replaced."""
        fields = dict(values)
        if "topics" in fields:
            fields["topics"] = sorted(dict.fromkeys(fields["topics"]))
        if "citations" in fields:
            fields["citations"] = msgspec.to_builtins(fields["citations"])
        return fields

    async def publish(self, statement_id: UUID, *, if_match: str | None, rendering: Rendering) -> StatementView:
        statement, forum_id = await self._organized(statement_id, "publish")
        edit = await self._edit(statement_id, forum_id, rendering).check(if_match, required=False)
        if statement.status not in PUBLISHABLE:
            raise ConflictError(
                f"the statement is {statement.status}: only a draft or submitted statement can be published"
            )
        changes = await self._transition(statement, {"status": StatementStatus.PUBLISHED, "published_at": utcnow()})
        return await edit.updated(changes, action="publish")

    async def retract(
        self, statement_id: UUID, data: RetractionInput, *, if_match: str | None, rendering: Rendering
    ) -> StatementView:
        statement, forum_id = await self._organized(statement_id, "retract")
        edit = await self._edit(statement_id, forum_id, rendering).check(if_match, required=False)
        if statement.status is not StatementStatus.PUBLISHED:
            raise ConflictError(f"the statement is {statement.status}: only a published statement can be retracted")
        changes = await self._transition(
            statement, {"status": StatementStatus.RETRACTED, "retraction_reason": data.reason}
        )
        return await edit.updated(changes, action="retract")

    async def _organized(self, statement_id: UUID, action: str) -> tuple[Statement, UUID]:
        statement, forum_id, organizer = await self._locked(statement_id)
        if not organizer:
            raise ForbiddenError(f"only the forum's organizers {action} statements; a partner submits them")
        return statement, forum_id

    async def _transition(self, statement: Statement, values: dict[str, Any]) -> dict[str, Any]:
        """Keep the version replaced and move the statement on: the change, for its audit event."""
        before = await self._snapshot(statement)
        await self._keep_revision(statement, before)
        old = {name: getattr(statement, name) for name in values}
        for name, value in values.items():
            setattr(statement, name, value)
        statement.updated_at = utcnow()
        await self.repository.flush()
        return diff(old, values)

    # Revisions.

    async def revisions(self, statement_id: UUID, *, limit: int, cursor: str | None) -> StatementRevisionPage:
        """The versions each change replaced, oldest first: for the forum's organizers, and for the partner
        that submitted the statement."""
        found = await self.repository.find(statement_id)
        if found is None or not (self.principal.organizes(found[1]) or self._is_partner_of(found[0])):
            raise NotFoundError(f"no statement {statement_id} whose revisions you may read")
        after = decode_cursor(REVISIONS_CURSOR, cursor, tuple[Int4])[0] if cursor is not None else None
        rows = await self.repository.revisions(statement_id, after=after, limit=limit + 1)
        views = [
            RevisionView(
                number=row.number,
                replaced_at=row.created_at,
                replaced_by=Actor(user_id=row.edited_by_user_id, api_key_id=row.edited_by_api_key_id),
                statement=msgspec.convert(row.snapshot, StatementSnapshot),
            )
            for row in rows
        ]
        items, next_cursor = split_page(views, limit, REVISIONS_CURSOR, lambda last: (last.number,))
        return StatementRevisionPage(items=items, next=next_cursor)

    async def _snapshot(self, statement: Statement) -> dict[str, Any]:
        citations = [
            SnapshotCitation(outlet=c.outlet, title=c.title, url=c.url, published_at=c.published_at)
            for c in await self.repository.citations(statement.id)
        ]
        snapshot = StatementSnapshot(
            participant_id=statement.participant_id,
            language=statement.language,
            text=dict(statement.text),
            kind=statement.kind,
            reporting_verb=statement.reporting_verb,
            position=statement.position,
            status=statement.status,
            retraction_reason=statement.retraction_reason,
            published_at=statement.published_at,
            topics=await self.repository.topic_slugs(statement.id),
            citations=citations,
        )
        document: dict[str, Any] = msgspec.to_builtins(snapshot)
        return document

    async def _keep_revision(self, statement: Statement, snapshot: dict[str, Any]) -> None:
        await self.repository.add(
            StatementRevision(
                id=new_id(),
                statement_id=statement.id,
                number=await self.repository.next_revision_number(statement.id),
                snapshot=snapshot,
                edited_by_user_id=self.principal.user_id,
                edited_by_api_key_id=self.principal.api_key_id,
            )
        )
