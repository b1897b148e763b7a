from __future__ import annotations

from litestar.di import NamedDependency

from app.db.read import Reader
from app.domain.forum_sessions.repositories import SessionReadRepository
from app.domain.forum_sessions.services import SessionReadService


def provide_session_read_service(reader: NamedDependency[Reader]) -> SessionReadService:
    return SessionReadService(SessionReadRepository(reader))
