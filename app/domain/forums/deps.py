from __future__ import annotations

from litestar.di import NamedDependency

from app.db.read import Reader
from app.domain.forums.repositories import ForumReadRepository
from app.domain.forums.services import ForumReadService


def provide_forum_read_service(reader: NamedDependency[Reader]) -> ForumReadService:
    return ForumReadService(ForumReadRepository(reader))
