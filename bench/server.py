"""The processes a benchmark run starts: PostgreSQL, and the HTTP servers under test, started as in production."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil

from app.db.embedded import start_embedded
from app.db.urls import sqlalchemy_url, with_database

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / ".data"
POSTGRES_DIR = DATA_DIR / "postgres"
WORKERS = 2


def _libpq(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


@contextlib.contextmanager
def database_server() -> Iterator[str]:
    """The libpq URL of the maintenance database of DATABASE_URL's server, or of the benchmark's own embedded
    PostgreSQL in bench/.data/postgres (kept between runs, so loaded datasets are too)."""
    external = os.environ.get("DATABASE_URL")
    if external:
        yield _libpq(with_database(sqlalchemy_url(external), "postgres"))
        return
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    _forget_dead_handles()
    server = start_embedded(POSTGRES_DIR)
    yield server.get_uri("postgres")


def _forget_dead_handles() -> None:
    """pgserver stops the server when its last user exits, counting users in a pid list in the data folder. A
    run that was killed (SIGKILL, SIGTERM) never removes its pid, and the server would then outlive every later
    run: drop the pids of processes that no longer exist."""
    handles = POSTGRES_DIR / ".handle_pids.json"
    with contextlib.suppress(OSError, ValueError, TypeError):
        pids = json.loads(handles.read_text())
        alive = [pid for pid in pids if psutil.pid_exists(pid)]
        if alive != pids:
            handles.write_text(json.dumps(alive))


def postgres_processes() -> list[psutil.Process]:
    """The embedded server's postmaster and every backend under it; empty for an external server (its CPU is
    not ours to see)."""
    if os.environ.get("DATABASE_URL"):
        return []
    pid_file = POSTGRES_DIR / "postmaster.pid"
    try:
        root = psutil.Process(int(pid_file.read_text().split()[0]))
        return [root, *root.children(recursive=True)]
    except (OSError, ValueError, IndexError, psutil.Error):
        return []


def postgres_settings(dsn: str) -> dict[str, str]:
    """The server settings that shape the numbers, via psql-free asyncpg (imported lazily)."""
    import asyncio  # noqa: PLC0415

    import asyncpg  # noqa: PLC0415

    names = ("server_version", "shared_buffers", "work_mem", "jit", "max_connections", "effective_cache_size")

    async def fetch() -> dict[str, str]:
        connection = await asyncpg.connect(dsn)
        try:
            rows = await connection.fetch("SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)", names)
            available = await connection.fetchval("SELECT pg_jit_available()")
        finally:
            await connection.close()
        out = {r["name"]: f"{r['setting']}{' ' + r['unit'] if r['unit'] else ''}" for r in rows}
        out["jit_available"] = str(available).lower()
        return out

    return asyncio.run(fetch())


class HttpServer:
    """`uvicorn <app> --factory --workers 2 --no-access-log --log-level warning` on 127.0.0.1."""

    def __init__(self, name: str, app: str, port: int, database_dsn: str, env: dict[str, str] | None = None) -> None:
        self.name = name
        self.app = app
        self.port = port
        self.database_dsn = database_dsn
        self.env = env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self.log = DATA_DIR / f"{name}.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path: str) -> None:
        env = {
            **os.environ,
            "DATABASE_URL": self.database_dsn,
            "QURULTAY_DATA_DIR": str(DATA_DIR / "app"),
            "QURULTAY_DEBUG": "false",
            **self.env,
        }
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            self.app,
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--workers",
            str(WORKERS),
            "--no-access-log",
            "--log-level",
            "warning",
        ]
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at start; see {self.log}:\n{self.log.read_text()[-2000:]}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(self.base + ready_path, timeout=2) as answer,  # noqa: S310 - loopback
            ):
                if answer.status == 200 and len(self.workers()) == WORKERS:  # noqa: PLR2004
                    return
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"{self.name} did not become ready in 60 s; see {self.log}")

    def processes(self) -> list[psutil.Process]:
        """The supervisor and its workers (their CPU is the server's CPU)."""
        if self.process is None:
            return []
        try:
            root = psutil.Process(self.process.pid)
            return [root, *root.children(recursive=True)]
        except psutil.Error:
            return []

    def workers(self) -> list[psutil.Process]:
        """The worker processes (not multiprocessing's resource tracker, also a child)."""
        out = []
        for process in self.processes()[1:]:
            with contextlib.suppress(psutil.Error):
                if "spawn_main" in " ".join(process.cmdline()):
                    out.append(process)
        return out

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
