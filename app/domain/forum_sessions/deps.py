from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.forum_sessions.repositories import SessionReadRepository
from app.domain.forum_sessions.services import SessionReadService


def provide_session_read_service(db_session: NamedDependency[AsyncSession]) -> SessionReadService:
    return SessionReadService(SessionReadRepository(db_session))
