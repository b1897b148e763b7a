"""Bad input gets a 4xx problem, never a 500: checked on every GET route under /api/v1, read from the app's own
route table, so a new route is covered the moment it exists."""

from __future__ import annotations

import base64
import datetime
import gc
import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from litestar import Litestar
from litestar.routes import HTTPRoute
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.asgi import create_app
from app.config import load_settings
from app.db.models import Forum, ForumSession, Organization, Person
from app.demo.baku import DEMO_FORUM_SLUG
from app.lib.errors import PROBLEM_JSON
from app.lib.pagination import MAX_LIMIT, encode_cursor
from tests.support.factories import make_forum, make_session

Client = AsyncTestClient[Litestar]
_NO_DATABASE = "postgresql+asyncpg://unused@127.0.0.1:1/unused"  # building the route table needs no database


@dataclass(frozen=True)
class Route:
    operation_id: str
    template: str  # "/api/v1/people/{person_id}"
    path_params: dict[str, type] = field(hash=False)
    query_params: tuple[str, ...]
    public: bool  # answers the anonymous caller (declares no security requirement)
    max_limit: int = MAX_LIMIT  # the largest `limit` the operation documents (lists: 100; the change feed: 500)

    def __str__(self) -> str:
        return f"GET {self.template}"

    def url(self, values: dict[str, str], query: dict[str, str] | str | None = None) -> str:
        path = self.template.format(**{name: quote(value, safe="") for name, value in values.items()})
        if not query:
            return path
        return f"{path}?{query if isinstance(query, str) else urlencode(query)}"


def _routes() -> list[Route]:
    app = create_app(load_settings(), database_url=_NO_DATABASE)
    spec = app.openapi_schema.to_schema()
    routes = []
    for route in app.routes:
        if not isinstance(route, HTTPRoute) or not route.path.startswith("/api/v1/"):
            continue
        for handler in route.route_handlers:
            if "GET" not in handler.http_methods:
                continue
            operation = spec["paths"][route.path_format]["get"]
            routes.append(
                Route(
                    operation_id=operation["operationId"],
                    template=route.path_format,
                    path_params={name: p.type for name, p in route.path_parameters.items()},
                    query_params=tuple(p["name"] for p in operation.get("parameters", []) if p["in"] == "query"),
                    public=not operation.get("security"),
                    max_limit=_documented_max_limit(operation),
                )
            )
    return sorted(routes, key=str)


def _documented_max_limit(operation: dict[str, Any]) -> int:
    for parameter in operation.get("parameters", []):
        if parameter["name"] == "limit" and parameter["in"] == "query":
            return int(parameter["schema"]["maximum"])
    return MAX_LIMIT


ROUTES = _routes()


def test_the_route_table_is_read() -> None:
    # Guards the reading above: were it to find nothing, every test below would pass vacuously.
    assert {"list_forums", "get_person", "search_statements", "list_organizations"} <= {r.operation_id for r in ROUTES}
    assert all(r.template.startswith("/api/v1/") for r in ROUTES)


@pytest.fixture
async def samples(demo_db: AsyncSession) -> dict[str, str]:
    """Real values for path parameters, by name, so query checks run against objects that exist. A second
    forum and session make every demo list longer than one item (see the cursor tests)."""
    forum = (await demo_db.scalars(select(Forum).where(Forum.slug == DEMO_FORUM_SLUG))).one()
    panel = (await demo_db.scalars(select(ForumSession))).one()
    person = (await demo_db.scalars(select(Person).where(Person.full_name == "Agil Jamal"))).one()
    organization = (await demo_db.scalars(select(Organization).order_by(Organization.id).limit(1))).one()
    await make_session(demo_db, forum, title={"en": "Closing plenary"})
    await make_forum(demo_db, starts_on=datetime.date(2024, 5, 1), ends_on=datetime.date(2024, 5, 2))
    await demo_db.commit()
    return {
        "forum_id": str(forum.id),
        "forum": DEMO_FORUM_SLUG,
        "session_id": str(panel.id),
        "person_id": str(person.id),
        "organization_id": str(organization.id),
    }


