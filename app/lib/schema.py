"""The base of every wire type: msgspec Structs, snake_case, unknown fields rejected on input."""

from __future__ import annotations

import datetime

import msgspec

from app.lib.inputs import YEARS_RULE, in_years


class Schema(msgspec.Struct, kw_only=True, rename=None):
    """An outbound representation."""


class Input(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """An inbound payload: a field the server does not know is an error, not something silently dropped.

    Every date and time in it must be in the years the spec states (app/lib/inputs.py), whichever alias the
    field was declared with: msgspec has no bounds for dates, and one past them crashes where it is shifted."""

    def __post_init__(self) -> None:
        for name in self.__struct_fields__:
            value = getattr(self, name)
            if isinstance(value, datetime.date) and not in_years(value):
                # msgspec reports a ValueError raised here as a ValidationError at this object's path; the
                # "Field `name`" prefix lets app/lib/errors.py name the field itself.
                raise ValueError(f"Field `{name}` {YEARS_RULE}")
