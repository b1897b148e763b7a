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

from app.config import PROJECT_ROOT
from tests.support.factories import make_forum, make_session
from tests.support.registrations import upcoming

from .databases import scratch_database
from .server import running_server

HERE = Path(__file__).parent
NODE_MODULES = PROJECT_ROOT / "openapi" / "typescript" / "node_modules"


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
def journey_script(tmp_path: Path) -> Path:
    """mobile_journey.mts and the client compiled to JavaScript in a folder where Node finds the npm packages."""
    assert shutil.which("node"), "the TypeScript journey needs Node.js 20"
    assert NODE_MODULES.exists(), "openapi/typescript/node_modules is missing: `make node-deps` runs npm ci"
    build = tmp_path / "build"
    result = subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "-p", str(HERE / "tsconfig.json"), "--outDir", str(build)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (build / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    (build / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return build / "tests" / "contract" / "mobile_journey.mjs"


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
