"""Databases of the contract tests' own, copied from the migrated template like every test database
(tests/conftest.py), but living as long as a module's fuzzing or a journey's server needs them."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from contextlib import contextmanager

from tests.support.postgres import TEMPLATE, copy_database, drop_database


@contextmanager
def scratch_database(server_url: str, label: str, template: str = TEMPLATE) -> Iterator[str]:
    """A fresh copy of `template` (the migrated schema); yields its SQLAlchemy URL and drops it afterwards."""
    name = f"qurultay_contract_{label}_{os.getpid()}"
    url = asyncio.run(copy_database(server_url, name, template))
    try:
        yield url
    finally:
        asyncio.run(drop_database(server_url, name))
