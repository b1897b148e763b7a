"""The base of every wire type: msgspec Structs, snake_case, unknown fields rejected on input."""

from __future__ import annotations

import msgspec


class Schema(msgspec.Struct, kw_only=True, rename=None):
    """An outbound representation."""


class Input(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An inbound payload: a field the server does not know is an error, not something silently dropped."""
