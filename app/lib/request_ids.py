"""The request id: one per request, in the X-Request-ID answer header, every problem body and every log line."""

from __future__ import annotations

import re
from contextvars import ContextVar

import uuid_utils
from litestar.types import Scope

HEADER = "X-Request-ID"
STATE_KEY = "qurultay.request_id"
# What a proxy's id may look like before we repeat it in headers and logs: no spaces, quotes or control characters.
ACCEPTED = re.compile(r"[A-Za-z0-9._:+/=@-]{1,128}")
# The id of the request this task serves, for the log lines written meanwhile (app/lib/logs.py).
CURRENT: ContextVar[str | None] = ContextVar("request_id", default=None)


def new_request_id() -> str:
    # UUIDv7: time-ordered, so ids sort like the log; uuid-utils makes one in a tenth of the standard library's time.
    return str(uuid_utils.uuid7())


def accepted(proposed: str | None) -> str | None:
    """A trusted proxy's id, kept so one id follows the request through the proxy's logs and ours."""
    return proposed if proposed is not None and ACCEPTED.fullmatch(proposed) else None


def request_id_of(scope: Scope) -> str | None:
    state: dict[str, object] = scope.get("state", {})
    value = state.get(STATE_KEY)
    return value if isinstance(value, str) else None
