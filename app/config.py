"""Settings, read from the environment once per process."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import msgspec

PROJECT_ROOT = Path(__file__).resolve().parent.parent


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

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def load_settings() -> Settings:
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or None,
        data_dir=Path(os.environ.get("QURULTAY_DATA_DIR", str(PROJECT_ROOT / ".data"))).resolve(),
        host=os.environ.get("QURULTAY_HOST", "127.0.0.1"),
        port=int(os.environ.get("QURULTAY_PORT", "8000")),
        workers=int(os.environ.get("QURULTAY_WORKERS", "1")),
        debug=_flag("QURULTAY_DEBUG", default=False),
        db_pool_size=int(os.environ.get("QURULTAY_DB_POOL_SIZE", "10")),
        db_max_overflow=int(os.environ.get("QURULTAY_DB_MAX_OVERFLOW", "10")),
        db_echo=_flag("QURULTAY_DB_ECHO", default=False),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
