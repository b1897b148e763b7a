"""The real server for the SDK journeys: `qurultay serve` (uvicorn) on a free 127.0.0.1 port, against a database
of the test server, stopped by its process id afterwards."""

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
import pytest

from app.config import PROJECT_ROOT

QURULTAY = Path(sys.executable).parent / "qurultay"
HOST = "127.0.0.1"
START_TIMEOUT = 60.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_server(database_url: str, log_path: Path) -> Iterator[str]:
    """Serve the API on `database_url` (already migrated); yields the base URL."""
    port = _free_port()
    env = os.environ | {
        "DATABASE_URL": database_url.replace("postgresql+asyncpg://", "postgresql://", 1),
        "QURULTAY_DATA_DIR": str(log_path.parent / "data"),
        "PYTHONUNBUFFERED": "1",
        # The journeys sign up and log in a few times from one address; the limits have their own tests.
        "QURULTAY_AUTH_RATE_LIMIT_PER_CLIENT": "100000",
        "QURULTAY_AUTH_RATE_LIMIT_PER_ACCOUNT": "100000",
    }
    base = f"http://{HOST}:{port}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(QURULTAY), "serve", "--host", HOST, "--port", str(port), "--no-migrate", "--no-demo"],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"qurultay serve exited with {process.returncode}:\n{log_path.read_text()[-4000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/health/ready", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                pytest.fail(f"qurultay serve was not ready in {START_TIMEOUT} s:\n{log_path.read_text()[-4000:]}")
            time.sleep(0.2)
        yield base
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
