from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.health.services import Readiness


def provide_readiness(db_session: NamedDependency[AsyncSession]) -> Readiness:
    return Readiness(db_session)
