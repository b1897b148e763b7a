"""People's names folded for finding and sorting them (issue 20): the speakers list, the people directory and
the duplicate guard on registering a person.

`person_name_key(name)` folds a name to the form both sides of a comparison take: NFKC, lower case, letters of
the Latin, Cyrillic and Greek scripts transliterated to ASCII (anyascii's table, so Исмагулова and Ismagulova,
Şahin and Sahin, Әлия and Aliya fold alike), combining accents dropped, ASCII punctuation to single spaces. It
is SQL, with its table written into the function at migration time, so every writer (the API, the demo loader,
the registrations' one-statement account person, the benchmark's COPY) fills the generated columns the same
way; the embedded server has no `unaccent` extension to do it (nor `pg_trgm`), and the schema must not need
contrib extensions. A later change of the table is a new migration.

`name_key` compares byte by byte (COLLATE "C") on every server, so its order and its index do not depend on the
server's default locale. `qurultay_names` is the collation names sort by after their folded key: the ICU root collation where the server
has ICU (`und-x-icu` exists), else the byte order of "C" (the embedded pgserver is built without ICU).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 18:30:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from anyascii import anyascii
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Latin-1 and Latin Extended A/B, IPA (ə), combining marks, Greek, Cyrillic and its supplement (Kazakh letters),
# Latin Extended Additional, general punctuation (non-breaking and typographic spaces, dashes, quotes).
_RANGES = ((0x80, 0x2AF), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x206F))


def _table() -> dict[str, str]:
    table = {}
    for first, last in _RANGES:
        for point in range(first, last + 1):
            char = chr(point)
            folded = anyascii(char).lower()
            if folded != char:
                table[char] = folded
    return table


def _function() -> str:
    literal = json.dumps(_table(), ensure_ascii=False, sort_keys=True).replace("'", "''")
    return f"""
CREATE FUNCTION person_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(coalesce(string_agg(coalesce(('{literal}'::jsonb) ->> c, c), '' ORDER BY i), ''),
                              '[\\x01-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]+', ' ', 'g'))
  FROM regexp_split_to_table(lower(normalize(name, NFKC)), '') WITH ORDINALITY AS chars(c, i)
$$
"""


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.execute(_function())
    op.execute(
        """
DO $$ BEGIN
  IF EXISTS (SELECT FROM pg_collation WHERE collname = 'und-x-icu') THEN
    CREATE COLLATION qurultay_names (provider = icu, locale = 'und');
  ELSE
    CREATE COLLATION qurultay_names FROM "C";
  END IF;
END $$
"""
    )
    op.add_column(
        "people",
        sa.Column(
            "name_key",
            sa.Text(collation="C"),
            sa.Computed("person_name_key(full_name)", persisted=True),
            nullable=False,
        ),
    )
    op.add_column(
        "people",
        sa.Column(
            "name_search",
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('simple'::regconfig, person_name_key(full_name))", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(op.f("ix_people_name_key"), "people", ["name_key"], unique=False)
    op.create_index("ix_people_name_search", "people", ["name_search"], unique=False, postgresql_using="gin")


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.drop_index("ix_people_name_search", table_name="people", postgresql_using="gin")
    op.drop_index(op.f("ix_people_name_key"), table_name="people")
    op.drop_column("people", "name_search")
    op.drop_column("people", "name_key")
    op.execute("DROP COLLATION qurultay_names")
    op.execute("DROP FUNCTION person_name_key(text)")
