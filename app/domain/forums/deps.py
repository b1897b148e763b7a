from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.forums.repositories import ForumReadRepository, RoomReadRepository
from app.domain.forums.services import ForumReadService
from app.domain.forums.write_repositories import ForumWriteRepository
from app.domain.forums.write_services import ForumWriteService
from app.lib.principal import Principal


def provide_forum_read_service(reader: NamedDependency[Reader]) -> ForumReadService:
    return ForumReadService(ForumReadRepository(reader))


def provide_forum_write_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> ForumWriteService:
    reader = TransactionReader(db_session)
    return ForumWriteService(
        ForumWriteRepository(db_session), ForumReadRepository(reader), RoomReadRepository(reader), audit, principal
    )


def provide_room_read_service(reader: NamedDependency[Reader]) -> RoomReadRepository:
    return RoomReadRepository(reader)
