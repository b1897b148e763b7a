"""Pruning the change log: rows older than the retention go, and the newest position pruned is kept, so a
cursor from before it answers 410 (the client syncs again from a snapshot) instead of silently missing rows."""

from __future__ import annotations

import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

BATCH = 10_000

# One process prunes at a time (the others find the lock taken and skip their turn).
_LOCK = text("SELECT pg_try_advisory_xact_lock(hashtext('qurultay_change_log_prune'))")
_PRUNE = text("""
WITH gone AS (
    DELETE FROM change_events WHERE id IN (
        SELECT id FROM change_events WHERE occurred_at < now() - make_interval(secs => :keep_seconds)
        LIMIT :batch)
    RETURNING xid, id
), newest AS (
    SELECT xid, id FROM gone ORDER BY xid DESC, id DESC LIMIT 1
), marked AS (
    UPDATE change_log_state s SET pruned_xid = newest.xid, pruned_id = newest.id
    FROM newest WHERE (newest.xid, newest.id) > (s.pruned_xid, s.pruned_id)
)
SELECT count(*) FROM gone
""")


class ChangeLogRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection

    async def prune(self, keep: datetime.timedelta) -> int:
        """Delete what is older than `keep`, in batches (each its own transaction, so none holds locks long).
        Answers how many rows went; 0 also when another process is pruning."""
        pruned = 0
        while True:
            async with self.connection.begin():
                if not (await self.connection.execute(_LOCK)).scalar_one():
                    return pruned
                params = {"keep_seconds": keep.total_seconds(), "batch": BATCH}
                count = int((await self.connection.execute(_PRUNE, params)).scalar_one())
            pruned += count
            if count < BATCH:
                return pruned
