"""Registrations: seat counters kept by the database, its guard against overselling, contiguous waitlists,
and delegation quotas per partner organization.

The application decides seats under a row lock on the session; the database checks it. A trigger on
registrations keeps forum_sessions.confirmed_count and waitlist_length exact (an UPDATE of the session row, so
concurrent writers queue on it), and a trigger on forum_sessions refuses any confirmed_count that grows past the
capacity. Lowering a capacity below the count does not grow it, so it is allowed and evicts nobody.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEAT_COUNTERS = (
    """
CREATE FUNCTION registrations_count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  confirmed_delta integer := 0;
  waitlist_delta integer := 0;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.session_id IS NOT NULL THEN
    confirmed_delta := confirmed_delta - (OLD.status = 'confirmed')::integer;
    waitlist_delta := waitlist_delta - (OLD.status = 'waitlisted')::integer;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.session_id IS NOT NULL THEN
    confirmed_delta := confirmed_delta + (NEW.status = 'confirmed')::integer;
    waitlist_delta := waitlist_delta + (NEW.status = 'waitlisted')::integer;
  END IF;
  IF confirmed_delta <> 0 OR waitlist_delta <> 0 THEN
    UPDATE forum_sessions
      SET confirmed_count = confirmed_count + confirmed_delta, waitlist_length = waitlist_length + waitlist_delta
      WHERE id = coalesce(NEW.session_id, OLD.session_id);
  END IF;
  RETURN NULL;
END
$$""",
    # A registration never moves between sessions (the application never changes session_id).
    """
CREATE TRIGGER registrations_count_seats AFTER INSERT OR DELETE OR UPDATE OF status ON registrations
FOR EACH ROW EXECUTE FUNCTION registrations_count_seats()""",
    """
CREATE FUNCTION forum_sessions_refuse_overbooking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'session % has % seats; confirming another would make %', NEW.id, NEW.capacity,
    NEW.confirmed_count
    USING ERRCODE = 'check_violation', CONSTRAINT = 'forum_sessions_seat_guard', TABLE = 'forum_sessions';
END
$$""",
    """
CREATE TRIGGER forum_sessions_seat_guard BEFORE UPDATE OF confirmed_count ON forum_sessions
FOR EACH ROW WHEN (
  NEW.capacity IS NOT NULL AND NEW.confirmed_count > NEW.capacity AND NEW.confirmed_count > OLD.confirmed_count
) EXECUTE FUNCTION forum_sessions_refuse_overbooking()""",
    # Count the registrations that exist.
    """
UPDATE forum_sessions fs SET
  confirmed_count = (SELECT count(*) FROM registrations r WHERE r.session_id = fs.id AND r.status = 'confirmed'),
  waitlist_length = (SELECT count(*) FROM registrations r WHERE r.session_id = fs.id AND r.status = 'waitlisted')""",
    """
ALTER TABLE registrations ADD CONSTRAINT ex_registrations_waitlist_position
EXCLUDE USING btree (session_id WITH =, waitlist_position WITH =)
WHERE (session_id IS NOT NULL AND status = 'waitlisted') DEFERRABLE INITIALLY IMMEDIATE""",
)


def upgrade() -> None:
    # Fail fast instead of queueing behind a long transaction while holding locks everyone else waits on.
    op.execute("SET lock_timeout = '5s'")
    op.create_table(
        "delegation_quotas",
        sa.Column("forum_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("quota", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("quota >= 0", name=op.f("ck_delegation_quotas_quota")),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_delegation_quotas_forum_id_forums"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_delegation_quotas_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("forum_id", "organization_id", name=op.f("pk_delegation_quotas")),
    )
    op.create_index(
        op.f("ix_delegation_quotas_organization_id"), "delegation_quotas", ["organization_id"], unique=False
    )
    op.add_column("forum_sessions", sa.Column("confirmed_count", sa.Integer(), server_default="0", nullable=False))
    op.add_column("forum_sessions", sa.Column("waitlist_length", sa.Integer(), server_default="0", nullable=False))
    op.create_check_constraint(op.f("ck_forum_sessions_confirmed_count"), "forum_sessions", "confirmed_count >= 0")
    op.create_check_constraint(op.f("ck_forum_sessions_waitlist_length"), "forum_sessions", "waitlist_length >= 0")
    for statement in SEAT_COUNTERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.drop_constraint("ex_registrations_waitlist_position", "registrations")
    op.execute("DROP TRIGGER forum_sessions_seat_guard ON forum_sessions")
    op.execute("DROP TRIGGER registrations_count_seats ON registrations")
    op.execute("DROP FUNCTION forum_sessions_refuse_overbooking()")
    op.execute("DROP FUNCTION registrations_count_seats()")
    op.drop_constraint(op.f("ck_forum_sessions_waitlist_length"), "forum_sessions", type_="check")
    op.drop_constraint(op.f("ck_forum_sessions_confirmed_count"), "forum_sessions", type_="check")
    op.drop_column("forum_sessions", "waitlist_length")
    op.drop_column("forum_sessions", "confirmed_count")
    op.drop_index(op.f("ix_delegation_quotas_organization_id"), table_name="delegation_quotas")
    op.drop_table("delegation_quotas")
