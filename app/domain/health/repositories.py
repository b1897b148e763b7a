from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

READY_TIMEOUT_SECONDS = 2.0


async def database_is_up(session: AsyncSession) -> bool:
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS):
            await session.execute(text("SELECT 1"))
    except (OSError, TimeoutError, DBAPIError, OperationalError):
        return False
    return True
