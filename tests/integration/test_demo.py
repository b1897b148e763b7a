"""The demo forum loads once: `serve` calls the loader on every start, so a second call must change nothing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.db.models import (
    Affiliation,
    Citation,
    Forum,
    ForumSession,
    Organization,
    Person,
    SessionParticipant,
    Statement,
)
from app.db.models.enums import StatementStatus
from app.demo.baku import DEMO_FORUM_SLUG, load_demo

EXPECTED = {
    Forum: 1,
    ForumSession: 1,
    Organization: 6,
    Person: 6,
    Affiliation: 6,
    SessionParticipant: 6,
    Statement: 12,
    Citation: 12,
}


async def _load_in_own_transaction(database_url: str) -> bool:
    # As `qurultay serve` and `qurultay load-demo` do: one transaction per call, committed.
    engine = create_async_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session, session.begin():
            return await load_demo(session)
    finally:
        await engine.dispose()


async def _counts(db: AsyncSession) -> dict[type, int]:
    return {model: await db.scalar(select(func.count()).select_from(model)) or 0 for model in EXPECTED}


async def test_loading_twice_loads_once(database_url: str, db: AsyncSession) -> None:
    assert await _load_in_own_transaction(database_url) is True
    assert await _load_in_own_transaction(database_url) is False

    assert await _counts(db) == EXPECTED
    forum = (await db.scalars(select(Forum))).one()
    assert forum.slug == DEMO_FORUM_SLUG
    statuses = set((await db.scalars(select(Statement.status))).all())
    assert statuses == {StatementStatus.PUBLISHED}


async def test_a_second_load_in_the_same_transaction_also_sees_the_first(db: AsyncSession) -> None:
    assert await load_demo(db) is True
    assert await load_demo(db) is False
    await db.commit()

    assert await _counts(db) == EXPECTED
