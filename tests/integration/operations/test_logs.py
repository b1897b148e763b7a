"""One JSON log line per request: its id, method, route template, status, duration and who called; and every
other line logged while it runs carries the same id."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.asgi import create_app
from app.config import load_settings
from tests.support.accounts import bearer, make_user
from tests.support.factories import make_forum
from tests.support.logs import request_lines, stderr_lines

Client = AsyncTestClient[Litestar]
Capture = pytest.CaptureFixture[str]
UNREACHABLE = "postgresql+asyncpg://qurultay:qurultay@127.0.0.1:1/qurultay"


async def test_a_read_logs_one_line_with_its_fields(client: Client, db: AsyncSession, capsys: Capture) -> None:
    forum = await make_forum(db)
    await db.commit()

    stderr_lines(capsys)
    response = await client.get(f"/api/v1/forums/{forum.slug}")
    lines = stderr_lines(capsys)

    assert response.status_code == 200
    (line,) = request_lines(lines)
    assert line["request_id"] == response.headers["x-request-id"]
    assert line["method"] == "GET"
    assert line["route"] == "/api/v1/forums/{forum}"  # the template, never the slug
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["duration_ms"] >= 0
    assert line["principal"] == "anonymous"
    assert line["level"] == "info"
    assert line["timestamp"].endswith("Z")


async def test_the_line_names_the_kind_of_caller(client: Client, db: AsyncSession, capsys: Capture) -> None:
    user = await make_user(db)
    await db.commit()

    stderr_lines(capsys)
    await client.get("/api/v1/me", headers=bearer(user.id, load_settings()))
    await client.get("/api/v1/me", headers={"Authorization": "Bearer not-a-token"})
    lines = stderr_lines(capsys)

    signed_in, refused = request_lines(lines)
    assert (signed_in["principal"], signed_in["status"]) == ("user", 200)
    # Refused by the authentication middleware, before any handler: still one line, with its status.
    assert (refused["principal"], refused["status"]) == (None, 401)
    assert refused["route"] == "/api/v1/me"


async def test_a_path_no_route_has_is_logged_under_one_name(client: Client, capsys: Capture) -> None:
    stderr_lines(capsys)
    await client.get("/wp-login.php")
    lines = stderr_lines(capsys)

    (line,) = request_lines(lines)
    assert (line["route"], line["status"]) == ("(unmatched)", 404)


async def test_what_else_is_logged_during_a_request_carries_its_id(capsys: Capture) -> None:
    app = create_app(load_settings(), database_url=UNREACHABLE)
    async with AsyncTestClient(app=app) as client:
        stderr_lines(capsys)
        response = await client.get("/api/v1/forums")
        lines = stderr_lines(capsys)

    assert response.status_code == 503
    request_id = response.headers["x-request-id"]
    outage = [line for line in lines if line.get("logger") == "app.lib.errors"]
    assert outage, lines
    assert {line["request_id"] for line in outage} == {request_id}
    assert outage[0]["level"] == "error"
