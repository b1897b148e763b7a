"""The lean reads of statements: each answer built as JSON by one statement on the `Reader` (app/db/read.py).

Writers run the same statements on their own transaction (`TransactionReader`) to render what they changed.
"""

from __future__ import annotations

import datetime
import struct
from functools import cache
from uuid import UUID

from app.db.fragments import (
    FORUM_IS_PUBLIC,
    FORUM_IS_VISIBLE,
    SESSION_IS_PUBLIC,
    SESSION_IS_VISIBLE,
    SPEAKER,
    SPEAKER_JOINS,
    STATEMENT_IS_PUBLIC,
    STATEMENT_IS_VISIBLE,
)
from app.db.read import Reader, ReadStatement, json_sql, sql
from app.domain.statements.inputs import StatementFilters
from app.domain.statements.schemas import Statement, StatementHit
from app.lib.viewer import Viewer


def sees_only_public(viewer: Viewer) -> bool:
    """Whether the public statements apply: a partner's members and keys also see what it submitted."""
    return viewer.is_public and not viewer.organizations


# A statement as JSON. Aliases: statements `st`, its session `fs`, plus those of SPEAKER. `{text}` is the SQL
# function rendering the text: localized, or localized_full for editors who asked for every translation.
_STATEMENT_FIELDS_OF = """
    'id', st.id,
    'session_id', st.session_id,
    'forum_id', fs.forum_id,
    'speaker', {speaker},
    'language', st.language,
    'text', {text}(st.text, :langs, st.language),
    'available_languages', ARRAY(SELECT jsonb_object_keys(st.text) ORDER BY 1),
    'kind', st.kind,
    'reporting_verb', st.reporting_verb,
    'position', st.position,
    'status', st.status,
    'retraction_reason', st.retraction_reason,
    'topics', (
        SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', localized(t.name, :langs, t.language))
                                 ORDER BY t.slug), '[]')
        FROM statement_topics stt JOIN topics t ON t.id = stt.topic_id
        WHERE stt.statement_id = st.id
    ),
    'citations', (
        SELECT coalesce(json_agg(json_build_object(
            'outlet', c.outlet, 'title', c.title, 'url', c.url, 'published_at', c.published_at
        ) ORDER BY c.published_at NULLS LAST, c.id), '[]')
        FROM citations c WHERE c.statement_id = st.id
    ),
    'published_at', st.published_at,
    'created_at', st.created_at,
    'updated_at', st.updated_at"""
_STATEMENT_FIELDS = _STATEMENT_FIELDS_OF.format(speaker=SPEAKER, text="localized")

# `page` holds the statements of one page with a `sort_*` key; this renders them in that order.
_RENDER_PAGE = f"""
SELECT coalesce(json_agg(json_build_object({_STATEMENT_FIELDS}{{extra}}) ORDER BY {{order}}), '[]')
FROM page st
JOIN forum_sessions fs ON fs.id = st.session_id
JOIN session_participants sp ON sp.id = st.participant_id
{SPEAKER_JOINS}
"""

_PUBLIC_SCOPE = f"""
    FROM statements st
    JOIN forum_sessions fs ON fs.id = st.session_id
    JOIN forums f ON f.id = fs.forum_id
    WHERE {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}"""

# What editors and partners see: the statements of the forums they organize, and what their organization
# submitted. Separate statements, so the public ones keep their lean plans.
_VISIBLE_SCOPE = f"""
    FROM statements st
    JOIN forum_sessions fs ON fs.id = st.session_id
    JOIN forums f ON f.id = fs.forum_id
    WHERE {SESSION_IS_VISIBLE} AND {FORUM_IS_VISIBLE}"""

_SESSION_STATEMENTS = """
WITH page AS (
    SELECT st.* {scope} AND st.session_id = :session_id AND {visible} {after}
    ORDER BY st.position, st.id LIMIT :limit
)
""" + _RENDER_PAGE.format(extra="", order="st.position, st.id")
_AFTER_POSITION = "AND (st.position, st.id) > (:after_position, :after_id)"
# By (public, resuming after a cursor).
_SESSION_LISTS = {
    (public, resume): json_sql(
        _SESSION_STATEMENTS.format(
            scope=_PUBLIC_SCOPE if public else _VISIBLE_SCOPE,
            visible=STATEMENT_IS_PUBLIC if public else STATEMENT_IS_VISIBLE,
            after=_AFTER_POSITION if resume else "",
        )
    )
    for public in (True, False)
    for resume in (True, False)
}

