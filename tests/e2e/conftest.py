"""The real servers' cleanup, shared by the end-to-end tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.serve import Server


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    """The servers a test starts; whatever still runs of each goes afterwards, also after a failure."""
    started: list[Server] = []
    yield started
    for server in started:
        server.kill()
