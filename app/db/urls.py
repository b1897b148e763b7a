"""Connection strings: users give libpq-style URLs, SQLAlchemy wants its driver named."""

from __future__ import annotations

from sqlalchemy.engine import make_url


def sqlalchemy_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername.split("+", 1)[0] in {"postgres", "postgresql"}:
        parsed = parsed.set(drivername="postgresql+asyncpg")
    else:
        msg = f"DATABASE_URL must be a PostgreSQL URL (postgresql://...), not {parsed.drivername}://"
        raise ValueError(msg)
    if "sslmode" in parsed.query:
        # libpq's sslmode is asyncpg's ssl (same values); passed on as is, asyncpg refuses the unknown keyword.
        parsed = parsed.difference_update_query(["sslmode"]).update_query_dict({"ssl": parsed.query["sslmode"]})
    return parsed.render_as_string(hide_password=False)


def with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)