_SESSION_EXISTS = {
    public: sql(
        "SELECT 'true' FROM forum_sessions fs JOIN forums f ON f.id = fs.forum_id WHERE fs.id = :session_id AND "
        + (f"{SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}" if public else f"{SESSION_IS_VISIBLE} AND {FORUM_IS_VISIBLE}")
    )
    for public in (True, False)
}

_ONE = """
SELECT json_build_object({fields})
FROM statements st
JOIN forum_sessions fs ON fs.id = st.session_id
JOIN forums f ON f.id = fs.forum_id
JOIN session_participants sp ON sp.id = st.participant_id
{joins}
WHERE st.id = :statement_id AND {visible}
"""
# By (public, every translation of the text).
_ONE_STATEMENTS = {
    (public, full): json_sql(
        _ONE.format(
            fields=_STATEMENT_FIELDS_OF.format(speaker=SPEAKER, text="localized_full" if full else "localized"),
            joins=SPEAKER_JOINS,
            visible=f"{STATEMENT_IS_PUBLIC} AND {SESSION_IS_PUBLIC} AND {FORUM_IS_PUBLIC}"
            if public
            else f"{STATEMENT_IS_VISIBLE} AND {SESSION_IS_VISIBLE} AND {FORUM_IS_VISIBLE}",
        )
    )
    for public in (True, False)
    for full in (True, False)
}


# Text search ranks the newest this many matches (of what the filters leave): a product rule, documented on
# the `q` parameter. Statements are quoted by the press soon after they are made, so the newest matches are the
# ones searched for; an older one is found with a narrower query or a filter (forum, person, topic).
SEARCH_WINDOW = 1000

_FILTER_SQL = (
    """AND EXISTS (SELECT FROM statement_topics stt JOIN topics t ON t.id = stt.topic_id
        WHERE stt.statement_id = st.id AND t.slug = :topic)""",
    """AND EXISTS (SELECT FROM session_participants fp JOIN organizations fo ON fo.id = fp.organization_id
        WHERE fp.id = st.participant_id AND fo.country_code = :country)""",
    """AND EXISTS (SELECT FROM session_participants fp WHERE fp.id = st.participant_id
        AND fp.organization_id = :organization_id)""",
    "AND f.id = :forum_id",
    "AND f.slug = :forum_slug",
    "AND EXISTS (SELECT FROM session_participants fp WHERE fp.id = st.participant_id AND fp.person_id = :person_id)",
)


def _shape(filters: StatementFilters) -> tuple[bool, ...]:
    """Which of the `_FILTER_SQL` fragments the filters turn on, in their order: one compiled statement each."""
    return (
        filters.topic is not None,
        filters.country is not None,
        filters.organization_id is not None,
        filters.forum_id is not None,
        filters.forum_slug is not None,
        filters.person_id is not None,
    )


# Queries are read in every language the statements are stored in: as plain words, and stemmed by the
# configurations of the languages we index (so "cooperating" finds "cooperation").
_QUERY = """(websearch_to_tsquery('simple', :q) || websearch_to_tsquery('english', :q)
    || websearch_to_tsquery('russian', :q) || websearch_to_tsquery('turkish', :q)
    || websearch_to_tsquery(text_search_config(:query_language), :q))"""


