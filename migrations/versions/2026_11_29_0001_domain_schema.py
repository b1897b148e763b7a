"""The domain schema: countries, organizations, people, forums, sessions, statements, registrations.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 03:58:01.733637
"""

from __future__ import annotations

from collections.abc import Sequence

import pycountry
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Fail fast instead of queueing behind a long transaction while holding locks everyone else waits on.
    op.execute("SET lock_timeout = '5s'")
    # The text search configuration for a language code; languages PostgreSQL has no stemmer for (Azerbaijani,
    # Kazakh, Kyrgyz, Uzbek, Turkmen) are indexed as plain words. Every configuration named here ships with
    # PostgreSQL 15 and later, so no contrib extension is needed.
    op.execute(
        """
        CREATE FUNCTION text_search_config(language text) RETURNS regconfig
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
          SELECT (CASE split_part(lower(language), '-', 1)
            WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian' WHEN 'tr' THEN 'turkish'
            WHEN 'de' THEN 'german' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish'
            WHEN 'ar' THEN 'arabic' WHEN 'hu' THEN 'hungarian' WHEN 'it' THEN 'italian'
            WHEN 'pt' THEN 'portuguese'
            ELSE 'simple' END)::regconfig
        $$
        """
    )
    # Every stored language of a statement, stemmed by its own configuration and also as plain words, so a
    # query in any language and any spelling finds it. Used by the generated column statements.search.
    op.execute(
        """
        CREATE FUNCTION statement_search_vector(texts jsonb) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
        DECLARE
          result tsvector := ''::tsvector;
          entry record;
        BEGIN
          FOR entry IN SELECT key, value FROM jsonb_each_text(texts) LOOP
            result := result
              || setweight(to_tsvector(text_search_config(entry.key), entry.value), 'A')
              || to_tsvector('simple', entry.value);
          END LOOP;
          RETURN result;
        END
        $$
        """
    )
    # A multilingual map read in one language: the first of `preferred` it has, else the original, else any.
    # Answers {"lang": ..., "text": ...} so a reader always knows which language it got.
    op.execute(
        """
        CREATE FUNCTION localized(texts jsonb, preferred text[], original text) RETURNS jsonb
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT jsonb_build_object('lang', pick.lang, 'text', texts ->> pick.lang)
          FROM unnest(preferred || original || ARRAY(SELECT jsonb_object_keys(texts))) WITH ORDINALITY
            AS pick(lang, rank)
          WHERE texts ? pick.lang
          ORDER BY pick.rank
          LIMIT 1
        $$
        """
    )
    op.create_table(
        "countries",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("alpha3", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "ots_status",
            sa.Enum("member", "observer", name="ots_status", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_countries")),
        sa.UniqueConstraint("alpha3", name=op.f("uq_countries_alpha3")),
    )
    op.create_table(
        "topics",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", postgresql.JSONB(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topics")),
        sa.UniqueConstraint("slug", name=op.f("uq_topics_slug")),
    )
    op.create_table(
        "forums",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("title", postgresql.JSONB(), nullable=False),
        sa.Column("description", postgresql.JSONB(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "published",
                "cancelled",
                "archived",
                name="forum_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("registration_opens_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("registration_closes_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("requires_approval", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'", name=op.f("ck_forums_slug_format")),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name=op.f("ck_forums_capacity")),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_forums_dates")),
        sa.CheckConstraint(
            "registration_closes_at IS NULL OR registration_opens_at IS NULL OR registration_closes_at > registration_opens_at",
            name=op.f("ck_forums_registration_window"),
        ),
        sa.ForeignKeyConstraint(["country_code"], ["countries.code"], name=op.f("fk_forums_country_code_countries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forums")),
        sa.UniqueConstraint("slug", name=op.f("uq_forums_slug")),
    )
    op.create_index(op.f("ix_forums_country_code"), "forums", ["country_code"], unique=False)
    op.create_index(op.f("ix_forums_status"), "forums", ["status"], unique=False)
    op.create_table(
        "organizations",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("name", postgresql.JSONB(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column(
            "legal_form",
            sa.Enum(
                "public_association",
                "public_foundation",
                "public_union",
                "ngo",
                "government_body",
                "intergovernmental_organization",
                "media",
                name="legal_form",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["countries.code"], name=op.f("fk_organizations_country_code_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    op.create_index(op.f("ix_organizations_country_code"), "organizations", ["country_code"], unique=False)
    op.create_index(
        "ix_organizations_sort_name",
        "organizations",
        [sa.literal_column("lower(name ->> language)"), "id"],
        unique=False,
    )
    op.create_table(
        "people",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("bio", postgresql.JSONB(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("photo_url", sa.String(length=500), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["country_code"], ["countries.code"], name=op.f("fk_people_country_code_countries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index(op.f("ix_people_country_code"), "people", ["country_code"], unique=False)
    op.create_table(
        "affiliations",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("person_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("title", postgresql.JSONB(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name=op.f("ck_affiliations_period")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_affiliations_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_affiliations_person_id_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliations")),
    )
    op.create_index(op.f("ix_affiliations_organization_id"), "affiliations", ["organization_id"], unique=False)
    op.create_index(op.f("ix_affiliations_person_id"), "affiliations", ["person_id"], unique=False)
    op.create_table(
        "forum_organizers",
        sa.Column("forum_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_forum_organizers_forum_id_forums"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_forum_organizers_organization_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("forum_id", "organization_id", name=op.f("pk_forum_organizers")),
    )
    op.create_index(op.f("ix_forum_organizers_organization_id"), "forum_organizers", ["organization_id"], unique=False)
    op.create_table(
        "rooms",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("forum_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name=op.f("ck_rooms_capacity")),
        sa.ForeignKeyConstraint(["forum_id"], ["forums.id"], name=op.f("fk_rooms_forum_id_forums"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("forum_id", "name", name="uq_rooms_forum_id_name"),
        sa.UniqueConstraint("id", "seq", name="uq_rooms_id_seq"),
        sa.UniqueConstraint("seq", name=op.f("uq_rooms_seq")),
    )
    op.create_index(op.f("ix_rooms_forum_id"), "rooms", ["forum_id"], unique=False)
    op.create_table(
        "forum_sessions",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("forum_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "panel",
                "plenary",
                "workshop",
                "side_event",
                name="session_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", postgresql.JSONB(), nullable=False),
        sa.Column("description", postgresql.JSONB(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("room_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column("room_seq", sa.BigInteger(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "published", "cancelled", name="session_status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        postgresql.ExcludeConstraint(
            (sa.text("int8range(room_seq, room_seq, '[]')"), "&&"),
            (sa.text("tstzrange(starts_at, ends_at, '[)')"), "&&"),
            where=sa.text("room_seq IS NOT NULL AND starts_at IS NOT NULL AND status <> 'cancelled'"),
            using="gist",
            name="ex_forum_sessions_room_overlap",
        ),
        sa.CheckConstraint("(room_id IS NULL) = (room_seq IS NULL)", name=op.f("ck_forum_sessions_room_pair")),
        sa.CheckConstraint("(starts_at IS NULL) = (ends_at IS NULL)", name=op.f("ck_forum_sessions_timed_both_ends")),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name=op.f("ck_forum_sessions_capacity")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_forum_sessions_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_forum_sessions_forum_id_forums"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["room_id", "room_seq"], ["rooms.id", "rooms.seq"], name="fk_forum_sessions_room", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_sessions")),
    )
    op.create_index(
        "ix_forum_sessions_agenda",
        "forum_sessions",
        ["forum_id", "day", sa.literal_column("coalesce(starts_at, 'infinity'::timestamptz)"), "id"],
        unique=False,
    )
    op.create_index("ix_forum_sessions_room_id", "forum_sessions", ["room_id"], unique=False)
    op.create_table(
        "registrations",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("forum_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("session_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column("person_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "participant",
                "delegate",
                "speaker",
                "press",
                "observer",
                name="registration_category",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "confirmed",
                "waitlisted",
                "cancelled",
                "rejected",
                name="registration_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("waitlist_position", sa.Integer(), nullable=True),
        sa.Column("ticket_code", sa.String(length=64), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "(status = 'waitlisted') = (waitlist_position IS NOT NULL)", name=op.f("ck_registrations_waitlist_position")
        ),
        sa.CheckConstraint(
            "waitlist_position IS NULL OR waitlist_position > 0",
            name=op.f("ck_registrations_waitlist_position_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_registrations_forum_id_forums"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_registrations_organization_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_registrations_person_id_people"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["forum_sessions.id"],
            name=op.f("fk_registrations_session_id_forum_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint("ticket_code", name=op.f("uq_registrations_ticket_code")),
    )
    op.create_index(op.f("ix_registrations_forum_id"), "registrations", ["forum_id"], unique=False)
    op.create_index(op.f("ix_registrations_person_id"), "registrations", ["person_id"], unique=False)
    op.create_index("ix_registrations_session_status", "registrations", ["session_id", "status"], unique=False)
    op.create_index(
        "uq_registrations_forum_person_active",
        "registrations",
        ["forum_id", "person_id"],
        unique=True,
        postgresql_where=sa.text("session_id IS NULL AND status IN ('pending', 'confirmed', 'waitlisted')"),
    )
    op.create_index(
        "uq_registrations_session_person_active",
        "registrations",
        ["session_id", "person_id"],
        unique=True,
        postgresql_where=sa.text("session_id IS NOT NULL AND status IN ('pending', 'confirmed', 'waitlisted')"),
    )
    op.create_table(
        "session_participants",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("session_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("person_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "moderator",
                "speaker",
                "panelist",
                "keynote",
                "rapporteur",
                name="participant_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "invitation",
            sa.Enum(
                "invited",
                "confirmed",
                "declined",
                "withdrawn",
                name="invitation_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("affiliation_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column("organization_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column("title", postgresql.JSONB(), nullable=True),
        sa.Column("title_language", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "(title IS NULL) = (title_language IS NULL)", name=op.f("ck_session_participants_title_language")
        ),
        sa.CheckConstraint("position >= 0", name=op.f("ck_session_participants_position")),
        sa.ForeignKeyConstraint(
            ["affiliation_id"],
            ["affiliations.id"],
            name=op.f("fk_session_participants_affiliation_id_affiliations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_session_participants_organization_id_organizations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_session_participants_person_id_people"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["forum_sessions.id"],
            name=op.f("fk_session_participants_session_id_forum_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_participants")),
        sa.UniqueConstraint("session_id", "person_id", name="uq_session_participants_session_person"),
    )
    op.create_index(
        op.f("ix_session_participants_affiliation_id"), "session_participants", ["affiliation_id"], unique=False
    )
    op.create_index(
        op.f("ix_session_participants_organization_id"), "session_participants", ["organization_id"], unique=False
    )
    op.create_index(op.f("ix_session_participants_person_id"), "session_participants", ["person_id"], unique=False)
    op.create_table(
        "statements",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("session_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("participant_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("text", postgresql.JSONB(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "quote",
                "paraphrase",
                "summary",
                "proposal",
                name="statement_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reporting_verb", sa.String(length=60), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "published",
                "retracted",
                name="statement_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("retraction_reason", sa.Text(), nullable=True),
        sa.Column("submitted_by_id", postgresql.UUID(as_uuid=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "search",
            postgresql.TSVECTOR(),
            sa.Computed("statement_search_vector(text)", persisted=True),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "(status = 'retracted') = (retraction_reason IS NOT NULL)", name=op.f("ck_statements_retraction_has_reason")
        ),
        sa.CheckConstraint(
            "status NOT IN ('published', 'retracted') OR published_at IS NOT NULL",
            name=op.f("ck_statements_published_at"),
        ),
        sa.CheckConstraint("position >= 0", name=op.f("ck_statements_position")),
        sa.CheckConstraint("text ? language", name=op.f("ck_statements_text_has_original")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["session_participants.id"],
            name=op.f("fk_statements_participant_id_session_participants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["forum_sessions.id"],
            name=op.f("fk_statements_session_id_forum_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
    )
    op.create_index(op.f("ix_statements_participant_id"), "statements", ["participant_id"], unique=False)
    op.create_index(
        "ix_statements_public_recent",
        "statements",
        [sa.literal_column("published_at DESC"), sa.literal_column("id DESC")],
        unique=False,
    )
    op.create_index("ix_statements_search", "statements", ["search"], unique=False, postgresql_using="gin")
    op.create_index("ix_statements_session_order", "statements", ["session_id", "position", "id"], unique=False)
    op.create_table(
        "citations",
        sa.Column("id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("statement_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statements.id"], name=op.f("fk_citations_statement_id_statements"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citations")),
    )
    op.create_index(op.f("ix_citations_statement_id"), "citations", ["statement_id"], unique=False)
    op.create_table(
        "statement_topics",
        sa.Column("statement_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("topic_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            name=op.f("fk_statement_topics_statement_id_statements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topics.id"], name=op.f("fk_statement_topics_topic_id_topics"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("statement_id", "topic_id", name=op.f("pk_statement_topics")),
    )
    op.create_index(op.f("ix_statement_topics_topic_id"), "statement_topics", ["topic_id"], unique=False)
    _load_countries()
    # ### end Alembic commands ###


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    # ### commands auto generated by Alembic - please adjust! ###
    op.drop_index(op.f("ix_statement_topics_topic_id"), table_name="statement_topics")
    op.drop_table("statement_topics")
    op.drop_index(op.f("ix_citations_statement_id"), table_name="citations")
    op.drop_table("citations")
    op.drop_index("ix_statements_session_order", table_name="statements")
    op.drop_index("ix_statements_search", table_name="statements", postgresql_using="gin")
    op.drop_index("ix_statements_public_recent", table_name="statements")
    op.drop_index(op.f("ix_statements_participant_id"), table_name="statements")
    op.drop_table("statements")
    op.drop_index(op.f("ix_session_participants_person_id"), table_name="session_participants")
    op.drop_index(op.f("ix_session_participants_organization_id"), table_name="session_participants")
    op.drop_index(op.f("ix_session_participants_affiliation_id"), table_name="session_participants")
    op.drop_table("session_participants")
    op.drop_index(
        "uq_registrations_session_person_active",
        table_name="registrations",
        postgresql_where=sa.text("session_id IS NOT NULL AND status IN ('pending', 'confirmed', 'waitlisted')"),
    )
    op.drop_index(
        "uq_registrations_forum_person_active",
        table_name="registrations",
        postgresql_where=sa.text("session_id IS NULL AND status IN ('pending', 'confirmed', 'waitlisted')"),
    )
    op.drop_index("ix_registrations_session_status", table_name="registrations")
    op.drop_index(op.f("ix_registrations_person_id"), table_name="registrations")
    op.drop_index(op.f("ix_registrations_forum_id"), table_name="registrations")
    op.drop_table("registrations")
    op.drop_index("ix_forum_sessions_room_id", table_name="forum_sessions")
    op.drop_index("ix_forum_sessions_agenda", table_name="forum_sessions")
    op.drop_table("forum_sessions")
    op.drop_index(op.f("ix_rooms_forum_id"), table_name="rooms")
    op.drop_table("rooms")
    op.drop_index(op.f("ix_forum_organizers_organization_id"), table_name="forum_organizers")
    op.drop_table("forum_organizers")
    op.drop_index(op.f("ix_affiliations_person_id"), table_name="affiliations")
    op.drop_index(op.f("ix_affiliations_organization_id"), table_name="affiliations")
    op.drop_table("affiliations")
    op.drop_index(op.f("ix_people_country_code"), table_name="people")
    op.drop_table("people")
    op.drop_index("ix_organizations_sort_name", table_name="organizations")
    op.drop_index(op.f("ix_organizations_country_code"), table_name="organizations")
    op.drop_table("organizations")
    op.drop_index(op.f("ix_forums_status"), table_name="forums")
    op.drop_index(op.f("ix_forums_country_code"), table_name="forums")
    op.drop_table("forums")
    op.drop_table("topics")
    op.drop_table("countries")
    op.execute("DROP FUNCTION localized(jsonb, text[], text)")
    op.execute("DROP FUNCTION statement_search_vector(jsonb)")
    op.execute("DROP FUNCTION text_search_config(text)")
    # ### end Alembic commands ###


# Members and observers of the Organization of Turkic States (observer Northern Cyprus has no ISO 3166 code).
OTS_STATUS = {"AZ": "member", "KZ": "member", "KG": "member", "TR": "member", "UZ": "member",
              "HU": "observer", "TM": "observer"}  # fmt: skip


def _load_countries() -> None:
    countries = sa.table(
        "countries",
        sa.column("code", sa.String),
        sa.column("alpha3", sa.String),
        sa.column("name", sa.String),
        sa.column("ots_status", sa.String),
    )
    rows = [
        {
            "code": country.alpha_2,
            "alpha3": country.alpha_3,
            "name": getattr(country, "common_name", None) or country.name,
            "ots_status": OTS_STATUS.get(country.alpha_2),
        }
        for country in pycountry.countries
    ]
    op.bulk_insert(countries, rows)
