"""A private PostgreSQL for `make run` and the tests, used when DATABASE_URL is unset.

The `pgserver` package ships PostgreSQL 16 binaries inside a wheel. Where it cannot be installed (it publishes
wheels for some Pythons only), we run the PostgreSQL binaries found on PATH the same way: a data folder of our
own, a Unix socket inside it, no TCP port.
"""

from __future__ import annotations

import atexit
import contextlib
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
    """Start (or join) the server whose data lives in `data_dir`; it stops when the last process using it exits."""
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    try:
        import pgserver  # noqa: PLC0415 - optional dependency, absent on some Pythons
    except ImportError:
        return _PathPostgres.start(data_dir, delete_on_exit=delete_on_exit)
    server: EmbeddedServer = pgserver.get_server(  # type: ignore[attr-defined]
        data_dir, cleanup_mode="delete" if delete_on_exit else "stop"
    )
    return server


class _PathPostgres:
    """The fallback: PostgreSQL binaries from PATH (or Debian's /usr/lib/postgresql/*/bin)."""

    def __init__(self, data_dir: Path, bin_dir: Path, run_as: str | None) -> None:
        self.data_dir = data_dir
        self.bin_dir = bin_dir
        self.run_as = run_as

    @classmethod
    def start(cls, data_dir: Path, *, delete_on_exit: bool) -> _PathPostgres:
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
        if not (data_dir / "postmaster.pid").exists():
            server._run(
                "pg_ctl", "-D", str(data_dir), "-w", "-l", str(data_dir / "log"),
                "-o", f"-h '' -k {data_dir}", "start",
            )  # fmt: skip
            atexit.register(server.stop, delete=delete_on_exit)
        return server

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    def stop(self, *, delete: bool = False) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data_dir), "-w", "-m", "fast", "stop")
        if delete:
            shutil.rmtree(self.data_dir, ignore_errors=True)

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
