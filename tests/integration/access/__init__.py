"""The access matrix, one module per domain: each module here defines `TABLE` (what each role gets from each
of its operations) and may define `PREPARE` (what one call of an operation sends). test_access_matrix.py reads
every module of this package, so a domain adds its rows beside its code without touching the others.

A table row is an operation_id (or "METHOD path" for routes without one) and one status per role, in the
order of ROLES: anonymous, attendee, org-admin of A, org-admin of B, organizer of forum X, organizer of forum
Y, platform admin, read-write API key of A, read-only API key of A. Forum paths name X, organization paths A.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.accounts import ROLES, World

HEADER = "#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr"


@dataclass
class Call:
    """What one call sends: path parameters beyond the standard ones, a body, and extra headers."""

    params: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


Prepare = Callable[[AsyncSession, World], Awaitable[Call]]

# Updates are made against any version: the matrix asks who may, not whether they read it first.
ANY_VERSION = {"If-Match": "*"}


def parse_table(table: str) -> dict[str, dict[str, int]]:
    rows: dict[str, dict[str, int]] = {}
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        words = line.split()
        name, codes = " ".join(words[: -len(ROLES)]), words[-len(ROLES) :]
        assert name not in rows, f"{name} is in the table twice"
        rows[name] = dict(zip(ROLES, map(int, codes), strict=True))
    return rows


def collect() -> tuple[dict[str, dict[str, int]], dict[str, Prepare]]:
    """Every module's rows and preparations, refusing an operation that two modules both describe."""
    expected: dict[str, dict[str, int]] = {}
    prepare: dict[str, Prepare] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        rows = parse_table(module.TABLE)
        twice = set(rows) & set(expected)
        assert not twice, f"{info.name} repeats rows of another module: {sorted(twice)}"
        expected |= rows
        prepare |= getattr(module, "PREPARE", {})
    return expected, prepare
