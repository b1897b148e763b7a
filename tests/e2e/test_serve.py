"""`make run`, for real: `qurultay serve` with no DATABASE_URL starts its own PostgreSQL in its data folder,
migrates it, loads the demo forum once, serves the API, and takes the database down with it on Ctrl-C."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import PROJECT_ROOT
from app.demo.baku import DEMO_FORUM_SLUG
from tests.support.processes import HOST, free_port, wait_ready

QURULTAY = Path(sys.executable).parent / "qurultay"
START_TIMEOUT = 90.0  # the first start runs initdb, the migrations and the demo load
STOP_TIMEOUT = 30.0


def _postgres_pids(pgdata: Path) -> list[int]:
    """Processes running PostgreSQL on `pgdata`: their command line names the data folder."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            if Path(argv[0].decode(errors="replace")).name == "postgres" and str(pgdata).encode() in argv:
                pids.append(int(proc.name))
    return pids


class Server:
    """One `qurultay serve` process on a data folder."""

    def __init__(
        self, data_dir: Path, env: dict[str, str] | None = None, workers: int = 1, command: list[str] | None = None
    ) -> None:
        self.data_dir = data_dir
        self.env = env or {}
        self.workers = workers
        self.command = command  # instead of `qurultay serve` (`make run`, say); host and port come from the env
        self.pgdata = data_dir / "postgres"
        self.port = free_port(HOST)
        self.base = f"http://{HOST}:{self.port}"
        self.log_path = data_dir.parent / f"serve-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {name: value for name, value in os.environ.items() if name != "DATABASE_URL"}
        env |= {"QURULTAY_DATA_DIR": str(self.data_dir), "QURULTAY_HOST": HOST, "QURULTAY_PORT": str(self.port)}
        env |= {"QURULTAY_WORKERS": str(self.workers), "PYTHONUNBUFFERED": "1"} | self.env
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self.command or [str(QURULTAY), "serve", "--host", HOST, "--port", str(self.port)],
                cwd=PROJECT_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a process group of its own, so cleanup reaches what it started
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-5000:]

    def wait_ready(self) -> None:
        assert self.process is not None
        wait_ready(self.base, self.process, self.log_path, START_TIMEOUT)

    def get(self, path: str) -> httpx.Response:
        return httpx.get(f"{self.base}{path}", timeout=10)

    def interrupt(self, sig: signal.Signals = signal.SIGINT) -> int:
        """Ctrl-C (or another signal), sent to the server process alone: stopping the database is its job.
        Answers the exit status."""
        assert self.process is not None
        self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"qurultay serve did not stop within {STOP_TIMEOUT} s of {sig.name}:\n{self.log()}")

    def kill(self) -> None:
        """Cleanup, also after a failure: whatever still runs of this server goes, each by its process id."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        for pid in _postgres_pids(self.pgdata):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)  # PostgreSQL's immediate shutdown


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        server.kill()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _launch(servers: list[Server], data_dir: Path) -> Server:
    server = Server(data_dir)
    servers.append(server)
    server.start()
    server.wait_ready()
    return server


def _stop_and_check_the_database_stopped(server: Server) -> None:
    status = server.interrupt()
    assert status == 0, f"qurultay serve exited with {status} on SIGINT:\n{server.log()}"
    deadline = time.monotonic() + STOP_TIMEOUT
    while (server.pgdata / "postmaster.pid").exists() or _postgres_pids(server.pgdata):
        if time.monotonic() > deadline:
            pytest.fail(
                f"PostgreSQL on {server.pgdata} still runs after qurultay serve stopped "
                f"(pids {_postgres_pids(server.pgdata)}):\n{server.log()}"
            )
        time.sleep(0.25)


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
    first = _launch(servers, data_dir)

    assert (first.pgdata / "PG_VERSION").exists(), "the embedded database lives in QURULTAY_DATA_DIR"
    assert _postgres_pids(first.pgdata), "no PostgreSQL process found for the data folder while serving"
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
    second = _launch(servers, data_dir)

    assert len(_demo_forums(second)) == 1
    assert sorted(s["id"] for s in _all_statements(second)) == sorted(s["id"] for s in statements)
    assert "Loaded the demo forum" not in second.log()

    _stop_and_check_the_database_stopped(second)