def _fill(route: Route, samples: dict[str, str]) -> dict[str, str]:
    """Real values where known; otherwise a well-formed value of the parameter's type that names nothing."""
    by_type = {uuid.UUID: str(uuid.uuid4()), int: "1", str: "nothing-here", datetime.date: "2025-11-24"}
    return {name: samples.get(name) or by_type.get(kind, "nothing-here") for name, kind in route.path_params.items()}


def _problem_or_none(response: httpx.Response, *, expect: int | None = None) -> str | None:
    """None if the response is the 4xx problem expected; otherwise what is wrong with it."""
    status = response.status_code
    if not 400 <= status < 500:
        return f"answered {status}: {response.text[:300]}"
    if expect is not None and status != expect:
        return f"answered {status}, expected {expect}: {response.text[:300]}"
    content_type = response.headers.get("content-type", "")
    if not content_type.startswith(PROBLEM_JSON):
        return f"answered {status} as {content_type!r}, not {PROBLEM_JSON}"
    body = response.json()
    if body.get("status") != status or not body.get("title"):
        return f"answered {status} with a malformed problem: {body}"
    return None


class Failures:
    def __init__(self) -> None:
        self.found: list[str] = []

    async def check(self, client: Client, url: str, *, expect: int | None = None) -> None:
        problem = _problem_or_none(await client.get(url), expect=expect)
        if problem:
            self.found.append(f"{url}\n    {problem}")

    def assert_none(self) -> None:
        assert not self.found, "\n".join(self.found)


def _expect_400_if_public(baseline: httpx.Response) -> int | None:
    # On a route that answers 200 with good input, bad query input can only be a 400; on one that refuses
    # the anonymous caller (401/403), any 4xx problem will do.
    return 400 if baseline.status_code == 200 else None


@pytest.mark.parametrize("route", [r for r in ROUTES if r.path_params], ids=str)
async def test_a_malformed_or_unknown_path_parameter_is_a_problem(
    demo_client: Client, samples: dict[str, str], route: Route
) -> None:
    failures = Failures()
    for name in route.path_params:
        for bad in ("not-a-uuid", str(uuid.uuid4()), "0", "-1", " ", "../forums", "%", "\x00", "x" * 300):
            values = _fill(route, samples) | {name: bad}
            await failures.check(demo_client, route.url(values))
    failures.assert_none()


@pytest.mark.parametrize("route", ROUTES, ids=str)
async def test_bad_query_input_is_a_problem(demo_client: Client, samples: dict[str, str], route: Route) -> None:
    values = _fill(route, samples)
    baseline = await demo_client.get(route.url(values))
    if route.public and set(route.path_params) <= set(samples):
        assert baseline.status_code == 200, baseline.text  # else the checks below would prove little
    expect = _expect_400_if_public(baseline)
    failures = Failures()

    bad_queries: list[dict[str, str] | str] = [
        {"no_such_parameter": "1"},
        {"lang": "!!"},
        {"lang": "x" * 100},
        "limit=1&limit=2&no_such_parameter",
    ]
    if "limit" in route.query_params:
        bad_queries += [{"limit": limit} for limit in ("0", str(route.max_limit + 1), "abc", "-1", "1.5", "", "1e3")]
    if "cursor" in route.query_params:
        bad_queries += [
            {"cursor": cursor}
            for cursor in (
                "garbage",
                "",
                "!!!",
                "x" * 1000,
                base64.urlsafe_b64encode(b"not json").decode(),
                encode_cursor("no-such-list", (1, str(uuid.uuid4()))),
            )
        ]
    # PostgreSQL text cannot hold a NUL: a parameter carrying one must be refused before it gets there.
    bad_queries += [f"{name}=a%00b" for name in route.query_params]
    for query in bad_queries:
        await failures.check(demo_client, route.url(values, query), expect=expect)
    # Every path parameter and every query parameter malformed at once: still one clean 4xx.
    everything_wrong = dict.fromkeys(route.path_params, "not-a-uuid")
    await failures.check(demo_client, route.url(everything_wrong, {"lang": "!!", "limit": "0", "cursor": "x"}))
    failures.assert_none()


