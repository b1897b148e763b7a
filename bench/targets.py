"""What the benchmark requests: the endpoints, and the rows they are asked about, picked from the dataset by
rule (never by hand), so every run at a scale asks the same questions."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from dataclasses import dataclass
from typing import Any

import asyncpg

from bench.dataset import DEFAULT_SEED
from bench.vocabulary import search_words

DEEP_ROWS = 10_000
WALK_PAGE = 100


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    what: str
    # Formatted with the targets (forum, session, person, common, rare, deep_cursor); None for the contention run.
    path: str | None


ENDPOINTS = (
    Endpoint(
        "agenda",
        "a forum's agenda: a page of 50 sessions with rooms and speakers",
        "/api/v1/forums/{forum}/sessions?limit=50",
    ),
    Endpoint(
        "speakers",
        "a forum's speakers list: a page of 50 of its {forum_speakers} speakers with their sessions (issue 20)",
        "/api/v1/forums/{forum}/speakers?limit=50",
    ),
    Endpoint("session", "one session with its participants", "/api/v1/sessions/{session}"),
    Endpoint("search_rare", "statement search, a rare word (`q={rare}`)", "/api/v1/statements?q={rare}"),
    Endpoint("person_statements", "a person's statements, newest first", "/api/v1/people/{person}/statements"),
    Endpoint("statements_page1", "public statement list, page 1", "/api/v1/statements"),
    Endpoint(
        "statements_deep",
        f"public statement list, a cursor {DEEP_ROWS:,} rows in",
        "/api/v1/statements?cursor={deep_cursor}",
    ),
    Endpoint("search_common", "statement search, the most common word (`q={common}`)", "/api/v1/statements?q={common}"),
    # Not a GET: measured by bench/contention.py, with the path it makes for each run.
    Endpoint(
        "register_contention",
        "session registration under contention: 64 clients on one 100-seat session",
        None,
    ),
    # Scenarios of the real app alone (bench/sync.py, bench/fanout.py).
    Endpoint(
        "sync_incremental",
        "the agenda forum's changes after 100 changes, against downloading it again",
        None,
    ),
    Endpoint("sse_fanout", "statements published to the live clients of one session", None),
)
# Measured on the real app only: the limit app has no change feed or stream.
REAL_ONLY = frozenset({"sync_incremental", "sse_fanout"})

_FORUM = """
SELECT f.id FROM forums f JOIN forum_sessions fs ON fs.forum_id = f.id
WHERE f.status <> 'draft' AND fs.status <> 'draft'
GROUP BY f.id ORDER BY count(*) DESC, f.id LIMIT 1"""
_SESSION = """
SELECT fs.id FROM forum_sessions fs JOIN session_participants sp ON sp.session_id = fs.id
WHERE fs.forum_id = $1 AND fs.status <> 'draft' AND sp.invitation IN ('invited', 'confirmed')
GROUP BY fs.id ORDER BY count(*) DESC, fs.id LIMIT 1"""
# The people on the agenda forum's speakers list (app/db/fragments.py SPEAKER_IS_LISTED).
_SPEAKERS = """
SELECT count(DISTINCT sp.person_id) FROM forum_sessions fs JOIN session_participants sp ON sp.session_id = fs.id
WHERE fs.forum_id = $1 AND fs.status = 'published' AND sp.invitation = 'confirmed'"""
# A typical prolific speaker: the median of the people with more than a page (20) of public statements
# (published or retracted: both are shown).
_PERSON = """
WITH counts AS (
    SELECT sp.person_id, count(*) AS n FROM statements st
    JOIN session_participants sp ON sp.id = st.participant_id
    JOIN forum_sessions fs ON fs.id = st.session_id JOIN forums f ON f.id = fs.forum_id
    WHERE st.status IN ('published', 'retracted') AND fs.status <> 'draft' AND f.status <> 'draft'
    GROUP BY sp.person_id HAVING count(*) > 20
)
SELECT person_id, n, (SELECT count(*) FROM counts) AS speakers FROM counts
ORDER BY n, person_id OFFSET (SELECT count(*) / 2 FROM counts) LIMIT 1"""
_MATCHES = """
SELECT count(*) FROM statements st JOIN forum_sessions fs ON fs.id = st.session_id
JOIN forums f ON f.id = fs.forum_id
WHERE st.status IN ('published', 'retracted') AND fs.status <> 'draft' AND f.status <> 'draft' AND st.search @@ (
    websearch_to_tsquery('simple', $1) || websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1)
    || websearch_to_tsquery('turkish', $1))"""
_PUBLIC = """
SELECT count(*) FROM statements st JOIN forum_sessions fs ON fs.id = st.session_id
JOIN forums f ON f.id = fs.forum_id
WHERE st.status IN ('published', 'retracted') AND fs.status <> 'draft' AND f.status <> 'draft'"""


async def _pick(dsn: str, seed: int) -> dict[str, Any]:
    common, rare = search_words(seed)
    connection = await asyncpg.connect(dsn)
    try:
        forum = await connection.fetchval(_FORUM)
        person = await connection.fetchrow(_PERSON)
        return {
            "forum": str(forum),
            "forum_public_sessions": await connection.fetchval(
                "SELECT count(*) FROM forum_sessions WHERE forum_id = $1 AND status <> 'draft'", forum
            ),
            "forum_speakers": await connection.fetchval(_SPEAKERS, forum),
            "session": str(await connection.fetchval(_SESSION, forum)),
            "person": str(person["person_id"]),
            "person_statements": person["n"],
            "speakers_with_more_than_a_page": person["speakers"],
            "common": common,
            "common_matches": await connection.fetchval(_MATCHES, common),
            "rare": rare,
            "rare_matches": await connection.fetchval(_MATCHES, rare),
            "public_statements": await connection.fetchval(_PUBLIC),
        }
    finally:
        await connection.close()


def pick_targets(dsn: str, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    return asyncio.run(_pick(dsn, seed))


def get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=120) as answer:  # noqa: S310 - loopback, our own server
        return answer.status, answer.read()


def deep_cursor(base: str) -> str:
    """Walk the public statement list DEEP_ROWS rows in, WALK_PAGE at a time, and answer the cursor there."""
    cursor = None
    for _ in range(DEEP_ROWS // WALK_PAGE):
        url = f"{base}/api/v1/statements?limit={WALK_PAGE}" + (f"&cursor={cursor}" if cursor else "")
        _, body = get(url)
        cursor = json.loads(body)["next"]
        if cursor is None:
            raise RuntimeError(f"the public statement list ends before {DEEP_ROWS} rows")
    assert cursor is not None  # noqa: S101 - DEEP_ROWS // WALK_PAGE >= 1
    return str(cursor)
