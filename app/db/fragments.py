"""SQL building blocks shared by the read repositories, which build their JSON in PostgreSQL.

Public reads are the hot path, so a read is one statement that returns the whole answer as JSON: no per-row ORM
objects, no N+1. Each fragment is an expression over fixed table aliases, documented where it is defined; every
one takes the reader's language preferences as the bound array `:langs`.
"""

from __future__ import annotations

# A country as {code, name}, or null. Alias: the countries row `{alias}`.
COUNTRY = (
    "CASE WHEN {alias}.code IS NULL THEN NULL ELSE json_build_object('code', {alias}.code, 'name', {alias}.name) END"
)

# An organization summary. Aliases: organizations `o`, its country `oc`.
ORGANIZATION_SUMMARY = f"""json_build_object(
    'id', o.id,
    'name', localized(o.name, :langs, o.language),
    'legal_form', o.legal_form,
    'country', {COUNTRY.format(alias="oc")}
)"""

# A participant as shown on the agenda and under statements: who, in which role, under which title and for
# which organization (the snapshot taken when they were put on the session). Aliases: session_participants
# `sp`, people `p`, organizations `o` (may be null), its country `oc`.
SPEAKER = f"""json_build_object(
    'participant_id', sp.id,
    'person_id', p.id,
    'full_name', p.full_name,
    'role', sp.role,
    'position', sp.position,
    'title', CASE WHEN sp.title IS NULL THEN NULL ELSE localized(sp.title, :langs, sp.title_language) END,
    'organization', CASE WHEN o.id IS NULL THEN NULL ELSE {ORGANIZATION_SUMMARY} END
)"""

SPEAKER_JOINS = """
    JOIN people p ON p.id = sp.person_id
    LEFT JOIN organizations o ON o.id = sp.organization_id
    LEFT JOIN countries oc ON oc.code = o.country_code"""

# Public visibility rules, in one place. Aliases: forums `f`, forum_sessions `fs`, statements `st`,
# session_participants `sp`.
FORUM_IS_PUBLIC = "f.status <> 'draft'"
SESSION_IS_PUBLIC = "fs.status <> 'draft'"
PARTICIPANT_IS_PUBLIC = "sp.invitation IN ('invited', 'confirmed')"
STATEMENT_IS_PUBLIC = "st.status IN ('published', 'retracted')"

# What editors also see: everything of the forums they organize (:my_forums), or everything (:see_all, platform
# admins). Used only by the statements compiled for such callers, so the public hot path keeps its plans.
_EDITOR = ":see_all OR {forum} = ANY(:my_forums)"
FORUM_IS_VISIBLE = f"({FORUM_IS_PUBLIC} OR {_EDITOR.format(forum='f.id')})"
SESSION_IS_VISIBLE = f"({SESSION_IS_PUBLIC} OR {_EDITOR.format(forum='fs.forum_id')})"
PARTICIPANT_IS_VISIBLE = f"({PARTICIPANT_IS_PUBLIC} OR {_EDITOR.format(forum='fs.forum_id')})"
# A partner organization's members and API keys also see what it submitted (:my_orgs), before it is published.
STATEMENT_IS_VISIBLE = (
    f"({STATEMENT_IS_PUBLIC} OR {_EDITOR.format(forum='fs.forum_id')}"
    " OR st.submitted_by_organization_id = ANY(:my_orgs))"
)


# A public room as {id, name, capacity}, or null. Alias: rooms `r`.
ROOM = "CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id, 'name', r.name, 'capacity', r.capacity) END"

# Who is on a forum's speakers list (issue 20): stricter than PARTICIPANT_IS_PUBLIC, which also shows invited
# speakers on a session's own page. Only confirmed participants of sessions that take place (not cancelled).
# Aliases: session_participants `sp`, forum_sessions `fs`.
SPEAKER_IS_LISTED = (
    f"{PARTICIPANT_IS_PUBLIC} AND sp.invitation = 'confirmed' AND {SESSION_IS_PUBLIC} AND fs.status <> 'cancelled'"
)

# How people are sorted by name: by the folded name (Latin letters, lower case, no accents: person_name_key,
# migration 0007), so every script sorts in one alphabet, then by the name itself in the ICU root collation
# where the server has ICU (byte order where not), then by id. Alias: people `p`.
PERSON_NAME_ORDER = "p.name_key, p.full_name COLLATE qurultay_names, p.id"
# Resuming after the person :after_id, whose sort key is looked up (cursors hold only the id).
PERSON_AFTER = (
    "AND (p.name_key, p.full_name COLLATE qurultay_names, p.id) > "
    "(SELECT x.name_key, x.full_name COLLATE qurultay_names, x.id FROM people x WHERE x.id = :after_id)"
)
