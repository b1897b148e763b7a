"""The real server for the SDK journeys: `qurultay serve` (uvicorn) on a free 127.0.0.1 port, against a database
of the test server, stopped by its process id afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.config import PROJECT_ROOT
from tests.support.postgres import libpq
from tests.support.processes import HOST, free_port, stop, wait_ready

QURULTAY = Path(sys.executable).parent / "qurultay"
START_TIMEOUT = 60.0


@contextmanager
def running_server(database_url: str, log_path: Path) -> Iterator[str]:
    """Serve the API on `database_url` (already migrated); yields the base URL."""
    port = free_port(HOST)
    env = os.environ | {
        "DATABASE_URL": libpq(database_url),
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
        wait_ready(base, process, log_path, START_TIMEOUT)
        yield base
    finally:
        stop([process], signal.SIGINT)
