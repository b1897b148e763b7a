from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.errors import failure_kind

READY_TIMEOUT_SECONDS = 2.0


async def database_is_up(session: AsyncSession) -> bool:
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS):
            await session.execute(text("SELECT 1"))
    except Exception as error:
        # Down, starting, shutting down, or no free connection in time: not ready. Anything else is a bug.
        if isinstance(error, TimeoutError) or failure_kind(error) is not None:
            return False
        raise
    return True
