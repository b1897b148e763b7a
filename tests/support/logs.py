"""The app's log as a log shipper reads it: the JSON lines it writes to stderr (app/lib/logs.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest


def stderr_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    """Every JSON line written to stderr since the last call, parsed (so call it once before the requests too)."""
    return [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]


def request_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line for line in lines if line.get("logger") == "qurultay.request"]
