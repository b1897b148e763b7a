"""Fixed-window counters in PostgreSQL, so every limit holds across every worker and replica.

A hit is counted by one statement on a pooled connection of its own, committed at once, before the request's
own transaction begins: a request that then fails (a wrong password, a refused write) rolls its own work back
and must still count. It is one extra round trip, and the connection goes back to the pool before the handler
takes its own, so no request holds two connections at once.
"""

from __future__ import annotations

import datetime
import hashlib
import math
import random
import time
from uuid import UUID

from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Receive, Scope, Send
from sqlalchemy.ext.asyncio import AsyncEngine

from app.config import Settings
from app.db.engine import app_engine
from app.db.read import Reader
from app.domain.accounts.errors import RateLimitedError
from app.domain.accounts.repositories import count_hits, forget_old_windows
from app.lib.guards import SAFE_METHODS
from app.lib.principal import Principal

# Now and then a hit also sweeps windows older than a day, so the table stays small without a cron job.
SWEEP_PROBABILITY = 0.01
# Bucket names embed what they count (an email of up to 320 characters, a token hash, an address); the stored
# key is the name while it is short enough to read, else a digest of it, so any valid input fits the column.
READABLE_BUCKET = 64


async def _count(reader: Reader, hits: dict[str, datetime.datetime]) -> dict[str, int]:
    """Count one hit in each stored bucket's window; now and then also sweep windows a day old."""
    counts = await count_hits(reader, hits)
    if random.random() < SWEEP_PROBABILITY:  # noqa: S311 - not security-relevant
        await forget_old_windows(reader, min(hits.values()) - datetime.timedelta(days=1))
    return counts


def stored_bucket(bucket: str) -> str:
    if len(bucket) <= READABLE_BUCKET:
        return bucket
    kind = bucket.rsplit(":", 1)[0][:40]
    return f"{kind}:sha256:{hashlib.sha256(bucket.encode()).hexdigest()}"


class RateLimiter:
    def __init__(self, engine: AsyncEngine, *, window_seconds: int) -> None:
        self.reader = Reader(engine)
        self.window_seconds = window_seconds

    async def hit(self, limits: dict[str, int], *, what: str = "attempts") -> None:
        """Count one hit against each bucket; 429 if any is over its limit for the current window."""
        await self.hit_windows({bucket: (limit, self.window_seconds) for bucket, limit in limits.items()}, what=what)

    async def hit_windows(self, limits: dict[str, tuple[int, int]], *, what: str = "attempts") -> None:
        """`hit` with a window of its own per bucket: bucket -> (limit, window seconds). One round trip."""
        epoch = time.time()
        starts = {bucket: epoch - epoch % window for bucket, (_, window) in limits.items()}
        stored = {bucket: stored_bucket(bucket) for bucket in limits}
        counts = await _count(
            self.reader,
            {stored[bucket]: datetime.datetime.fromtimestamp(start, datetime.UTC) for bucket, start in starts.items()},
        )
        waits = [
            math.ceil(starts[bucket] + window - epoch)
            for bucket, (limit, window) in limits.items()
            if counts.get(stored[bucket], 0) > limit
        ]
        if waits:
            raise RateLimitedError(max(*waits, 1), what=what)


# Where the authentication middleware leaves a person's write it already counted: (bucket, window start, hits).
COUNTED_WRITE = "qurultay.counted_write"


def user_write_bucket(user_id: UUID) -> str:
    return f"write:user:{user_id}"


def writer_bucket(scope: Scope) -> str:
    """Whose writes a request counts against: the user, the API key, or (anonymous) the peer address. The peer,
    as the auth routes use it: behind a proxy named in QURULTAY_TRUSTED_PROXIES, the client it reports."""
    user = scope.get("user")
    if isinstance(user, Principal) and user.user_id is not None:
        return user_write_bucket(user.user_id)
    if isinstance(user, Principal) and user.api_key_id is not None:
        return f"write:key:{user.api_key_id}"
    client = scope.get("client")
    return f"write:address:{client[0] if client else 'unknown'}"


class WriteLimit:
    """Writes per caller per fixed window. A limit of 0 turns it off (a deployment that limits at its proxy)."""

    def __init__(self, settings: Settings) -> None:
        self.limit = settings.write_rate_limit
        self.window_seconds = settings.write_rate_limit_window_seconds

    def window_for(self, scope: Scope) -> datetime.datetime | None:
        """The start of the current window when the request is a write this limit counts, else None."""
        if self.limit <= 0 or scope.get("method", "GET") in SAFE_METHODS:
            return None
        epoch = time.time()
        return datetime.datetime.fromtimestamp(epoch - epoch % self.window_seconds, datetime.UTC)

    async def count(self, engine: AsyncEngine, bucket: str, window_start: datetime.datetime) -> int:
        """Count one write in `bucket`: one statement on a connection of its own, committed at once."""
        stored = stored_bucket(bucket)
        return (await _count(Reader(engine), {stored: window_start})).get(stored, 0)

    def check(self, hits: int, window_start: datetime.datetime) -> None:
        if hits > self.limit:
            retry_after = math.ceil(window_start.timestamp() + self.window_seconds - time.time())
            raise RateLimitedError(max(retry_after, 1), what="writes")


class WriteRateLimitMiddleware(ASGIMiddleware):
    """Every POST, PUT, PATCH and DELETE counts against its caller; past the limit, 429 with Retry-After. It runs
    after authentication (the caller is known) and before the route's guards and handler. A person's write was
    already counted by the statement that authenticated them (app/domain/accounts/middleware.py); an API key's
    or an anonymous caller's is counted here."""

    scopes = (ScopeType.HTTP,)

    def __init__(self, settings: Settings) -> None:
        self.write_limit = WriteLimit(settings)

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        window_start = self.write_limit.window_for(scope)
        if window_start is not None:
            counted = scope.get("state", {}).pop(COUNTED_WRITE, None)
            if counted is None:
                engine = app_engine(scope["litestar_app"])
                hits = await self.write_limit.count(engine, writer_bucket(scope), window_start)
            else:
                _, window_start, hits = counted
            self.write_limit.check(hits, window_start)
        await next_app(scope, receive, send)
