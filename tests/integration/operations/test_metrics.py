"""Prometheus metrics at /metrics: requests by route template and status, the pool's use; not for the public."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.asgi import create_app
from app.db.engine import app_engine
from tests.support.accounts import clients_at, settings_with
from tests.support.api import assert_problem
from tests.support.apps import overlapping
from tests.support.factories import make_forum
from tests.support.metrics import METRICS_TOKEN, SCRAPE, scrape, value
from tests.support.postgres import libpq
from tests.support.processes import qurultay_serve

SCRAPED = settings_with(metrics_token=METRICS_TOKEN)
FORUM_ROUTE = "/api/v1/forums/{forum}"
ROUNDS, AT_ONCE = 30, 8


async def test_without_a_token_there_are_no_metrics(database_url: str) -> None:
    async with clients_at(database_url, settings_with(), "127.0.0.1") as (local,):
        response = await local.get("/metrics")

    assert_problem(response, 404)


async def test_metrics_need_their_token(database_url: str) -> None:
    async with clients_at(database_url, SCRAPED, "127.0.0.1") as (local,):
        anonymous = await local.get("/metrics")
        wrong = await local.get("/metrics", headers={"Authorization": "Bearer guess"})
        right = await local.get("/metrics", headers=SCRAPE)

    assert assert_problem(anonymous, 401)["detail"].startswith("/metrics needs")
    assert anonymous.headers["www-authenticate"].startswith("Bearer")
    assert_problem(wrong, 401)
    assert right.status_code == 200
    assert "qurultay_http_requests_total" not in anonymous.text


async def test_requests_are_counted_per_route_template_and_status(database_url: str, db: AsyncSession) -> None:
    first, second = await make_forum(db), await make_forum(db)
    await db.commit()
    async with clients_at(database_url, SCRAPED, "127.0.0.1") as (local,):
        before = await scrape(local)
        for forum in (first, second):
            assert (await local.get(f"/api/v1/forums/{forum.slug}")).status_code == 200
        assert (await local.get("/api/v1/forums/no-such-forum")).status_code == 404
        after = await scrape(local)

    def delta(name: str, status: str) -> float:
        labels = {"method": "GET", "route": FORUM_ROUTE, "status": status}
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("qurultay_http_requests_total", "200") == 2
    assert delta("qurultay_http_requests_total", "404") == 1
    assert delta("qurultay_http_request_duration_seconds_count", "200") == 2
    # The slugs never become label values: one series per template.
    assert not [labels for _, labels in after if ("route", f"/api/v1/forums/{first.slug}") in labels]


async def test_the_pool_gauges_show_connections_in_use_and_requests_waiting(database_url: str) -> None:
    app = create_app(settings_with(metrics_token=METRICS_TOKEN, db_pool_size=1), database_url=database_url)
    async with overlapping(app) as http:
        assert value(await scrape(http), "qurultay_db_pool_connections_in_use") == 0
        async with app_engine(app).connect() as held:
            await held.exec_driver_sql("SELECT 1")  # the pool's one connection, held by the test
            holding = await scrape(http)
            # A read now waits for that connection: the gauge shows it waiting until the test lets go.
            read = asyncio.create_task(http.get("/api/v1/forums"))
            for _ in range(500):
                waiting = value(await scrape(http), "qurultay_db_pool_waiting")
                if waiting or read.done():
                    break
                await asyncio.sleep(0.01)
        assert (await read).status_code == 200
        done = await scrape(http)

    assert value(holding, "qurultay_db_pool_connections_in_use") == 1
    assert waiting == 1
    assert value(done, "qurultay_db_pool_connections_in_use") == 0
    assert value(done, "qurultay_db_pool_waiting") == 0


async def _live(base: str) -> str:
    async with httpx.AsyncClient(base_url=base, timeout=10) as http:  # a connection of its own
        response = await http.get("/health/live")
    assert response.status_code == 200
    return response.headers["x-request-id"]


def _json_lines(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]


def _answering_workers(log: Path) -> set[int]:
    return {line["process_id"] for line in _json_lines(log) if line.get("route") == "/health/live"}


async def test_qurultay_serve_with_two_workers_logs_json_and_scrapes_the_sum_of_both(
    database_url: str, tmp_path: Path
) -> None:
    env = os.environ | {
        "DATABASE_URL": libpq(database_url),
        "QURULTAY_DATA_DIR": str(tmp_path),
        "QURULTAY_METRICS_TOKEN": METRICS_TOKEN,
    }
    log = tmp_path / "serve.log"
    with qurultay_serve(env, log, workers=2) as base:
        ids: list[str] = []
        # Calls at once, on connections of their own, until both workers have answered some.
        for _ in range(ROUNDS):
            ids += await asyncio.gather(*(_live(base) for _ in range(AT_ONCE)))
            if len(_answering_workers(log)) == 2:
                break
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            scraped = await scrape(http)

    assert len(_answering_workers(log)) == 2, "the calls never reached the second worker: nothing to add up"
    # Whichever worker answered the scrape, it counted every worker's requests.
    assert value(scraped, "qurultay_http_requests_total", method="GET", route="/health/live", status="200") == len(ids)
    lines = _json_lines(log)
    assert set(ids) <= {line["request_id"] for line in lines if line.get("logger") == "qurultay.request"}
    assert any(line["logger"].startswith("uvicorn") for line in lines), "uvicorn's own lines are JSON too"
