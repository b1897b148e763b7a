"""The limit: the benchmarked endpoints as bare Litestar handlers on a raw asyncpg pool.

No ORM, no SQLAlchemy session or transaction, no middleware (ETag, authentication, compression), no dependency
injection, no query-parameter policing: a handler takes a pooled connection, runs the statement, decodes
PostgreSQL's JSON into the same msgspec wire types, pages it and encodes it. That is the least any
implementation of these endpoints has to do on this stack, so the ratio of the real endpoint's throughput to
this one's says how much the layers cost.

Same SQL: the statements are imported from the real repositories, already compiled (app/db/read.py) into the
`$n` text the real app sends through the same driver; the request path never touches SQLAlchemy.
Same bytes: the runner checks that both apps answer each benchmarked request with an identical body before
it times anything. Headers differ (no ETag, no Link): see bench/README.md.

Only what the benchmark asks is served: no `lang`/Accept-Language (the runner sends neither, so the reader's
languages are empty in both apps), no filters other than a person's, and no 404 paths.

The one write, taking a seat on a session, is the real path's work and nothing else: check the access token,
read the account's grants, then in one transaction make (or find) the account's person and take the seat, with
the real repositories' statements; the answer is the same RegistrationView. Its bodies differ per request
(new ids), so the runner checks it by the database's counts instead (bench/contention.py).

    uvicorn bench.limit_app:create_app --factory --workers 2   # DATABASE_URL names the database
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from uuid import UUID

import asyncpg
import msgspec
from litestar import Litestar, Request, Response, get, post
from litestar.exceptions import ClientException, NotAuthorizedException, NotFoundException

from app.asgi import DATABASE_SESSION_SETTINGS
from app.config import get_settings
from app.db.base import new_event_id, new_id
from app.db.read import ReadStatement
from app.domain.accounts import repositories as account_queries
from app.domain.accounts.rate_limit import WriteLimit, user_write_bucket
from app.domain.forum_sessions import queries as session_queries
from app.domain.forum_sessions.schemas import SessionDetail, SessionPage, SessionSummary
from app.domain.forum_sessions.services import AGENDA_CURSOR
from app.domain.participants import queries as participant_queries
from app.domain.participants.inputs import SpeakerFilters
from app.domain.participants.schemas import ForumSpeaker, SpeakerPage
from app.domain.participants.services import SPEAKERS_CURSOR
from app.domain.people import queries as people_queries
from app.domain.registrations import repositories as registration_queries
from app.domain.registrations.inputs import RegistrationInput
from app.domain.registrations.schemas import RegistrationView
from app.domain.registrations.seats import TAKE_SEAT
from app.domain.registrations.tickets import new_ticket_code
from app.domain.statements import queries as statement_queries
from app.domain.statements.schemas import StatementHit, StatementSearchPage
from app.domain.statements.services import RECENT_CURSOR, SEARCH_CURSOR
from app.lib.pagination import DEFAULT_LIMIT, decode_cursor, encode_cursor
from app.lib.security import InvalidTokenError, read_access_token

LANGS: list[str] = []  # no lang / Accept-Language in the benchmark's requests
NO_FILTERS = (False,) * 6
PERSON_FILTER = (False, False, False, False, False, True)  # statement queries' _shape() of person_id alone


class Statement:
    """A repository statement as `$n` SQL plus the order its named parameters bind in."""

    def __init__(self, statement: ReadStatement) -> None:
        self.sql = statement.sql
        self.names = statement.names

    async def value(self, connection: asyncpg.Connection, **params: object) -> str:
        """The statement's one JSON text (json_sql makes every statement answer it as text)."""
        answer: str | None = await connection.fetchval(self.sql, *(params[name] for name in self.names))
        if answer is None:  # the real app's 404; the benchmark never asks for what is not there
            raise NotFoundException
        return answer


