"""The benchmark is not run by the test suite (it needs wrk and ten minutes), but it reaches into the app's
statements by name: a rename in app/ broke bench/limit_app.py unnoticed once. Importing it catches that."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("module", sorted(f"bench.{path.stem}" for path in BENCH.glob("*.py")))
def test_the_benchmark_still_imports_what_it_uses_from_the_app(module: str) -> None:
    importlib.import_module(module)
