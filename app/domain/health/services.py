from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.errors import failure_kind
from app.domain.health.repositories import ping

READY_TIMEOUT_SECONDS = 2.0


class Readiness:
    """Whether this instance can serve: the database answers in time."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def database_is_up(self) -> bool:
        try:
            async with asyncio.timeout(READY_TIMEOUT_SECONDS):
                await ping(self.session)
        except Exception as error:
            # Down, starting, shutting down, or no free connection in time: not ready. Anything else is a bug.
            if isinstance(error, TimeoutError) or failure_kind(error) is not None:
                return False
            raise
        return True