AGENDA = Statement(session_queries._AGENDA_STATEMENTS[(True, False, False, False)])  # noqa: SLF001
SESSION = Statement(session_queries._DETAIL_STATEMENTS[(True, False, False)])  # noqa: SLF001
SPEAKERS = Statement(participant_queries._speakers_statement((False, False, False), has_after=False))  # noqa: SLF001
PERSON_IS_PUBLIC = Statement(people_queries._EXISTS)  # noqa: SLF001
_search = statement_queries._search_statement  # noqa: SLF001
SEARCH = Statement(_search(text_search=True, has_after=False, shape=NO_FILTERS))
RECENT = Statement(_search(text_search=False, has_after=False, shape=NO_FILTERS))
RECENT_AFTER = Statement(_search(text_search=False, has_after=True, shape=NO_FILTERS))
PERSON_RECENT = Statement(_search(text_search=False, has_after=False, shape=PERSON_FILTER))

GRANTS = Statement(account_queries._GRANTS)  # noqa: SLF001
# The real app loads a person's grants and counts their write against the write limit in one statement.
GRANTS_COUNTING_A_WRITE = Statement(account_queries._GRANTS_COUNTING_A_WRITE)  # noqa: SLF001
_WRITE_LIMIT = WriteLimit(get_settings())
MAKE_PERSON = ReadStatement(registration_queries._MAKE_PERSON.text)  # noqa: SLF001
SEAT = ReadStatement(TAKE_SEAT.text)

_encoder = msgspec.json.Encoder()
_grants = msgspec.json.Decoder(account_queries.UserGrants)
_sessions = msgspec.json.Decoder(list[SessionSummary])
_session = msgspec.json.Decoder(SessionDetail)
_speakers = msgspec.json.Decoder(list[ForumSpeaker])
_hits = msgspec.json.Decoder(list[StatementHit])
POOL: asyncpg.Pool | None = None


def _json(value: object) -> Response[bytes]:
    return Response(_encoder.encode(value), media_type="application/json")


def _pool() -> asyncpg.Pool:
    assert POOL is not None  # noqa: S101 - created at startup
    return POOL


def _hit_page(raw: str, limit: int, kind: str) -> Response[bytes]:
    rows = _hits.decode(raw)
    items = rows[:limit]
    cursor = None
    if len(rows) > limit:
        last = items[-1]
        cursor = encode_cursor(kind, (last.score if kind == SEARCH_CURSOR else last.published_at, last.id))
    return _json(StatementSearchPage(items=items, next=cursor))


@get("/api/v1/forums/{forum_id:uuid}/sessions")
async def agenda(forum_id: UUID, limit: int = DEFAULT_LIMIT) -> Response[bytes]:
    async with _pool().acquire() as connection:
        raw = await AGENDA.value(connection, forum_id=forum_id, langs=LANGS, limit=limit + 1)
    rows = _sessions.decode(raw)
    items = rows[:limit]
    cursor = None
    if len(rows) > limit:
        cursor = encode_cursor(AGENDA_CURSOR, (items[-1].day, items[-1].starts_at, items[-1].id))
    return _json(SessionPage(items=items, next=cursor))


@get("/api/v1/forums/{forum_id:uuid}/speakers")
async def speakers(forum_id: UUID, limit: int = DEFAULT_LIMIT) -> Response[bytes]:
    filters = SpeakerFilters()
    async with _pool().acquire() as connection:
        raw = await SPEAKERS.value(
            connection,
            forum_id=forum_id,
            langs=LANGS,
            limit=limit + 1,
            role=filters.role,
            organization_id=filters.organization_id,
            country=filters.country,
        )
    rows = _speakers.decode(raw)
    items = rows[:limit]
    cursor = encode_cursor(SPEAKERS_CURSOR, (items[-1].id,)) if len(rows) > limit else None
    return _json(SpeakerPage(items=items, next=cursor))


@get("/api/v1/sessions/{session_id:uuid}")
async def session_detail(session_id: UUID) -> Response[bytes]:
    async with _pool().acquire() as connection:
        raw = await SESSION.value(connection, session_id=session_id, langs=LANGS)
    return _json(_session.decode(raw))


