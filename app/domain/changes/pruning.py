"""Each server process prunes the change log now and then; the advisory lock in the repository keeps two
processes from doing the same work at once."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import logging

from litestar import Litestar

from app.config import SETTINGS_STATE_KEY, Settings
from app.db.engine import app_engine
from app.domain.changes.repositories import ChangeLogRepository

# The first pass waits a while (a test run builds many apps and stops most within seconds), then hourly.
FIRST_DELAY_SECONDS = 60.0
INTERVAL_SECONDS = 3600.0
TASK_STATE_KEY = "change_log_pruning"

log = logging.getLogger(__name__)


async def prune_change_log(app: Litestar, keep: datetime.timedelta) -> int:
    async with app_engine(app).connect() as connection:
        return await ChangeLogRepository(connection).prune(keep)


async def _prune_forever(app: Litestar, settings: Settings) -> None:
    await asyncio.sleep(FIRST_DELAY_SECONDS)
    while True:
        try:
            pruned = await prune_change_log(app, datetime.timedelta(days=settings.change_retention_days))
            if pruned:
                log.info("pruned %d change-log rows older than %d days", pruned, settings.change_retention_days)
        except Exception:  # the database away: the next pass tries again
            log.warning("pruning the change log failed", exc_info=True)
        await asyncio.sleep(INTERVAL_SECONDS)


def start_pruning(app: Litestar) -> None:
    app.state[TASK_STATE_KEY] = asyncio.get_running_loop().create_task(
        _prune_forever(app, app.state[SETTINGS_STATE_KEY])
    )


async def stop_pruning(app: Litestar) -> None:
    task = app.state.get(TASK_STATE_KEY)
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
