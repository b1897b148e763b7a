"""The change log: one ordered row per committed change that alters what someone can see, written by triggers.

Triggers, not application code, write the log, so no write path can forget it (ORM writes, the seat statements,
the demo loader, a hand-run UPDATE): each row is written in the transaction of the change it records and
becomes visible exactly when that transaction commits.

Order. A row carries the id of the transaction that wrote it (`xid`, xid8) and a sequence number (`id`), and
readers walk the log by (xid, id) but only below the oldest transaction still running when they read
(`pg_snapshot_xmin(pg_current_snapshot())`). Every transaction below that horizon has ended, so nothing can
later appear below a position a reader has passed; sequence numbers alone would let a transaction that took
number 5 commit after a reader had passed 6 (tests/integration/changes/test_ordering.py shows both).

Visibility. Each row says whether the object was public before the change and is after it (its own status and
its parents'), so a public reader gets a tombstone only for what it could have seen. A change of a session's or
a forum's visibility is also written for everything under it, so a client that follows the log stays exact.

Live. Every forum-scoped row notifies channel `qurultay_changes` with the forum id (delivered at commit,
duplicates folded), which each worker's one listening connection turns into server-sent events. Registration
rows (what `GET /me/changes` reads) do not notify: they are not streamed, and NOTIFY serializes commits.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 18:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    """
CREATE TABLE change_events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    object_kind text NOT NULL,
    object_id uuid NOT NULL,
    forum_id uuid,
    session_id uuid,
    person_id uuid,
    change text NOT NULL,
    reason text NOT NULL,
    was_public boolean NOT NULL,
    is_public boolean NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT pk_change_events PRIMARY KEY (id),
    CONSTRAINT ck_change_events_change CHECK (change IN ('upsert', 'delete'))
)""",
    # A forum's feed and stream; a session's live statements; an attendee's own registrations; pruning.
    """CREATE INDEX ix_change_events_forum ON change_events (forum_id, xid, id)
    WHERE object_kind <> 'registration'""",
    """CREATE INDEX ix_change_events_session_statements ON change_events (session_id, xid, id)
    WHERE object_kind = 'statement'""",
    """CREATE INDEX ix_change_events_person ON change_events (person_id, xid, id)
    WHERE object_kind = 'registration'""",
    "CREATE INDEX ix_change_events_occurred_at ON change_events (occurred_at)",
    # The newest position pruned: a cursor below it may have missed a pruned row, so it must resync.
    """
CREATE TABLE change_log_state (
    singleton boolean NOT NULL DEFAULT true,
    pruned_xid xid8 NOT NULL DEFAULT '0'::xid8,
    pruned_id bigint NOT NULL DEFAULT 0,
    CONSTRAINT pk_change_log_state PRIMARY KEY (singleton),
    CONSTRAINT ck_change_log_state_singleton CHECK (singleton)
)""",
    "INSERT INTO change_log_state DEFAULT VALUES",
)

RECORD = """
CREATE FUNCTION record_change(
    p_kind text, p_id uuid, p_forum uuid, p_session uuid, p_person uuid,
    p_change text, p_reason text, p_was boolean, p_is boolean
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_events (object_kind, object_id, forum_id, session_id, person_id, change, reason,
                               was_public, is_public)
    VALUES (p_kind, p_id, p_forum, p_session, p_person, p_change, p_reason,
            coalesce(p_was, false), coalesce(p_is, false));
    IF p_kind <> 'registration' AND p_forum IS NOT NULL THEN
        PERFORM pg_notify('qurultay_changes', p_forum::text);
    END IF;
END $$"""

# Visibility, as app/db/fragments.py states it for readers: a forum is public unless a draft; a session if it
# and its forum are; a participant if invited or confirmed on a public session; a statement if published or
# retracted on a public session.
VISIBILITY = (
    """
CREATE FUNCTION forum_is_public(p_forum uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT status <> 'draft' FROM forums WHERE id = p_forum), false);
END $$""",
    """
