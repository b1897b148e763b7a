"""The request id: one per request, in the X-Request-ID answer header, every problem body and every log line."""

from __future__ import annotations

import re
import uuid

from litestar.types import Scope

HEADER = "X-Request-ID"
STATE_KEY = "qurultay.request_id"
# What a proxy's id may look like before we repeat it in headers and logs: no spaces, quotes or control characters.
ACCEPTED = re.compile(r"[A-Za-z0-9._:+/=@-]{1,128}")


def new_request_id() -> str:
    return str(uuid.uuid4())


def accepted(proposed: str | None) -> str | None:
    """A trusted proxy's id, kept so one id follows the request through the proxy's logs and ours."""
    return proposed if proposed is not None and ACCEPTED.fullmatch(proposed) else None


def request_id_of(scope: Scope) -> str | None:
    state: dict[str, object] = scope.get("state", {})
    value = state.get(STATE_KEY)
    return value if isinstance(value, str) else None
