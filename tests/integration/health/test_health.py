"""Health probes: liveness needs only the process, readiness needs the database."""

from __future__ import annotations

import socket
import time

from litestar import Litestar
from litestar.testing import AsyncTestClient

from app.asgi import create_app
from app.config import load_settings
from app.domain.health.services import READY_TIMEOUT_SECONDS
from tests.support.api import assert_problem

Client = AsyncTestClient[Litestar]
# Nothing listens on port 1: connecting is refused at once.
UNREACHABLE = "postgresql+asyncpg://qurultay:qurultay@127.0.0.1:1/qurultay"


async def test_live(client: Client) -> None:
    response = await client.get("/health/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_with_the_database_up(client: Client) -> None:
    response = await client.get("/health/ready")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_is_503_without_the_database_but_live_stays_200() -> None:
    app = create_app(load_settings(), database_url=UNREACHABLE)
    async with AsyncTestClient(app=app) as client:
        started = time.monotonic()
        response = await client.get("/health/ready")
        elapsed = time.monotonic() - started

        body = assert_problem(response, 503)
        assert body["type"].endswith("database-unavailable")
        assert int(response.headers["retry-after"]) >= 1
        assert elapsed < READY_TIMEOUT_SECONDS + 3  # answers promptly, does not hang on the dead database
        # The process itself is fine: an orchestrator must not restart it for the database's sake.
        assert (await client.get("/health/live")).status_code == 200


async def test_ready_is_503_when_the_database_accepts_but_never_answers() -> None:
    # A listening socket that never accepts: the kernel completes the TCP handshake, then nothing ever answers.
    # Readiness must give up after its timeout instead of hanging the orchestrator's probe.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        app = create_app(load_settings(), database_url=f"postgresql+asyncpg://q:q@127.0.0.1:{port}/q")
        async with AsyncTestClient(app=app) as client:
            started = time.monotonic()
            response = await client.get("/health/ready")
            elapsed = time.monotonic() - started

    assert_problem(response, 503)
    assert READY_TIMEOUT_SECONDS <= elapsed < READY_TIMEOUT_SECONDS + 3
