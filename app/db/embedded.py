"""A private PostgreSQL for `make run` and the tests, used when DATABASE_URL is unset.

The `pgserver` package ships PostgreSQL 16 binaries inside a wheel. Where it cannot be installed (it publishes
wheels for some Pythons only), we run the PostgreSQL binaries found on PATH the same way: a data folder of our
own, a Unix socket inside it, no TCP port.
"""

from __future__ import annotations

import atexit
import logging
import os
import pwd
import shutil
import subprocess
from pathlib import Path
from typing import Protocol

logger = logging.getLogger(__name__)

INSTALL_HINT = (
    "No PostgreSQL is available: the `pgserver` package is not installed for this Python, and no PostgreSQL "
    "binaries (initdb, pg_ctl) are on PATH. Install PostgreSQL 15 or later (Debian/Ubuntu: "
    "`apt-get install postgresql`), or point DATABASE_URL at a running server."
)


class EmbeddedServer(Protocol):
    def get_uri(self, database: str | None = None) -> str: ...

    def psql(self, command: str) -> str: ...


def ensure_database(server: EmbeddedServer, name: str) -> str:
    """Create database `name` unless it exists; answer its URL."""
    server.psql(
        f"SELECT 'CREATE DATABASE {name}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{name}')\\gexec"
    )
    return server.get_uri(name)


def start_embedded(data_dir: Path, *, delete_on_exit: bool = False) -> EmbeddedServer:
    """Start (or join) the server whose data lives in `data_dir`. If this process started it, it stops it on
    `stop_embedded`, or at exit; a process that joined a running server (`qurultay migrate` beside `qurultay
    serve`) leaves it running."""
    data_dir = data_dir.resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    started_here = not postmaster_running(data_dir)
    try:
        import pgserver  # noqa: PLC0415 - optional dependency, absent on some Pythons
        from pgserver._commands import POSTGRES_BIN_PATH  # noqa: PLC0415
    except ImportError:
        fallback = _PathPostgres.start(data_dir)
        server: EmbeddedServer = fallback
        bin_dir, run_as = fallback.bin_dir, fallback.run_as
    else:
        # cleanup_mode=None: pgserver's own stop, at the exit of the last process in its list of users, missed
        # two cases. A process killed outright stays in that list, so no later process was ever the last; and
        # it stops the postmaster it saw at start, so one restarted meanwhile was left running.
        server = pgserver.get_server(data_dir, cleanup_mode=None)  # type: ignore[attr-defined]
        # As root pgserver runs PostgreSQL as its own `pgserver` user; pg_ctl must run as that user too.
        bin_dir, run_as = Path(POSTGRES_BIN_PATH), ("pgserver" if os.geteuid() == 0 else None)
    if started_here and data_dir not in _OWNED:
        _OWNED[data_dir] = _Owned(data_dir, bin_dir, run_as, delete=delete_on_exit)
        atexit.register(stop_embedded, data_dir)
    return server


def stop_embedded(data_dir: Path) -> None:
    """Stop the server in `data_dir` if this process started it: whichever postmaster runs there now (pg_ctl
    reads postmaster.pid), and wait until it is down. Does nothing otherwise, or when done already."""
    owned = _OWNED.pop(data_dir.resolve(), None)
    if owned is not None:
        owned.stop()


def postmaster_running(data_dir: Path) -> bool:
    """Whether postmaster.pid names a live process (a stale file, left by a crash, does not count)."""
    try:
        pid = int((data_dir / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


class _Owned:
    """A server this process started."""

    def __init__(self, data_dir: Path, bin_dir: Path, run_as: str | None, *, delete: bool) -> None:
        self.data_dir = data_dir
        self.bin_dir = bin_dir
        self.run_as = run_as
        self.delete = delete

    def stop(self) -> None:
        # A fast shutdown ends open sessions (the server's pool) at once; an immediate one if that hangs.
        for mode in ("fast", "immediate"):
            try:
                _run_as(self.run_as, self.bin_dir / "pg_ctl", "-D", str(self.data_dir), "-w", "-t", "60", "-m", mode,
                        "stop")  # fmt: skip
                break
            except subprocess.CalledProcessError as exc:
                if not postmaster_running(self.data_dir):
                    break  # already down (pg_ctl: "PID file does not exist")
                logger.warning("pg_ctl stop -m %s failed on %s: %s", mode, self.data_dir, exc.stderr)
        if self.delete:
            shutil.rmtree(self.data_dir, ignore_errors=True)


_OWNED: dict[Path, _Owned] = {}


def _run_as(user: str | None, executable: Path, *args: str) -> None:
    command = [str(executable), *args]
    if user:
        command = ["runuser", "-u", user, "--", *command]
    subprocess.run(command, check=True, capture_output=True, text=True)


class _PathPostgres:
    """The fallback: PostgreSQL binaries from PATH (or Debian's /usr/lib/postgresql/*/bin)."""

    def __init__(self, data_dir: Path, bin_dir: Path, run_as: str | None) -> None:
        self.data_dir = data_dir
        self.bin_dir = bin_dir
        self.run_as = run_as

    @classmethod
    def start(cls, data_dir: Path) -> _PathPostgres:
        bin_dir = _find_bin_dir()
        # PostgreSQL refuses to run as root; Debian's package creates a `postgres` user we can use.
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError(INSTALL_HINT) from None
            run_as = "postgres"
        server = cls(data_dir, bin_dir, run_as)
        data_dir.mkdir(parents=True, exist_ok=True)
        if run_as:
            shutil.chown(data_dir, run_as, run_as)
        if not (data_dir / "PG_VERSION").exists():
            server._run("initdb", "-D", str(data_dir), "-U", "postgres", "--auth=trust", "--encoding=UTF8")
        if not postmaster_running(data_dir):  # pg_ctl replaces a stale postmaster.pid itself
            server._run(
                "pg_ctl", "-D", str(data_dir), "-w", "-l", str(data_dir / "log"),
                "-o", f"-h '' -k {data_dir}", "start",
            )  # fmt: skip
        return server

    def _run(self, tool: str, *args: str) -> None:
        _run_as(self.run_as, self.bin_dir / tool, *args)

    def get_uri(self, database: str | None = None) -> str:
        return f"postgresql://postgres:@/{database or 'postgres'}?host={self.data_dir}"

    def psql(self, command: str) -> str:
        return subprocess.run(
            [str(self.bin_dir / "psql"), self.get_uri()], input=command, text=True, check=True, capture_output=True
        ).stdout


def _find_bin_dir() -> Path:
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[4]))
    if candidates:
        return candidates[-1].parent
    raise RuntimeError(INSTALL_HINT)
