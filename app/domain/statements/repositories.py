"""The statement writers' ORM writes and locks, and what they read inside their transaction, on the request's
ORM session."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import delete, func, literal, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.db.fragments import FORUM_IS_PUBLIC, PARTICIPANT_IS_PUBLIC, SESSION_IS_PUBLIC
from app.db.models import (
    Citation,
    Forum,
    ForumSession,
    SessionParticipant,
    Statement,
    StatementRevision,
    StatementTopic,
    Topic,
)

# The aliases the visibility fragments are written against, so the rules stay in one place.
_fs = aliased(ForumSession, name="fs")
_f = aliased(Forum, name="f")
_sp = aliased(SessionParticipant, name="sp")


class StatementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock_session(self, session_id: UUID) -> ForumSession | None:
        """The session, locked against other statement writers until the transaction ends, so two creates do
        not both take the same "after the last" position. (NO KEY UPDATE: inserts referencing it still run.)"""
        statement = select(ForumSession).where(ForumSession.id == session_id).with_for_update(key_share=True)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def session_is_public(self, session_id: UUID) -> bool:
        statement = (
            select(literal(value=True))
            .select_from(_fs)
            .join(_f, _f.id == _fs.forum_id)
            .where(_fs.id == session_id, text(SESSION_IS_PUBLIC), text(FORUM_IS_PUBLIC))
        )
        return bool(await self.session.scalar(statement))

    async def participant(self, participant_id: UUID, *, public_only: bool) -> SessionParticipant | None:
        statement = select(_sp).where(_sp.id == participant_id)
        if public_only:
            statement = statement.where(text(PARTICIPANT_IS_PUBLIC))
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def next_position(self, session_id: UUID) -> int:
        last = await self.session.scalar(select(func.max(Statement.position)).where(Statement.session_id == session_id))
        return 1 if last is None else int(last) + 1

    async def topic_ids(self, slugs: list[str]) -> dict[str, UUID]:
        if not slugs:
            return {}
        rows = await self.session.execute(select(Topic.slug, Topic.id).where(Topic.slug.in_(slugs)))
        return dict(rows.tuples().all())

    async def lock(self, statement_id: UUID) -> tuple[Statement, UUID] | None:
        """The statement and its forum, the statement locked until the transaction ends: concurrent writers of
        it queue here, and each then sees the version the previous one left."""
        statement = (
            select(Statement, ForumSession.forum_id)
            .join(ForumSession, ForumSession.id == Statement.session_id)
            .where(Statement.id == statement_id)
            .with_for_update(of=Statement)
        )
        row = (await self.session.execute(statement)).tuples().one_or_none()
        return None if row is None else (row[0], row[1])

    async def find(self, statement_id: UUID) -> tuple[Statement, UUID] | None:
        statement = (
            select(Statement, ForumSession.forum_id)
            .join(ForumSession, ForumSession.id == Statement.session_id)
            .where(Statement.id == statement_id)
        )
        row = (await self.session.execute(statement)).tuples().one_or_none()
        return None if row is None else (row[0], row[1])

    async def add(self, row: Statement | StatementRevision) -> None:
        self.session.add(row)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()

    async def topic_slugs(self, statement_id: UUID) -> list[str]:
        statement = (
            select(Topic.slug)
            .join(StatementTopic, StatementTopic.topic_id == Topic.id)
            .where(StatementTopic.statement_id == statement_id)
            .order_by(Topic.slug)
        )
        return list(await self.session.scalars(statement))

    async def set_topics(self, statement_id: UUID, topic_ids: list[UUID]) -> None:
        await self.session.execute(delete(StatementTopic).where(StatementTopic.statement_id == statement_id))
        self.session.add_all([StatementTopic(statement_id=statement_id, topic_id=topic_id) for topic_id in topic_ids])
        await self.session.flush()

    async def citations(self, statement_id: UUID) -> list[Citation]:
        statement = (
            select(Citation)
            .where(Citation.statement_id == statement_id)
            .order_by(Citation.published_at.asc().nulls_last(), Citation.id)
        )
        return list(await self.session.scalars(statement))

    async def set_citations(self, statement_id: UUID, citations: list[Citation]) -> None:
        await self.session.execute(delete(Citation).where(Citation.statement_id == statement_id))
        self.session.add_all(citations)
        await self.session.flush()

    async def next_revision_number(self, statement_id: UUID) -> int:
        statement = select(func.max(StatementRevision.number)).where(StatementRevision.statement_id == statement_id)
        last = await self.session.scalar(statement)
        return 1 if last is None else int(last) + 1

    async def revisions(self, statement_id: UUID, *, after: int | None, limit: int) -> list[StatementRevision]:
        statement = select(StatementRevision).where(StatementRevision.statement_id == statement_id)
        if after is not None:
            statement = statement.where(StatementRevision.number > after)
        statement = statement.order_by(StatementRevision.number).limit(limit)
        return list(await self.session.scalars(statement))
