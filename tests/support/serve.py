"""`qurultay serve` as a user runs it: one process on a data folder of its own, with its embedded PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from app.config import PROJECT_ROOT
from tests.support.processes import HOST, free_port, wait_ready

QURULTAY = Path(sys.executable).parent / "qurultay"
START_TIMEOUT = 90.0  # the first start runs initdb, the migrations and the demo load
STOP_TIMEOUT = 30.0


def postgres_pids(pgdata: Path) -> list[int]:
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
        for pid in postgres_pids(self.pgdata):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)  # PostgreSQL's immediate shutdown


def launch(servers: list[Server], data_dir: Path, workers: int = 1) -> Server:
    """Start a server, note it in `servers` (the fixture kills what is left of each), and wait until it is ready."""
    server = Server(data_dir, workers=workers)
    servers.append(server)
    server.start()
    server.wait_ready()
    return server


def assert_database_stops(server: Server) -> None:
    """Within STOP_TIMEOUT, no PostgreSQL process runs on the server's data folder and no postmaster.pid is left."""
    deadline = time.monotonic() + STOP_TIMEOUT
    while (server.pgdata / "postmaster.pid").exists() or postgres_pids(server.pgdata):
        if time.monotonic() > deadline:
            pytest.fail(
                f"PostgreSQL on {server.pgdata} still runs {STOP_TIMEOUT} s after qurultay serve stopped "
                f"(pids {postgres_pids(server.pgdata)}, postmaster.pid "
                f"{(server.pgdata / 'postmaster.pid').exists()}):\n{server.log()}"
            )
        time.sleep(0.25)


def private_data_dir(prefix: str) -> Path:
    """A data folder for an embedded PostgreSQL, outside pytest's temporary folders: PostgreSQL runs as another
    user there (it refuses root), and another pytest session starting on the machine resets the mode of
    pytest's own folder to 0700, which takes a running postmaster's access away mid-test."""
    return Path(tempfile.mkdtemp(prefix=prefix)) / "data"
