from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.forums.repositories import ForumReadRepository
from app.domain.forums.services import ForumReadService


def provide_forum_read_service(db_session: NamedDependency[AsyncSession]) -> ForumReadService:
    return ForumReadService(ForumReadRepository(db_session))
