"""`make run`, for real: `qurultay serve` with no DATABASE_URL starts its own PostgreSQL in its data folder,
migrates it, loads the demo forum once, serves the API, and takes the database down with it on Ctrl-C."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.demo.baku import DEMO_FORUM_SLUG
from tests.support.serve import Server, assert_database_stops, launch, postgres_pids


def _stop_and_check_the_database_stopped(server: Server) -> None:
    status = server.interrupt()
    assert status == 0, f"qurultay serve exited with {status} on SIGINT:\n{server.log()}"
    assert_database_stops(server)


def _all_statements(server: Server) -> list[dict[str, Any]]:
    response = server.get("/api/v1/statements?limit=100")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["next"] is None
    items: list[dict[str, Any]] = body["items"]
    return items


def _demo_forums(server: Server) -> list[dict[str, Any]]:
    response = server.get("/api/v1/forums?limit=100")
    assert response.status_code == 200, response.text
    return [forum for forum in response.json()["items"] if forum["slug"] == DEMO_FORUM_SLUG]


def test_serve_starts_its_own_database_serves_the_demo_and_stops_cleanly(data_dir: Path, servers: list[Server]) -> None:
    first = launch(servers, data_dir)

    assert (first.pgdata / "PG_VERSION").exists(), "the embedded database lives in QURULTAY_DATA_DIR"
    assert postgres_pids(first.pgdata), "no PostgreSQL process found for the data folder while serving"
    assert len(_demo_forums(first)) == 1
    caspian = first.get("/api/v1/statements?q=Caspian")
    assert caspian.status_code == 200, caspian.text
    assert [hit["speaker"]["full_name"] for hit in caspian.json()["items"]] == ["Agil Jamal"]
    docs = first.get("/api/docs")
    assert docs.status_code == 200
    assert docs.headers["content-type"].startswith("text/html")
    statements = _all_statements(first)
    assert len(statements) == 12

    _stop_and_check_the_database_stopped(first)

    # Again, on the same data: the database comes back with what it held, and the demo is not loaded twice.
    second = launch(servers, data_dir)

    assert len(_demo_forums(second)) == 1
    assert sorted(s["id"] for s in _all_statements(second)) == sorted(s["id"] for s in statements)
    assert "Loaded the demo forum" not in second.log()

    _stop_and_check_the_database_stopped(second)
