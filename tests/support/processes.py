"""Real server processes for the tests: a free port, a wait until ready, and a stop by process id."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from app.config import PROJECT_ROOT

HOST = "127.0.0.1"


def free_port(host: str = HOST) -> int:
    """A port nothing listens on now. The server binds it a moment later: a race in principle, harmless here."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def tail(log: Path, size: int = 2000) -> str:
    return log.read_text(errors="replace")[-size:]


def wait_ready(base: str, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Until `base` answers /health/ready with 200; fails with the log's tail if the process exits first or the
    time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"{base} exited with {process.returncode}: {tail(log)}"
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{base}/health/ready", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise AssertionError(f"{base} was not ready within {timeout}s: {tail(log)}")


def stop(processes: list[subprocess.Popen[bytes]], sig: signal.Signals = signal.SIGTERM, timeout: float = 15) -> None:
    """Ask each process to stop (all first, so they shut down together), then kill whichever is still there
    after `timeout`."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(sig)
    for process in processes:
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.wait(timeout=10)


def _kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL to the process, or to its whole group when it leads one (uvicorn's workers go with it)."""
    with contextlib.suppress(ProcessLookupError):
        if os.getpgid(process.pid) == process.pid:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()


@contextmanager
def uvicorn_servers(env: dict[str, str], logs: Path, count: int, timeout: float = 60) -> Iterator[list[str]]:
    """`count` uvicorn processes serving the app on 127.0.0.1 with `env` (DATABASE_URL among it), each logging
    to `logs`/server-<n>.log; yields their base URLs once all are ready, and stops them (by their own process ids)
    when the block ends."""
    processes: list[tuple[str, subprocess.Popen[bytes], Path]] = []
    try:
        for index in range(count):
            port, log = free_port(), logs / f"server-{index}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [sys.executable, "-m", "uvicorn", "app.asgi:create_app", "--factory",
                     "--host", HOST, "--port", str(port), "--no-access-log"],
                    env=env, stdout=out, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT,
                )  # fmt: skip
            processes.append((f"http://{HOST}:{port}", process, log))
        for base, process, log in processes:
            wait_ready(base, process, log, timeout)
        yield [base for base, _, _ in processes]
    finally:
        stop([process for _, process, _ in processes])


@contextmanager
def qurultay_serve(env: dict[str, str], log: Path, workers: int = 1, timeout: float = 60) -> Iterator[str]:
    """`qurultay serve` as production runs it (no migrations, no demo: the database in `env` is ready), on a free
    port of 127.0.0.1 with `workers` processes, logging to `log`; yields its base URL once ready, and stops it
    (its own process group: the workers go with it) when the block ends."""
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "qurultay"), "serve", "--no-migrate", "--no-demo",
             "--host", HOST, "--port", str(port), "--workers", str(workers)],
            env=env, stdout=out, stderr=subprocess.STDOUT, cwd=PROJECT_ROOT, start_new_session=True,
        )  # fmt: skip
    try:
        wait_ready(f"http://{HOST}:{port}", process, log, timeout)
        yield f"http://{HOST}:{port}"
    finally:
        stop([process])
