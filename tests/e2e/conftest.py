"""The real servers' cleanup, shared by the end-to-end tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.serve import Server, private_data_dir


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    """The servers a test starts; whatever still runs of each goes afterwards, also after a failure."""
    started: list[Server] = []
    yield started
    for server in started:
        server.kill()


@pytest.fixture
def data_dir() -> Iterator[Path]:
    path = private_data_dir("qurultay-e2e-")
    yield path
    shutil.rmtree(path.parent, ignore_errors=True)
