from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.forums.queries import ForumQueries, RoomQueries
from app.domain.forums.repositories import ForumRepository
from app.domain.forums.services import ForumReads, ForumService
from app.lib.principal import Principal


def provide_forum_reads(reader: NamedDependency[Reader]) -> ForumReads:
    """The public reads, on the lean Reader: no ORM session, no transaction."""
    return ForumReads(ForumQueries(reader), RoomQueries(reader))


def provide_forum_service(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> ForumService:
    reader = TransactionReader(db_session)
    return ForumService(ForumQueries(reader), RoomQueries(reader), ForumRepository(db_session), audit, principal)
