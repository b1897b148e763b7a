"""Where the database is: DATABASE_URL, or the embedded server started on first need."""

from __future__ import annotations

import os

from app.config import Settings
from app.db.embedded import ensure_database, start_embedded, stop_embedded
from app.db.urls import sqlalchemy_url

EMBEDDED_DATABASE = "qurultay"


def resolve_database_url(settings: Settings) -> str:
    """The SQLAlchemy URL to use. Starts the embedded server when DATABASE_URL is unset, and exports the URL
    so worker processes and Alembic, started after us, reach the same server instead of starting their own."""
    if settings.database_url is not None:
        return sqlalchemy_url(settings.database_url)
    server = start_embedded(settings.data_dir / "postgres")
    url = ensure_database(server, EMBEDDED_DATABASE)
    os.environ["DATABASE_URL"] = url
    return sqlalchemy_url(url)


def release_database(settings: Settings) -> None:
    """Stop the embedded server if this process started it (a no-op with DATABASE_URL, or in a process that
    joined a server another started)."""
    stop_embedded(settings.data_dir / "postgres")
