"""The app's log output as a log shipper reads it: JSON lines, rendered by the app's own formatter."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.lib.logs import json_formatter


@contextmanager
def log_lines() -> Iterator[list[dict[str, Any]]]:
    """Every line logged in the block, parsed; the list fills when the block ends. Enter it after the app is built:
    building one configures logging afresh and drops the handlers it finds."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(json_formatter())
    root = logging.getLogger()
    root.addHandler(handler)
    lines: list[dict[str, Any]] = []
    try:
        yield lines
    finally:
        root.removeHandler(handler)
        lines.extend(json.loads(line) for line in buffer.getvalue().splitlines())


def request_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line for line in lines if line.get("logger") == "qurultay.request"]
