"""The mobile app's journey (mobile_journey.mts) through the generated TypeScript client, in Node, against the
real server: the script and the client are compiled together with `tsc --strict`, then run."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from tests.support.factories import make_forum, make_session
from tests.support.registrations import upcoming

from .databases import scratch_database
from .server import running_server


async def _arrange(url: str) -> dict[str, str]:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as db:
            forum = await make_forum(db, **upcoming())  # a forum that is over takes no registrations
            await make_session(db, forum)  # another session on the agenda
            session = await make_session(db, forum, capacity=30)
            await db.commit()
            return {"QURULTAY_FORUM_ID": str(forum.id), "QURULTAY_SESSION_ID": str(session.id)}
    finally:
        await engine.dispose()


@pytest.fixture
def journey_script(journey_build: Path) -> Path:
    return journey_build / "tests" / "contract" / "mobile_journey.mjs"


@pytest.fixture
def served(server_url: str, template_url: str, tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    with scratch_database(server_url, "mobile") as url:
        ids = asyncio.run(_arrange(url))
        with running_server(url, tmp_path / "serve.log") as base:
            yield base, ids


def test_the_mobile_journey_signs_up_registers_fetches_the_ticket_and_cancels(
    journey_script: Path, served: tuple[str, dict[str, str]]
) -> None:
    base, ids = served
    node = shutil.which("node")
    assert node is not None
    result = subprocess.run(
        [node, str(journey_script)],
        env=os.environ | ids | {"QURULTAY_BASE_URL": base},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["status"] == "cancelled"
