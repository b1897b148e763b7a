from __future__ import annotations

from uuid import UUID

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.forum_sessions.queries import SessionQueries
from app.domain.forum_sessions.repositories import SessionRepository
from app.domain.forum_sessions.services import SessionReads, SessionService
from app.domain.participants.overlap import SpeakerOverlapRepository
from app.domain.registrations.services import rebalance_session_seats
from app.lib.principal import Principal


def provide_session_reads(reader: NamedDependency[Reader]) -> SessionReads:
    """The public reads, on the lean Reader: no ORM session, no transaction."""
    return SessionReads(SessionQueries(reader))


def provide_session_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> SessionService:
    async def rebalance(session_id: UUID) -> list[UUID]:
        return await rebalance_session_seats(db_session, session_id, audit)

    return SessionService(
        SessionQueries(TransactionReader(db_session)),
        SessionRepository(db_session),
        SpeakerOverlapRepository(db_session),
        audit,
        principal,
        rebalance_seats=rebalance,
    )