CREATE FUNCTION session_is_public(p_session uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT fs.status <> 'draft' AND f.status <> 'draft'
                     FROM forum_sessions fs JOIN forums f ON f.id = fs.forum_id WHERE fs.id = p_session), false);
END $$""",
)

# When a session or a forum turns public or stops being public, everything under it does too.
CASCADES = (
    """
CREATE FUNCTION record_session_contents(p_session uuid, p_forum uuid, p_was boolean, p_is boolean,
                                        p_reason text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE item record;
BEGIN
    FOR item IN SELECT id, invitation IN ('invited', 'confirmed') AS shown FROM session_participants
               WHERE session_id = p_session LOOP
        PERFORM record_change('participant', item.id, p_forum, p_session, NULL, 'upsert', p_reason,
                              p_was AND item.shown, p_is AND item.shown);
    END LOOP;
    FOR item IN SELECT id, status IN ('published', 'retracted') AS shown FROM statements
               WHERE session_id = p_session LOOP
        PERFORM record_change('statement', item.id, p_forum, p_session, NULL, 'upsert', p_reason,
                              p_was AND item.shown, p_is AND item.shown);
    END LOOP;
END $$""",
    """
CREATE FUNCTION record_forum_contents(p_forum uuid, p_was boolean, p_is boolean, p_reason text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE item record;
BEGIN
    FOR item IN SELECT id FROM rooms WHERE forum_id = p_forum LOOP
        PERFORM record_change('room', item.id, p_forum, NULL, NULL, 'upsert', p_reason, p_was, p_is);
    END LOOP;
    FOR item IN SELECT id, status <> 'draft' AS shown FROM forum_sessions WHERE forum_id = p_forum LOOP
        PERFORM record_change('session', item.id, p_forum, item.id, NULL, 'upsert', p_reason,
                              p_was AND item.shown, p_is AND item.shown);
        PERFORM record_session_contents(item.id, p_forum, p_was AND item.shown, p_is AND item.shown, p_reason);
    END LOOP;
END $$""",
)

# The transition that made an object appear or disappear names the change; otherwise it is an update.
TRIGGERS = (
    """
CREATE FUNCTION forums_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE was boolean; now_public boolean; why text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change('forum', OLD.id, OLD.id, NULL, NULL, 'delete', 'deleted', OLD.status <> 'draft', false);
        RETURN NULL;
    END IF;
    was := TG_OP = 'UPDATE' AND OLD.status <> 'draft';
    now_public := NEW.status <> 'draft';
    why := CASE WHEN TG_OP = 'INSERT' THEN 'created'
                WHEN was AND NOT now_public THEN 'unpublished'
                WHEN now_public AND NOT was THEN 'published'
                WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN 'cancelled'
                ELSE 'updated' END;
    PERFORM record_change('forum', NEW.id, NEW.id, NULL, NULL, 'upsert', why, was, now_public);
    IF TG_OP = 'UPDATE' AND was <> now_public THEN
        PERFORM record_forum_contents(NEW.id, was, now_public, why);
    END IF;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER forums_record_change AFTER INSERT OR DELETE OR UPDATE OF slug, title, description, language,
    venue, city, country_code, timezone, starts_on, ends_on, status, registration_opens_at, registration_closes_at,
    capacity, requires_approval ON forums FOR EACH ROW EXECUTE FUNCTION forums_record_change()""",
    # The organizing organizations are part of the forum as its GET shows it.
    """
CREATE FUNCTION forum_organizers_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE forum uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.forum_id ELSE NEW.forum_id END;
DECLARE shown boolean := forum_is_public(forum);
BEGIN
    PERFORM record_change('forum', forum, forum, NULL, NULL, 'upsert', 'updated', shown, shown);
    RETURN NULL;
END $$""",
    """CREATE TRIGGER forum_organizers_record_change AFTER INSERT OR UPDATE OR DELETE ON forum_organizers
    FOR EACH ROW EXECUTE FUNCTION forum_organizers_record_change()""",
    """
CREATE FUNCTION rooms_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change('room', OLD.id, OLD.forum_id, NULL, NULL, 'delete', 'deleted',
                              forum_is_public(OLD.forum_id), false);
        RETURN NULL;
    END IF;
    PERFORM record_change('room', NEW.id, NEW.forum_id, NULL, NULL, 'upsert',
                          CASE WHEN TG_OP = 'INSERT' THEN 'created' ELSE 'updated' END,
                          TG_OP = 'UPDATE' AND forum_is_public(NEW.forum_id), forum_is_public(NEW.forum_id));
    RETURN NULL;
END $$""",
    """CREATE TRIGGER rooms_record_change AFTER INSERT OR DELETE OR UPDATE OF name, capacity ON rooms
    FOR EACH ROW EXECUTE FUNCTION rooms_record_change()""",
    # Seat counters (confirmed_count, waitlist_length) are not among the columns: they change with every
    # registration and would flood the feed; views carry them as of when they are read.
    """
CREATE FUNCTION forum_sessions_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE forum_public boolean; was boolean; now_public boolean; why text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change('session', OLD.id, OLD.forum_id, OLD.id, NULL, 'delete', 'deleted',
                              OLD.status <> 'draft' AND forum_is_public(OLD.forum_id), false);
        RETURN NULL;
    END IF;
    forum_public := forum_is_public(NEW.forum_id);
    was := TG_OP = 'UPDATE' AND OLD.status <> 'draft' AND forum_public;
    now_public := NEW.status <> 'draft' AND forum_public;
    why := CASE WHEN TG_OP = 'INSERT' THEN 'created'
                WHEN was AND NOT now_public THEN 'unpublished'
                WHEN now_public AND NOT was THEN 'published'
                WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN 'cancelled'
                WHEN (OLD.day, OLD.starts_at, OLD.ends_at, OLD.room_id)
                     IS DISTINCT FROM (NEW.day, NEW.starts_at, NEW.ends_at, NEW.room_id) THEN 'moved'
                ELSE 'updated' END;
    PERFORM record_change('session', NEW.id, NEW.forum_id, NEW.id, NULL, 'upsert', why, was, now_public);
    IF TG_OP = 'UPDATE' AND was <> now_public THEN
        PERFORM record_session_contents(NEW.id, NEW.forum_id, was, now_public, why);
    END IF;
    -- The people registered for it are told, on their own feed, that their session was cancelled or moved.
    IF why IN ('cancelled', 'moved') THEN
        INSERT INTO change_events (object_kind, object_id, forum_id, session_id, person_id, change, reason,
                                   was_public, is_public)
        SELECT 'registration', r.id, r.forum_id, r.session_id, r.person_id, 'upsert', 'session_' || why, false, false
        FROM registrations r
        WHERE r.session_id = NEW.id AND r.status IN ('pending', 'confirmed', 'waitlisted');
    END IF;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER forum_sessions_record_change AFTER INSERT OR DELETE OR UPDATE OF kind, title, description,
    language, room_id, day, starts_at, ends_at, capacity, status ON forum_sessions
    FOR EACH ROW EXECUTE FUNCTION forum_sessions_record_change()""",
    # A participant is also part of its session's view (SessionDetail lists them) and of the person's profile.
    """
CREATE FUNCTION session_participants_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE session uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END;
DECLARE forum uuid := (SELECT forum_id FROM forum_sessions WHERE id = session);
DECLARE session_public boolean := session_is_public(session);
DECLARE was boolean; now_public boolean; why text;
BEGIN
    was := TG_OP <> 'INSERT' AND session_public AND OLD.invitation IN ('invited', 'confirmed');
    now_public := TG_OP <> 'DELETE' AND session_public AND NEW.invitation IN ('invited', 'confirmed');
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change('participant', OLD.id, forum, session, NULL, 'delete', 'speaker_removed', was, false);
    ELSE
        why := CASE WHEN TG_OP = 'INSERT' THEN 'created'
                    WHEN was AND NOT now_public THEN 'speaker_removed'
                    ELSE 'updated' END;
        PERFORM record_change('participant', NEW.id, forum, session, NULL, 'upsert', why, was, now_public);
    END IF;
    IF forum IS NOT NULL THEN
        PERFORM record_change('session', session, forum, session, NULL, 'upsert', 'updated',
                              session_public, session_public);
        PERFORM record_change('person', CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END,
                              forum, NULL, NULL, 'upsert', 'updated', was, now_public);
    END IF;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER session_participants_record_change AFTER INSERT OR DELETE OR UPDATE OF person_id, role,
    position, invitation, affiliation_id, organization_id, title, title_language ON session_participants
    FOR EACH ROW EXECUTE FUNCTION session_participants_record_change()""",
    """
CREATE FUNCTION statements_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE session uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END;
DECLARE forum uuid := (SELECT forum_id FROM forum_sessions WHERE id = session);
DECLARE session_public boolean := session_is_public(session);
DECLARE was boolean; now_public boolean; why text;
BEGIN
    was := TG_OP <> 'INSERT' AND session_public AND OLD.status IN ('published', 'retracted');
    IF TG_OP = 'DELETE' THEN
        PERFORM record_change('statement', OLD.id, forum, session, NULL, 'delete', 'deleted', was, false);
        RETURN NULL;
    END IF;
    now_public := session_public AND NEW.status IN ('published', 'retracted');
    why := CASE WHEN TG_OP = 'INSERT' THEN 'created'
                WHEN NEW.status = 'retracted' AND OLD.status <> 'retracted' THEN 'retracted'
                WHEN now_public AND NOT was THEN 'published'
                WHEN was AND NOT now_public THEN 'unpublished'
                ELSE 'updated' END;
    PERFORM record_change('statement', NEW.id, forum, session, NULL, 'upsert', why, was, now_public);
    RETURN NULL;
END $$""",
    """CREATE TRIGGER statements_record_change AFTER INSERT OR DELETE OR UPDATE OF participant_id, language, text,
    kind, reporting_verb, position, status, retraction_reason, published_at ON statements
    FOR EACH ROW EXECUTE FUNCTION statements_record_change()""",
    # Citations and topics are part of a statement as its GET shows it.
    """
CREATE FUNCTION statement_parts_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE statement uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.statement_id ELSE NEW.statement_id END;
DECLARE item record;
BEGIN
    SELECT st.session_id, fs.forum_id,
           st.status IN ('published', 'retracted') AND session_is_public(st.session_id) AS shown
    INTO item FROM statements st JOIN forum_sessions fs ON fs.id = st.session_id WHERE st.id = statement;
    IF FOUND THEN
        PERFORM record_change('statement', statement, item.forum_id, item.session_id, NULL, 'upsert', 'updated',
                              item.shown, item.shown);
    END IF;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER citations_record_change AFTER INSERT OR UPDATE OR DELETE ON citations
    FOR EACH ROW EXECUTE FUNCTION statement_parts_record_change()""",
    """CREATE TRIGGER statement_topics_record_change AFTER INSERT OR UPDATE OR DELETE ON statement_topics
    FOR EACH ROW EXECUTE FUNCTION statement_parts_record_change()""",
    # People and organizations belong to no forum: a change is written for each forum they appear in.
    """
CREATE FUNCTION record_person_change(p_person uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE item record;
BEGIN
    FOR item IN SELECT fs.forum_id,
                      bool_or(sp.invitation IN ('invited', 'confirmed') AND session_is_public(fs.id)) AS shown
               FROM session_participants sp JOIN forum_sessions fs ON fs.id = sp.session_id
               WHERE sp.person_id = p_person GROUP BY fs.forum_id LOOP
        PERFORM record_change('person', p_person, item.forum_id, NULL, NULL, 'upsert', 'updated', item.shown, item.shown);
    END LOOP;
END $$""",
    """
CREATE FUNCTION people_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM record_person_change(NEW.id);
    RETURN NULL;
END $$""",
    """CREATE TRIGGER people_record_change AFTER UPDATE OF full_name, bio, language, photo_url, country_code, email,
    phone ON people FOR EACH ROW EXECUTE FUNCTION people_record_change()""",
    """
CREATE FUNCTION affiliations_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM record_person_change(CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END);
    RETURN NULL;
END $$""",
    """CREATE TRIGGER affiliations_record_change AFTER INSERT OR UPDATE OR DELETE ON affiliations
    FOR EACH ROW EXECUTE FUNCTION affiliations_record_change()""",
    """
CREATE FUNCTION organizations_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE item record;
BEGIN
    FOR item IN SELECT forum_id, forum_is_public(forum_id) AS shown FROM (
                   SELECT forum_id FROM forum_organizers WHERE organization_id = NEW.id
                   UNION
                   SELECT fs.forum_id FROM session_participants sp JOIN forum_sessions fs ON fs.id = sp.session_id
                   WHERE sp.organization_id = NEW.id) AS forums LOOP
        PERFORM record_change('organization', NEW.id, item.forum_id, NULL, NULL, 'upsert', 'updated',
                              item.shown, item.shown);
    END LOOP;
    RETURN NULL;
END $$""",
    """CREATE TRIGGER organizations_record_change AFTER UPDATE OF name, language, legal_form, country_code, website
    ON organizations FOR EACH ROW EXECUTE FUNCTION organizations_record_change()""",
    # An attendee's own registrations, for GET /me/changes. Waitlist positions moving up by one after a
    # promotion are not written: one promotion would write a row per person waiting.
    """
CREATE FUNCTION registrations_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE why text;
BEGIN
    why := CASE WHEN TG_OP = 'INSERT' THEN NEW.status::text
                WHEN OLD.status = 'waitlisted' AND NEW.status = 'confirmed' THEN 'promoted'
                WHEN OLD.status = 'pending' AND NEW.status = 'confirmed' THEN 'approved'
                WHEN NEW.status IS DISTINCT FROM OLD.status THEN NEW.status::text
                WHEN NEW.checked_in_at IS NOT NULL AND OLD.checked_in_at IS NULL THEN 'checked_in'
                ELSE 'updated' END;
    PERFORM record_change('registration', NEW.id, NEW.forum_id, NEW.session_id, NEW.person_id, 'upsert', why,
                          false, false);
    RETURN NULL;
END $$""",
    """CREATE TRIGGER registrations_record_change AFTER INSERT OR UPDATE OF status, category, checked_in_at
    ON registrations FOR EACH ROW EXECUTE FUNCTION registrations_record_change()""",
)

DROPPED_TRIGGERS = {
    "forums_record_change": "forums",
    "forum_organizers_record_change": "forum_organizers",
    "rooms_record_change": "rooms",
    "forum_sessions_record_change": "forum_sessions",
    "session_participants_record_change": "session_participants",
    "statements_record_change": "statements",
    "citations_record_change": "citations",
    "statement_topics_record_change": "statement_topics",
    "people_record_change": "people",
    "affiliations_record_change": "affiliations",
    "organizations_record_change": "organizations",
    "registrations_record_change": "registrations",
}
DROPPED_FUNCTIONS = (
    "registrations_record_change()",
    "organizations_record_change()",
    "affiliations_record_change()",
    "people_record_change()",
    "record_person_change(uuid)",
    "statement_parts_record_change()",
    "statements_record_change()",
    "session_participants_record_change()",
    "forum_sessions_record_change()",
    "rooms_record_change()",
    "forum_organizers_record_change()",
    "forums_record_change()",
    "record_forum_contents(uuid, boolean, boolean, text)",
    "record_session_contents(uuid, uuid, boolean, boolean, text)",
    "session_is_public(uuid)",
    "forum_is_public(uuid)",
    "record_change(text, uuid, uuid, uuid, uuid, text, text, boolean, boolean)",
)


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    for statement in (*TABLES, RECORD, *VISIBILITY, *CASCADES, *TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    for trigger, table in DROPPED_TRIGGERS.items():
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    for function in DROPPED_FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP TABLE change_log_state")
    op.execute("DROP TABLE change_events")
