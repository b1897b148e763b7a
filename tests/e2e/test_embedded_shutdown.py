"""The embedded PostgreSQL stops with `qurultay serve` on every way out (issue 13, item 11): Ctrl-C, SIGTERM,
several workers, a PostgreSQL restarted while the server ran, a data folder left behind by a server that was
killed, and Ctrl-C reaching `make run`'s whole process group. Each case checks that no PostgreSQL process runs
on the data folder and no postmaster.pid is left, within a bounded wait."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT
from tests.support.serve import STOP_TIMEOUT, Server, assert_database_stops, launch, postgres_pids

PR_SET_CHILD_SUBREAPER = 36  # prctl(2), Linux
PG_BIN = PROJECT_ROOT / ".venv/lib/python3.11/site-packages/pgserver/pginstall/bin"


def _pg_ctl(pgdata: Path, *args: str) -> None:
    """pg_ctl on the embedded server, as the user it runs as (pgserver's own when we are root)."""
    command = [str(PG_BIN / "pg_ctl"), "-D", str(pgdata), *args]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "pgserver", "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=60)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_a_signal_stops_the_server_and_its_database(data_dir: Path, servers: list[Server], sig: signal.Signals) -> None:
    server = launch(servers, data_dir)
    assert postgres_pids(server.pgdata)
    status = server.interrupt(sig)
    assert_database_stops(server)
    assert status == 0, f"qurultay serve exited with {status} on {sig.name}:\n{server.log()}"


def test_several_workers_stop_with_their_database(data_dir: Path, servers: list[Server]) -> None:
    server = launch(servers, data_dir, workers=2)
    assert server.interrupt(signal.SIGINT) == 0, server.log()
    assert_database_stops(server)


@pytest.fixture
def reaper() -> Iterator[None]:
    """Make this process the reaper of orphans below it, as init is on a normal machine. In a container whose
    PID 1 reaps nothing, a stopped postmaster stays a zombie, which pgserver's old check took for the server
    still running: the stale check then stopped the restarted server by accident, and the test proved nothing."""
    libc = ctypes.CDLL(None, use_errno=True)
    assert libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0, os.strerror(ctypes.get_errno())
    try:
        yield
    finally:
        libc.prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0)


def _reap(pids: set[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


@pytest.mark.usefixtures("reaper")
def test_a_database_restarted_while_serving_is_stopped_too(data_dir: Path, servers: list[Server]) -> None:
    server = launch(servers, data_dir)
    before = set(postgres_pids(server.pgdata))
    _pg_ctl(server.pgdata, "-w", "-m", "fast", "-l", str(server.pgdata / "log"), "restart")
    _reap(before)  # the old postmaster and its children, orphans of pg_ctl, are ours to reap
    after = set(postgres_pids(server.pgdata))
    assert after, "PostgreSQL did not come back"
    assert not before & after, "the restart left the same processes: it proves nothing"
    server.wait_ready()
    assert server.interrupt(signal.SIGINT) == 0, server.log()
    assert_database_stops(server)


def test_a_server_killed_before_does_not_keep_the_next_ones_database_alive(
    data_dir: Path, servers: list[Server]
) -> None:
    # A server killed outright (SIGKILL, an out-of-memory kill, a power cut) cleans nothing up; its database is
    # then stopped by other means. The next server on the data folder must still stop its own on Ctrl-C.
    first = launch(servers, data_dir)
    assert first.process is not None
    os.killpg(first.process.pid, signal.SIGKILL)
    first.process.wait(timeout=10)
    _pg_ctl(first.pgdata, "-w", "-m", "fast", "stop")

    second = launch(servers, data_dir)
    assert second.interrupt(signal.SIGINT) == 0, second.log()
    assert_database_stops(second)


def test_ctrl_c_on_make_run_stops_the_database(data_dir: Path, servers: list[Server]) -> None:
    # A terminal's Ctrl-C signals the whole foreground process group: make, uv, qurultay and its workers.
    server = Server(data_dir, command=["make", "--no-print-directory", "run"])
    servers.append(server)
    server.start()
    server.wait_ready()
    assert server.process is not None
    os.killpg(server.process.pid, signal.SIGINT)
    try:
        server.process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"make run did not stop within {STOP_TIMEOUT} s of Ctrl-C:\n{server.log()}")
    assert_database_stops(server)
