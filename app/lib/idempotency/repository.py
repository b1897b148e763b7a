from __future__ import annotations

from uuid import UUID

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import IdempotencyRecord

# How long a key is remembered: long enough for any client's retries, short enough to keep the table small.
RETENTION = "24 hours"


class IdempotencyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def try_claim(self, owner_id: UUID, key: str) -> bool:
        """Take the key's lock for the rest of this transaction, without waiting. False: another request with
        the same key is running now. The lock ends at commit, when the saved answer becomes visible."""
        claimed = await self.session.scalar(
            select(func.pg_try_advisory_xact_lock(func.hashtextextended(f"{owner_id}:{key}", 0)))
        )
        return bool(claimed)

    async def find(self, owner_id: UUID, key: str) -> IdempotencyRecord | None:
        statement = select(IdempotencyRecord).where(
            IdempotencyRecord.owner_id == owner_id,
            IdempotencyRecord.key == key,
            IdempotencyRecord.created_at > func.now() - text(f"interval '{RETENTION}'"),
        )
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def save(self, record: IdempotencyRecord) -> None:
        """Save the answer; a record of this key that has outlived its retention is replaced."""
        values = {
            "owner_id": record.owner_id,
            "key": record.key,
            "method": record.method,
            "path": record.path,
            "request_hash": record.request_hash,
            "status_code": record.status_code,
            "body": record.body,
            "location": record.location,
        }
        statement = insert(IdempotencyRecord).values(**values)
        statement = statement.on_conflict_do_update(
            index_elements=[IdempotencyRecord.owner_id, IdempotencyRecord.key],
            set_={**values, "created_at": func.now(), "updated_at": func.now()},
            where=IdempotencyRecord.created_at <= func.now() - text(f"interval '{RETENTION}'"),
        )
        await self.session.execute(statement)
