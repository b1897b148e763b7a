"""Inputs that used to crash handlers (issue 13, item 6) get a 4xx problem, never a 500.

The class, not only the samples: a body nested past the depth limit or carrying bytes that are not UTF-8, on
any operation that takes a body (the open sign-up first); a date or a time outside the years the schema states
(BOUNDS below, published as the format's bounds in the spec), in a body or a query; and a time that is in
bounds but shifts past the end of the calendar when moved into the forum's time zone."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.accounts import grant_organizer
from tests.support.api import assert_problem
from tests.support.factories import make_forum
from tests.support.writers import Team, build_team

Client = AsyncTestClient[Litestar]

SIGNUP = "/api/v1/auth/signup"
GOOD_SIGNUP = b'{"email": "deep@example.org", "password": "a long passphrase", "full_name": "Deep"}'


def _nested(depth: int) -> bytes:
    return b'{"email": "deep@example.org", "password": "a long passphrase", "full_name": ' + (
        b"[" * depth + b"]" * depth + b"}"
    )


@dataclass(frozen=True)
class Sample:
    name: str
    method: str
    url: str  # {forum} and {far_forum} are filled in
    who: str  # a Team attribute, or "anonymous"
    body: bytes | dict[str, Any] | None = None
    field: str | None = None  # the offending field the problem names, where there is one


FORUM = {
    "slug": "far-future-forum",
    "title": {"en": "A forum"},
    "language": "en",
    "timezone": "Asia/Almaty",
    "starts_on": "2026-05-01",
    "ends_on": "2026-05-02",
}
SESSION = {"kind": "panel", "title": {"en": "A panel"}, "language": "en", "day": "2026-05-01"}

SESSIONS = "/api/v1/forums/{forum}/sessions"
AUDIT = "/api/v1/audit-events?since="

SAMPLES = [
    # Unauthenticated: the open sign-up.
    Sample("signup nested 980 deep", "POST", SIGNUP, "anonymous", _nested(980), field=""),
    Sample("signup nested 100000 deep", "POST", SIGNUP, "anonymous", _nested(100_000), field=""),
    Sample("signup invalid utf-8 in a string", "POST", SIGNUP, "anonymous", GOOD_SIGNUP.replace(b"Deep", b"D\xff\xfe")),
    Sample("signup invalid utf-8 outside strings", "POST", SIGNUP, "anonymous", b"\xff" + GOOD_SIGNUP, field=""),
    Sample("signup lone surrogate escape", "POST", SIGNUP, "anonymous", GOOD_SIGNUP.replace(b"Deep", b"D\\ud800")),
    # Forum dates at the ends of the calendar.
    Sample(
        "forum starts 0001-01-01", "POST", "/api/v1/forums", "admin", FORUM | {"starts_on": "0001-01-01"}, "starts_on"
    ),
    Sample("forum ends 9999-12-31", "POST", "/api/v1/forums", "admin", FORUM | {"ends_on": "9999-12-31"}, "ends_on"),
    Sample(
        "forum registration opens in year 1",
        "POST",
        "/api/v1/forums",
        "admin",
        FORUM | {"registration": {"opens_at": "0001-01-01T00:00:00+14:00"}},
        "registration.opens_at",
    ),
    # Session times: one that overflows when moved into the forum's zone, on a forum whose dates allow it.
    Sample(
        "session of a forum ending 9999-12-31 starts 9999-12-31T23:00:00-14:00",
        "POST",
        "/api/v1/forums/{far_forum}/sessions",
        "organizer",
        SESSION
        | {"day": "9999-12-31", "starts_at": "9999-12-31T23:00:00-14:00", "ends_at": "9999-12-31T23:30:00-14:00"},
        "day",
    ),
    Sample(
        "session starts 9999-12-31T23:00:00-14:00",
        "POST",
        SESSIONS,
        "organizer",
        SESSION | {"starts_at": "9999-12-31T23:00:00-14:00", "ends_at": "9999-12-31T23:30:00-14:00"},
        "starts_at",
    ),
    Sample(
        "session starts 0001-01-01T00:00:00+14:00",
        "POST",
        SESSIONS,
        "organizer",
        SESSION | {"starts_at": "0001-01-01T00:00:00+14:00", "ends_at": "0001-01-01T01:00:00+14:00"},
        "starts_at",
    ),
    Sample("session day 9999-12-31", "POST", SESSIONS, "organizer", SESSION | {"day": "9999-12-31"}, "day"),
    # Affiliation dates, nested in a new person.
    Sample(
        "affiliation starts 0001-01-01",
        "POST",
        "/api/v1/people",
        "admin",
        {
            "full_name": "Old Timer",
            "language": "en",
            "affiliation": {
                "organization_id": "{organization}",
                "title": {"en": "Chair"},
                "language": "en",
                "starts_on": "0001-01-01",
            },
        },
        "affiliation.starts_on",
    ),
    # Queries.
    Sample("audit since 9999-12-31T23:59:59-23:59", "GET", AUDIT + "9999-12-31T23:59:59-23:59", "admin", field="since"),
    Sample(
        "audit since 0001-01-01T00:00:00+23:59", "GET", AUDIT + "0001-01-01T00:00:00%2B23:59", "admin", field="since"
    ),
]


def _headers(team: Team, who: str) -> dict[str, str]:
    headers: dict[str, str] = {} if who == "anonymous" else dict(getattr(team, who))
    return headers | {"content-type": "application/json"}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name)
async def test_a_hostile_input_is_a_4xx_problem(client: Client, db: AsyncSession, sample: Sample) -> None:
    team = await build_team(db)
    # A forum stored before the schema bounded its dates (straight into the database), as the was.
    far_forum = await make_forum(db, starts_on=datetime.date(9999, 12, 30), ends_on=datetime.date(9999, 12, 31))
    await grant_organizer(db, far_forum.id, team.organizer_id)
    await db.commit()
    url = sample.url.format(forum=team.forum.id, far_forum=far_forum.id)
    body = sample.body
    if isinstance(body, dict) and "affiliation" in body:
        body = body | {"affiliation": body["affiliation"] | {"organization_id": str(team.partner_org.id)}}
    content = body if isinstance(body, bytes) else None
    json = body if isinstance(body, dict) else None
    response = await client.request(sample.method, url, content=content, json=json, headers=_headers(team, sample.who))
    problem = assert_problem(response, 400)
    if sample.field is not None:
        assert [error["field"] for error in problem["errors"]] == [sample.field], problem


async def test_a_body_within_the_depth_limit_is_still_read(client: Client) -> None:
    # The control: depth alone is not refused as such, only past the limit (here it fails as a wrong type).
    response = await client.post(SIGNUP, content=_nested(3), headers={"content-type": "application/json"})
    problem = assert_problem(response, 400)
    assert [e["field"] for e in problem["errors"]] == ["full_name"]
