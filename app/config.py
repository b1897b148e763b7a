"""Settings, read from the environment once per process."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from functools import lru_cache
from pathlib import Path

import msgspec

PROJECT_ROOT = Path(__file__).resolve().parent.parent


# Where create_app keeps the Settings in the app's state, for whatever needs them at request time.
SETTINGS_STATE_KEY = "settings"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    # Unset means "start the embedded PostgreSQL in `data_dir`" (see app/db/embedded.py).
    database_url: str | None
    data_dir: Path
    host: str
    port: int
    workers: int
    debug: bool
    db_pool_size: int
    db_max_overflow: int
    db_echo: bool
    jwt_secret: str
    access_token_ttl_seconds: int
    refresh_token_ttl_seconds: int
    # Sign-up, log-in and refresh attempts allowed per client address, and per account from one client address,
    # in each window: another address's wrong guesses never lock the owner's own client out.
    auth_rate_limit_per_client: int
    auth_rate_limit_per_account: int
    auth_rate_limit_window_seconds: int
    # Every wait on the database is bounded (README, "When the database fails"): for a pooled connection, for a
    # row lock, for one statement. A wait that runs out answers 503 with Retry-After, never a hang.
    db_pool_timeout_seconds: float
    db_lock_timeout_seconds: float
    db_statement_timeout_seconds: float
    retry_after_seconds: int
    # How long a just-rotated refresh token still answers its (one) successor instead of revoking its family.
    refresh_grace_seconds: int
    # What one request may make the server hold (app/lib/limits.py): its body, its line and headers, and the
    # time to receive each (headers from the first byte, the body from when the app gets the request).
    max_body_bytes: int
    max_header_bytes: int
    request_timeout_seconds: float
    # Attempts on one account from every client together: the ceiling against guessing from many addresses.
    auth_rate_limit_account_ceiling: int
    # Writes (POST, PUT, PATCH, DELETE) per caller (user, API key, or address when anonymous) in each window;
    # 0 turns the limit off.
    write_rate_limit: int
    write_rate_limit_window_seconds: int
    # The change log (GET .../changes, the live streams): how long changes are kept (a cursor older than that
    # answers 410), how often a live stream sends a heartbeat, and how many items one slow client may have
    # waiting before it is dropped (it resumes with Last-Event-ID).
    change_retention_days: int
    live_heartbeat_seconds: float
    live_queue_size: int
    # A stream ends after this long and its client reconnects (Last-Event-ID): connections move between
    # instances as they come and go, and nothing is held forever.
    live_max_seconds: float
    # Peers whose X-Forwarded-For, X-Forwarded-Proto and X-Request-ID are believed (addresses or networks, e.g.
    # the load balancer's): anyone else could pick their own rate-limit key. Empty trusts nobody.
    trusted_proxies: tuple[str, ...] = ()
    # The bearer token Prometheus scrapes /metrics with; unset, /metrics does not exist (answers 404).
    metrics_token: str | None = None

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _list(name: str) -> tuple[str, ...]:
    """A comma-separated setting: "10.0.0.5, 10.1.0.0/16"."""
    return tuple(item.strip() for item in os.environ.get(name, "").split(",") if item.strip())


def _jwt_secret(data_dir: Path) -> str:
    """QURULTAY_JWT_SECRET, or a random secret kept in the data folder, so every worker of one installation
    signs and checks with the same key and tokens survive a restart."""
    configured = os.environ.get("QURULTAY_JWT_SECRET")
    if configured:
        return configured
    path = data_dir / "jwt-secret"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        # Workers start at the same moment: write the secret to a file of our own, then link it into place.
        # The link either appears complete or fails because another worker's did, so nobody reads a half-written
        # (empty) secret, which would sign tokens with an empty key.
        fd, draft = tempfile.mkstemp(prefix=".jwt-secret-", dir=data_dir)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
            with contextlib.suppress(FileExistsError):
                path.hardlink_to(draft)
        finally:
            Path(draft).unlink()
    secret = path.read_text().strip()
    if not secret:
        raise RuntimeError(f"{path} is empty: delete it (a new secret is made) or set QURULTAY_JWT_SECRET")
    return secret


def load_settings() -> Settings:
    data_dir = Path(os.environ.get("QURULTAY_DATA_DIR", str(PROJECT_ROOT / ".data"))).resolve()
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or None,
        data_dir=data_dir,
        host=os.environ.get("QURULTAY_HOST", "127.0.0.1"),
        port=int(os.environ.get("QURULTAY_PORT", "8000")),
        workers=int(os.environ.get("QURULTAY_WORKERS", "1")),
        debug=_flag("QURULTAY_DEBUG", default=False),
        # A fixed pool (no overflow): an overflow connection is closed when it is returned, so under a rush
        # every request past the pool's size paid for a new connection and re-prepared its statements
        # (bench/README.md: registrations/s rose by a fifth without it). Requests past 20 wait for one instead.
        db_pool_size=int(os.environ.get("QURULTAY_DB_POOL_SIZE", "20")),
        db_max_overflow=int(os.environ.get("QURULTAY_DB_MAX_OVERFLOW", "0")),
        db_echo=_flag("QURULTAY_DB_ECHO", default=False),
        jwt_secret=_jwt_secret(data_dir),
        access_token_ttl_seconds=int(os.environ.get("QURULTAY_ACCESS_TOKEN_TTL", "900")),
        refresh_token_ttl_seconds=int(os.environ.get("QURULTAY_REFRESH_TOKEN_TTL", str(30 * 24 * 3600))),
        auth_rate_limit_per_client=int(os.environ.get("QURULTAY_AUTH_RATE_LIMIT_PER_CLIENT", "30")),
        auth_rate_limit_per_account=int(os.environ.get("QURULTAY_AUTH_RATE_LIMIT_PER_ACCOUNT", "10")),
        auth_rate_limit_window_seconds=int(os.environ.get("QURULTAY_AUTH_RATE_LIMIT_WINDOW", "60")),
        db_pool_timeout_seconds=float(os.environ.get("QURULTAY_DB_POOL_TIMEOUT", "5")),
        db_lock_timeout_seconds=float(os.environ.get("QURULTAY_DB_LOCK_TIMEOUT", "5")),
        db_statement_timeout_seconds=float(os.environ.get("QURULTAY_DB_STATEMENT_TIMEOUT", "30")),
        retry_after_seconds=int(os.environ.get("QURULTAY_RETRY_AFTER", "2")),
        refresh_grace_seconds=int(os.environ.get("QURULTAY_REFRESH_GRACE", "30")),
        max_body_bytes=int(os.environ.get("QURULTAY_MAX_BODY_BYTES", str(1024 * 1024))),
        max_header_bytes=int(os.environ.get("QURULTAY_MAX_HEADER_BYTES", str(32 * 1024))),
        request_timeout_seconds=float(os.environ.get("QURULTAY_REQUEST_TIMEOUT", "30")),
        auth_rate_limit_account_ceiling=int(os.environ.get("QURULTAY_AUTH_RATE_LIMIT_ACCOUNT_CEILING", "100")),
        # Generous: ten writes a second from one caller is a script, not a person; many callers are unaffected.
        write_rate_limit=int(os.environ.get("QURULTAY_WRITE_RATE_LIMIT", "600")),
        write_rate_limit_window_seconds=int(os.environ.get("QURULTAY_WRITE_RATE_LIMIT_WINDOW", "60")),
        change_retention_days=int(os.environ.get("QURULTAY_CHANGE_RETENTION_DAYS", "30")),
        live_heartbeat_seconds=float(os.environ.get("QURULTAY_LIVE_HEARTBEAT", "15")),
        live_queue_size=int(os.environ.get("QURULTAY_LIVE_QUEUE_SIZE", "256")),
        live_max_seconds=float(os.environ.get("QURULTAY_LIVE_MAX_SECONDS", "3600")),
        trusted_proxies=_list("QURULTAY_TRUSTED_PROXIES"),
        metrics_token=os.environ.get("QURULTAY_METRICS_TOKEN") or None,
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