@get("/api/v1/statements")
async def statements(q: str | None = None, cursor: str | None = None, limit: int = DEFAULT_LIMIT) -> Response[bytes]:
    async with _pool().acquire() as connection:
        if q is not None:
            raw = await SEARCH.value(
                connection,
                q=q.strip(),
                query_language="simple",
                langs=LANGS,
                limit=limit + 1,
                window=statement_queries.SEARCH_WINDOW,
            )
            return _hit_page(raw, limit, SEARCH_CURSOR)
        if cursor is None:
            raw = await RECENT.value(connection, langs=LANGS, limit=limit + 1)
        else:
            after = decode_cursor(RECENT_CURSOR, cursor, tuple[datetime.datetime, UUID])
            raw = await RECENT_AFTER.value(
                connection, langs=LANGS, limit=limit + 1, after_published_at=after[0], after_id=after[1]
            )
    return _hit_page(raw, limit, RECENT_CURSOR)


@get("/api/v1/people/{person_id:uuid}/statements")
async def person_statements(person_id: UUID, limit: int = DEFAULT_LIMIT) -> Response[bytes]:
    async with _pool().acquire() as connection:
        await PERSON_IS_PUBLIC.value(connection, person_id=person_id)
        raw = await PERSON_RECENT.value(connection, person_id=person_id, langs=LANGS, limit=limit + 1)
    return _hit_page(raw, limit, RECENT_CURSOR)


@post("/api/v1/sessions/{session_id:uuid}/registrations")
async def register_for_session(
    request: Request[Any, Any, Any], session_id: UUID, data: RegistrationInput
) -> Response[bytes]:
    token = (request.headers.get("authorization") or "").partition(" ")[2]
    try:
        user_id = read_access_token(token.strip(), secret=get_settings().jwt_secret)
    except InvalidTokenError:
        raise NotAuthorizedException from None
    async with _pool().acquire() as connection:
        window = _WRITE_LIMIT.window_for(request.scope)
        if window is None:
            _grants.decode(await GRANTS.value(connection, user_id=user_id))
        else:
            bucket = user_write_bucket(user_id)
            raw = await GRANTS_COUNTING_A_WRITE.value(connection, user_id=user_id, bucket=bucket, window_start=window)
            _WRITE_LIMIT.check(_grants.decode(raw).write_hits, window)
        async with connection.transaction():
            person = await connection.fetchrow(
                MAKE_PERSON.sql,
                *MAKE_PERSON.arguments(
                    {
                        "user_id": user_id,
                        "person_id": new_id(),
                        "event_id": new_event_id(),
                        "actor_user_id": user_id,
                        "actor_api_key_id": None,
                    }
                ),
            )
            row = await connection.fetchrow(
                SEAT.sql,
                *SEAT.arguments(
                    {
                        "session_id": session_id,
                        "registration_id": new_id(),
                        "person_id": person["person_id"],
                        "category": data.category,
                        "ticket_code": new_ticket_code(),
                        "event_id": new_event_id(),
                        "actor_user_id": user_id,
                        "actor_api_key_id": None,
                    }
                ),
            )
    if row is None or row["id"] is None:  # the benchmark never asks twice for one person, nor a closed session
        raise ClientException(status_code=409)
    # The row's registration columns, by name; the seat columns beside them are not the view's.
    view = msgspec.convert(dict(row), RegistrationView)
    return Response(_encoder.encode(view), status_code=201, media_type="application/json")


@get("/health/live")
async def live() -> Response[bytes]:
    return Response(b'{"status":"ok"}', media_type="application/json")


@asynccontextmanager
async def _lifespan(_: Litestar) -> AsyncIterator[None]:
    global POOL  # noqa: PLW0603 - one pool per worker process
    dsn = os.environ["DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://", 1)
    # The real app's pool size (QURULTAY_DB_POOL_SIZE) and per-connection planner settings, so both run the
    # same plans with as many connections.
    POOL = await asyncpg.create_pool(
        dsn, min_size=1, max_size=get_settings().db_pool_size, server_settings=dict(DATABASE_SESSION_SETTINGS)
    )
    try:
        yield
    finally:
        await POOL.close()
        POOL = None


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[agenda, speakers, session_detail, statements, person_statements, register_for_session, live],
        lifespan=[_lifespan],
        debug=False,
    )
