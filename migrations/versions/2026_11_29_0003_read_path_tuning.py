"""Read-path tuning from the first benchmark run: a partial index for the public statement list, a faster
localized(), and a finer statistics target for the search vector.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 05:35:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The SQL-language version could not be inlined (it has a subquery) and cost ~15 us a call; the agenda calls it
# hundreds of times. PL/pgSQL returns the same values in about a third of the time (bench/README.md).
LOCALIZED_PLPGSQL = """
CREATE OR REPLACE FUNCTION localized(texts jsonb, preferred text[], original text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  lang text;
BEGIN
  IF texts IS NULL THEN
    RETURN NULL;
  END IF;
  IF preferred IS NOT NULL THEN
    FOREACH lang IN ARRAY preferred LOOP
      IF texts ? lang THEN
        RETURN jsonb_build_object('lang', lang, 'text', texts ->> lang);
      END IF;
    END LOOP;
  END IF;
  IF original IS NOT NULL AND texts ? original THEN
    RETURN jsonb_build_object('lang', original, 'text', texts ->> original);
  END IF;
  SELECT key INTO lang FROM jsonb_object_keys(texts) AS key LIMIT 1;
  IF lang IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN jsonb_build_object('lang', lang, 'text', texts ->> lang);
END
$$
"""

LOCALIZED_SQL = """
CREATE OR REPLACE FUNCTION localized(texts jsonb, preferred text[], original text) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT jsonb_build_object('lang', pick.lang, 'text', texts ->> pick.lang)
  FROM unnest(preferred || original || ARRAY(SELECT jsonb_object_keys(texts))) WITH ORDINALITY
    AS pick(lang, rank)
  WHERE texts ? pick.lang
  ORDER BY pick.rank
  LIMIT 1
$$
"""


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.drop_index("ix_statements_public_recent", table_name="statements")
    op.create_index(
        "ix_statements_published_recent",
        "statements",
        [sa.literal_column("published_at DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("status = 'published'"),
    )
    op.execute(LOCALIZED_PLPGSQL)
    # A word repeated across five query configurations made the planner guess 10,000 matches for one with 161.
    op.execute("ALTER TABLE statements ALTER COLUMN search SET STATISTICS 1000")


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.execute("ALTER TABLE statements ALTER COLUMN search SET STATISTICS -1")
    op.execute(LOCALIZED_SQL)
    op.drop_index("ix_statements_published_recent", table_name="statements")
    op.create_index(
        "ix_statements_public_recent",
        "statements",
        [sa.literal_column("published_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
