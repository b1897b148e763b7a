from __future__ import annotations

from uuid import UUID

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.forum_sessions.repositories import SessionReadRepository
from app.domain.forum_sessions.services import SessionReadService
from app.domain.forum_sessions.write_repositories import SessionWriteRepository
from app.domain.forum_sessions.write_services import SessionWriteService
from app.domain.participants.overlap import SpeakerOverlapRepository
from app.domain.registrations.services import rebalance_session_seats
from app.lib.principal import Principal


def provide_session_read_service(reader: NamedDependency[Reader]) -> SessionReadService:
    return SessionReadService(SessionReadRepository(reader))


def provide_session_write_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> SessionWriteService:
    reader = TransactionReader(db_session)

    async def rebalance(session_id: UUID) -> list[UUID]:
        return await rebalance_session_seats(db_session, session_id, audit)

    return SessionWriteService(
        SessionWriteRepository(db_session),
        SessionReadRepository(reader),
        SpeakerOverlapRepository(db_session),
        audit,
        principal,
        rebalance_seats=rebalance,
    )
