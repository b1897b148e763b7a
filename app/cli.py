"""The `qurultay` command: serve, migrate, load the demo forum, write the OpenAPI spec."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import click
import uvicorn
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.config import PROJECT_ROOT, Settings, get_settings
from app.db import migrate
from app.db.bootstrap import release_database, resolve_database_url
from app.demo.baku import DEMO_FORUM_SLUG, load_demo
from app.domain.accounts.emails import normalize_email
from app.domain.accounts.passwords import password_weakness
from app.domain.accounts.repositories import UserRepository
from app.domain.accounts.services import make_admin
from app.lib.errors import BadRequestError
from app.lib.logs import configure_logging

logger = logging.getLogger("qurultay")

WORKER_HEALTHCHECK_SECONDS = 30


async def _load_demo(url: str) -> bool:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session, session.begin():
            return await load_demo(session)
    finally:
        await engine.dispose()


@click.group()
def main() -> None:
    """Qurultay: forums, sessions, speakers, statements and registrations."""
    configure_logging()  # JSON lines, as the app's own (app/lib/logs.py)


@main.command()
def migrate_db() -> None:
    """Apply every migration (alembic upgrade head)."""
    migrate.upgrade(resolve_database_url(get_settings()))


async def _create_admin(url: str, email: str, full_name: str, password: str) -> bool:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session, session.begin():
            return await make_admin(UserRepository(session), email=email, full_name=full_name, password=password)
    finally:
        await engine.dispose()


@main.command(name="create-admin")
@click.option("--email", required=True, help="The admin's email (their login).")
@click.option("--full-name", required=True, help="The admin's name.")
@click.password_option(envvar="QURULTAY_ADMIN_PASSWORD", help="Prompted for when not given (or set the env var).")
def create_admin(email: str, full_name: str, password: str) -> None:
    """Create a platform admin, or make an existing account one."""
    try:
        email = normalize_email(email)
    except BadRequestError as error:
        raise click.BadParameter(error.detail, param_hint="--email") from None
    # The rules sign-up applies: an admin's password guards more than anyone's.
    weakness = password_weakness(password, email=email, full_name=full_name)
    if weakness is not None:
        raise click.BadParameter(weakness, param_hint="--password")
    created = asyncio.run(_create_admin(resolve_database_url(get_settings()), email, full_name, password))
    click.echo(f"Created admin {email}." if created else f"{email} already had an account; it is now an admin.")


@main.command()
@click.option("-m", "--message", required=True, help="What the migration changes.")
def revision(message: str) -> None:
    """Autogenerate a migration from the models; review it before committing."""
    migrate.revision(resolve_database_url(get_settings()), message)


@main.command(name="load-demo")
def load_demo_command() -> None:
    """Load the Baku demo forum, unless it is already there."""
    loaded = asyncio.run(_load_demo(resolve_database_url(get_settings())))
    click.echo("Demo forum loaded." if loaded else "Demo forum already present; nothing to do.")


@main.command()
@click.option("--host", default=None, help="Address to bind (QURULTAY_HOST, default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (QURULTAY_PORT, default 8000).")
@click.option("--workers", default=None, type=int, help="Worker processes (QURULTAY_WORKERS, default 1).")
@click.option("--demo/--no-demo", default=True, help="Load the demo forum when it is missing.")
@click.option(
    "--migrate/--no-migrate",
    "run_migrations",
    default=True,
    help="Apply migrations first. Turn off when a separate one-shot job migrates (several API replicas).",
)
def serve(host: str | None, port: int | None, workers: int | None, *, demo: bool, run_migrations: bool) -> None:
    """Start the database if embedded, migrate, load the demo forum, and serve the API."""
    settings = get_settings()
    # SIGTERM's default action ends the process on the spot, skipping `finally` and atexit, and uvicorn, after
    # its graceful shutdown, raises the signal again with the handler it found: make it an orderly exit.
    signal.signal(signal.SIGTERM, _exit_quietly)
    try:
        _serve(settings, host, port, workers, demo=demo, run_migrations=run_migrations)
    finally:
        # A second Ctrl-C (a terminal signals make, uv and us at once) must not cut the database's stop short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        release_database(settings)


def _exit_quietly(_signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)


def _serve(
    settings: Settings, host: str | None, port: int | None, workers: int | None, *, demo: bool, run_migrations: bool
) -> None:
    url = resolve_database_url(settings)
    if run_migrations:
        migrate.upgrade(url)
    if demo and asyncio.run(_load_demo(url)):
        click.echo("Loaded the demo forum.")
    host = host or settings.host
    port = port or settings.port
    base = f"http://{host}:{port}"
    click.echo(
        f"\nQurultay is serving on {base}\n"
        f"  API docs:    {base}/api/docs\n"
        f"  Demo forum:  {base}/api/v1/forums/{DEMO_FORUM_SLUG}\n"
        f"  Its agenda:  {base}/api/v1/forums  (then /api/v1/forums/<id>/sessions)\n"
        "Press Ctrl-C to stop (the embedded database stops with it).\n"
    )
    workers = workers or settings.workers
    with _shared_metrics(workers):
        uvicorn.run(
            "app.asgi:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            # The app logs one JSON line per request (app/lib/observe.py) and configures logging itself.
            access_log=False,
            log_config=None,
            log_level="info",
            # The app decides whom to believe about the client (QURULTAY_TRUSTED_PROXIES, app/lib/proxies.py):
            # uvicorn's own handling would believe X-Forwarded-For from 127.0.0.1 before the app sees the peer.
            proxy_headers=False,
            # uvicorn kills a worker that does not answer its supervisor within 5 s, also while it starts: a
            # spawned worker imports the app anew (2.5 s on an idle 2-core host), and under load a replacement
            # was killed over and over before it could serve (seen with two workers in the metrics test).
            timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
            # httptools with a size limit and a deadline on each request's headers (app/lib/limits.py).
            http="app.lib.limits:LimitedHttpToolsProtocol",
        )


@contextlib.contextmanager
def _shared_metrics(workers: int) -> Iterator[None]:
    """Several workers keep their metrics in files of prometheus_client's multiprocess mode, so that /metrics,
    answered by any one of them, adds up all of them. A fresh folder per run (stale files would count twice),
    unless the operator named one in PROMETHEUS_MULTIPROC_DIR."""
    if workers <= 1 or os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        yield
        return
    folder = tempfile.mkdtemp(prefix="qurultay-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder  # read by each worker as it starts
    try:
        yield
    finally:
        del os.environ["PROMETHEUS_MULTIPROC_DIR"]
        shutil.rmtree(folder, ignore_errors=True)


@main.command()
@click.option("--output", type=click.Path(path_type=Path), default=PROJECT_ROOT / "openapi" / "openapi.json")
def openapi(output: Path) -> None:
    """Write the OpenAPI document the app serves (`-` for stdout)."""
    from app.openapi_spec import render_spec  # noqa: PLC0415 - builds the app, only when asked

    text = render_spec()
    if str(output) == "-":
        sys.stdout.write(text)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")


main.add_command(migrate_db, name="migrate")