@cache
def _search_statement(*, text_search: bool, has_after: bool, shape: tuple[bool, ...]) -> ReadStatement:
    filters = " ".join(fragment for fragment, on in zip(_FILTER_SQL, shape, strict=True) if on)
    if text_search:
        after = (
            "AND (ts_rank(recent.search, q.query), recent.id) < (CAST(:after_score AS real), :after_id)"
            if has_after
            else ""
        )
        # The newest SEARCH_WINDOW matches, then ranked: walking the recent-public index until that many match
        # stays cheap for any word, where ranking every match of a common one cannot (311,730 matches of
        # "cooperation" at scale 10 took 2.8-4.2 s, bench/README.md finding 2). The query is written inline in
        # the match so a custom plan folds it into a constant and estimates it.
        query = f"""
WITH q AS (SELECT {_QUERY} AS query),
recent AS (
    SELECT st.* {_PUBLIC_SCOPE} AND {STATEMENT_IS_PUBLIC} AND st.search @@ {_QUERY} {filters}
    ORDER BY st.published_at DESC, st.id DESC LIMIT :window
),
page AS (
    SELECT recent.*, ts_rank(recent.search, q.query) AS sort_score FROM recent CROSS JOIN q
    WHERE true {after}
    ORDER BY sort_score DESC, recent.id DESC LIMIT :limit
)
""" + _RENDER_PAGE.format(extra=", 'score', st.sort_score", order="st.sort_score DESC, st.id DESC")
    else:
        after = "AND (st.published_at, st.id) < (:after_published_at, :after_id)" if has_after else ""
        query = f"""
WITH page AS (
    SELECT st.* {_PUBLIC_SCOPE} AND {STATEMENT_IS_PUBLIC} {filters} {after}
    ORDER BY st.published_at DESC, st.id DESC LIMIT :limit
)
""" + _RENDER_PAGE.format(extra=", 'score', NULL", order="st.published_at DESC, st.id DESC")
    return json_sql(query, custom_plan=text_search)


def _as_real(score: float) -> float:
    """A cursor's score as the PostgreSQL `real` it is compared as: CAST fails on a double too small for a real
    (a forged cursor's 1e-300, say), while a score that came from a real survives the round trip unchanged."""
    rounded: float = struct.unpack("f", struct.pack("f", score))[0]
    return rounded


class StatementQueries:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader

    async def get(
        self, statement_id: UUID, *, langs: list[str], viewer: Viewer, translations: bool = False
    ) -> Statement | None:
        """A statement as `viewer` may see it: published and retracted ones of public sessions, plus everything
        of the forums they organize and what their organization submitted."""
        public = sees_only_public(viewer)
        params = {"statement_id": statement_id, "langs": langs} | ({} if public else viewer.params())
        return await self.reader.json(_ONE_STATEMENTS[(public, translations)], params, Statement)

    async def for_session(
        self, session_id: UUID, *, langs: list[str], viewer: Viewer, limit: int, after: tuple[int, UUID] | None
    ) -> list[Statement]:
        public = sees_only_public(viewer)
        params: dict[str, object] = {"session_id": session_id, "langs": langs, "limit": limit}
        if not public:
            params |= viewer.params()
        if after is not None:
            params |= {"after_position": after[0], "after_id": after[1]}
        statement = _SESSION_LISTS[(public, after is not None)]
        return await self.reader.json(statement, params, list[Statement]) or []

    async def session_exists(self, session_id: UUID, *, viewer: Viewer) -> bool:
        public = sees_only_public(viewer)
        params = {"session_id": session_id} | ({} if public else viewer.params())
        return await self.reader.value(_SESSION_EXISTS[public], params) is not None

    async def search(
        self,
        filters: StatementFilters,
        *,
        langs: list[str],
        limit: int,
        after: tuple[float | datetime.datetime, UUID] | None,
    ) -> list[StatementHit]:
        params: dict[str, object] = {
            "langs": langs,
            "limit": limit,
            "topic": filters.topic,
            "country": filters.country,
            "organization_id": filters.organization_id,
            "forum_id": filters.forum_id,
            "forum_slug": filters.forum_slug,
            "person_id": filters.person_id,
        }
        params = {k: v for k, v in params.items() if v is not None}
        text_search = filters.q is not None
        if text_search:
            params |= {"q": filters.q, "query_language": langs[0] if langs else "simple", "window": SEARCH_WINDOW}
        if after is not None:
            key = _as_real(after[0]) if isinstance(after[0], float) else after[0]
            params |= {"after_score" if text_search else "after_published_at": key, "after_id": after[1]}
        statement = _search_statement(text_search=text_search, has_after=after is not None, shape=_shape(filters))
        return await self.reader.json(statement, params, list[StatementHit]) or []
