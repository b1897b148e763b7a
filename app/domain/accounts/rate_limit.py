"""Fixed-window attempt counters in PostgreSQL, so the limit holds across every worker and replica.

Counting happens on a connection of its own and commits at once: a failed log-in rolls its request back,
and must still count.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import random

from sqlalchemy.ext.asyncio import AsyncEngine

from app.domain.accounts.errors import RateLimitedError
from app.domain.accounts.repositories import count_hit, forget_old_windows

# Now and then a hit also sweeps windows older than a day, so the table stays small without a cron job.
SWEEP_PROBABILITY = 0.01
# Bucket names embed what they count (an email of up to 320 characters, a token hash, an address); the stored
# key is the name while it is short enough to read, else a digest of it, so any valid input fits the column.
READABLE_BUCKET = 64


def stored_bucket(bucket: str) -> str:
    if len(bucket) <= READABLE_BUCKET:
        return bucket
    kind = bucket.rsplit(":", 1)[0][:40]
    return f"{kind}:sha256:{hashlib.sha256(bucket.encode()).hexdigest()}"


class RateLimiter:
    def __init__(self, engine: AsyncEngine, *, window_seconds: int) -> None:
        self.engine = engine
        self.window_seconds = window_seconds

    async def hit(self, limits: dict[str, int]) -> None:
        """Count one attempt against each bucket; 429 if any is over its limit for the current window."""
        now = datetime.datetime.now(datetime.UTC)
        epoch = now.timestamp()
        start = datetime.datetime.fromtimestamp(epoch - epoch % self.window_seconds, datetime.UTC)
        async with self.engine.begin() as connection:
            counts = {bucket: await count_hit(connection, stored_bucket(bucket), start) for bucket in sorted(limits)}
            if random.random() < SWEEP_PROBABILITY:  # noqa: S311 - not security-relevant
                await forget_old_windows(connection, now - datetime.timedelta(days=1))
        if any(counts[bucket] > limit for bucket, limit in limits.items()):
            retry_after = math.ceil(start.timestamp() + self.window_seconds - epoch)
            raise RateLimitedError(max(retry_after, 1))
