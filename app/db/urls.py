"""Connection strings: users give libpq-style URLs, SQLAlchemy wants its driver named."""

from __future__ import annotations

from sqlalchemy.engine import make_url


def sqlalchemy_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername in {"postgres", "postgresql", "postgresql+asyncpg", "postgresql+psycopg"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    else:
        msg = f"DATABASE_URL must be a PostgreSQL URL (postgresql://...), not {parsed.drivername}://"
        raise ValueError(msg)
    return parsed.render_as_string(hide_password=False)


def with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)
