"""Cursor (keyset) pagination: a page is `items` plus an opaque `next` cursor, repeated in a `Link` header.

A cursor is the sort key of the last row served, tagged with the list it belongs to, as base64url JSON. It
is opaque to clients; a cursor that does not decode to the list's own key type answers 400.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

import msgspec
from litestar import Request
from litestar.params import QueryParameter

from app.lib.errors import BadRequestError, FieldError
from app.lib.inputs import END

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

Limit = Annotated[int, QueryParameter(name="limit", ge=1, le=MAX_LIMIT, description=f"Page size, 1 to {MAX_LIMIT}.")]
CursorParam = Annotated[
    str | None,
    # The pattern is base64url without padding (encode_cursor): documented so a client or fuzzer sees the rule.
    QueryParameter(
        name="cursor",
        max_length=512,
        pattern=r"^[A-Za-z0-9_-]+" + END,
        description="The `next` cursor of the previous page.",
    ),
]

K = TypeVar("K")

# Cursor keys are bound into SQL as the type of the column they resume after. A forged cursor holding a value that
# type cannot hold would fail inside PostgreSQL, a 500; keys typed with the column's range make it a 400 instead.
Int4 = Annotated[int, msgspec.Meta(ge=-(2**31), le=2**31 - 1)]
REAL_MAX = 3.4028234663852886e38
Real = Annotated[float, msgspec.Meta(ge=-REAL_MAX, le=REAL_MAX)]


def encode_cursor(kind: str, key: tuple[Any, ...]) -> str:
    raw = msgspec.json.encode([kind, *key])
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(kind: str, token: str, key_type: type[K]) -> K:
    """Decode `token` into the list's key tuple type, or answer 400 saying the cursor is not valid here."""
    invalid = BadRequestError(
        "cursor is not a cursor of this list; pass the `next` value of the previous page unchanged",
        errors=[FieldError(source="query", field="cursor", message="is not valid for this list")],
    )
    try:
        tagged = msgspec.json.decode(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        if isinstance(tagged, list) and tagged and tagged[0] == kind:
            return msgspec.convert(tagged[1:], key_type)
    except (ValueError, binascii.Error, msgspec.ValidationError, msgspec.DecodeError):
        pass
    raise invalid


T = TypeVar("T")


def split_page(rows: list[T], limit: int, kind: str, key: Callable[[T], tuple[Any, ...]]) -> tuple[list[T], str | None]:
    """Repositories fetch `limit + 1` rows: the extra one only says whether a next page exists. Answer the
    page and the cursor after its last row (None on the last page)."""
    items = rows[:limit]
    return items, encode_cursor(kind, key(items[-1])) if len(rows) > limit else None


def next_link(request: Request[Any, Any, Any], cursor: str | None) -> dict[str, str]:
    """The RFC 8288 `Link` header for the next page, or no header on the last page."""
    if cursor is None:
        return {}
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    params.append(("cursor", cursor))
    return {"Link": f'<{request.url.path}?{urlencode(params)}>; rel="next"'}