@pytest.mark.parametrize("route", ROUTES, ids=str)
async def test_a_garbage_accept_language_is_ignored_not_an_error(
    demo_client: Client, samples: dict[str, str], route: Route
) -> None:
    url = route.url(_fill(route, samples))
    baseline = await demo_client.get(url)
    for header in ("!!", "*", "en;q=abc", ";;;,,,", "x" * 500, "en;q=2, ru;q=-1"):
        response = await demo_client.get(url, headers={"accept-language": header})
        assert response.status_code == baseline.status_code, (header, response.text[:300])


def _forge(parts: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(parts).encode()).rstrip(b"=").decode()


def _decode(cursor: str) -> list[Any]:
    decoded: list[Any] = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    return decoded


# Extra queries under which a list pages by another key (a text search pages by relevance, not by date).
CURSOR_VARIANTS: dict[str, list[dict[str, str]]] = {"search_statements": [{"q": "cooperation"}]}
TAMPERED_VALUES: list[Any] = [
    2**31,
    -(2**31) - 1,
    2**70,
    1e300,
    -1e300,
    1e-300,
    0,
    -1,
    "",
    "x",
    "\x00",
    None,
    True,
    [],
    {},
    "9999-12-31T23:59:59+14:00",
    "0001-01-01",
    "2025-02-30",
    str(uuid.uuid4()),
]


@pytest.mark.parametrize("route", [r for r in ROUTES if "cursor" in r.query_params and r.public], ids=str)
async def test_a_tampered_cursor_of_the_right_list_is_a_400_never_a_500(
    demo_client: Client, samples: dict[str, str], route: Route
) -> None:
    values = _fill(route, samples)
    failures: list[str] = []
    for extra in [{}, *CURSOR_VARIANTS.get(route.operation_id, [])]:
        first = await demo_client.get(route.url(values, extra | {"limit": "1"}))
        assert first.status_code == 200, first.text
        cursor = first.json()["next"]
        assert cursor, f"{route} {extra}: arrange at least two items so a real cursor can be tampered with"
        genuine = _decode(cursor)
        tampered = [genuine[:-1], [*genuine, 1], ["no-such-list", *genuine[1:]]]
        for index in range(1, len(genuine)):
            tampered += [[*genuine[:index], value, *genuine[index + 1 :]] for value in TAMPERED_VALUES]
        for parts in tampered:
            url = route.url(values, extra | {"limit": "1", "cursor": _forge(parts)})
            response = await demo_client.get(url)
            if response.status_code == 200:
                continue  # a forged cursor that is still a valid position just reads from there
            problem = _problem_or_none(response, expect=400)
            if problem:
                failures.append(f"{parts!r}: {problem}")
    assert not failures, f"{route}:\n" + "\n".join(failures)


async def test_query_parameters_are_checked_against_the_right_operation_in_every_app(
    demo_database_url: str, samples: dict[str, str]
) -> None:
    # The allowed names are cached per operation. Apps built one after another in one process (as every test
    # does) reuse the memory, and so the ids, of earlier apps' operations: a cache keyed by those ids alone
    # would check one operation's parameters against another's.
    valid = {"lang": "en", "limit": "5", "q": "cooperation", "topic": "water", "country": "kz",
             "organization": str(uuid.uuid4()), "forum": DEMO_FORUM_SLUG, "day": "2025-11-24"}  # fmt: skip
    public = [route for route in ROUTES if route.public and set(route.path_params) <= set(samples)]
    assert public
    for _ in range(8):
        app = create_app(load_settings(), database_url=demo_database_url)
        async with AsyncTestClient(app=app) as client:
            for route in public:
                query = {name: valid[name] for name in route.query_params if name in valid}
                response = await client.get(route.url(_fill(route, samples), query))
                assert response.status_code == 200, (str(route), query, response.text[:300])
        del app, client
        gc.collect()  # free the app now, so the next one can reuse its memory
