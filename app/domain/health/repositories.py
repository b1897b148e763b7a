from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def ping(session: AsyncSession) -> None:
    """One round trip on the request's session: a pooled connection, and a server that answers."""
    await session.execute(text("SELECT 1"))
