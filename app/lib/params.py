"""Query-parameter rules shared by several domains."""

from __future__ import annotations

import datetime

from app.lib.errors import BadRequestError, FieldError
from app.lib.inputs import END, YEARS_PATTERN, YEARS_RULE, in_years
from app.lib.places import COUNTRY_CODES

# ISO 3166-1 alpha-2, in either case (the services upper-case it).
COUNTRY_CODE_PATTERN = "^[A-Za-z]{2}" + END
# The years a date or time parameter may name, for its QueryParameter's schema_extra.
IN_YEARS = {"pattern": YEARS_PATTERN}


def require_in_years(value: datetime.date | None, name: str) -> None:
    """A date or time query parameter must be in the years the spec states (app/lib/inputs.py): msgspec has no
    bounds for them, and `9999-12-31T23:59:59-23:59` overflowed the calendar on its way to PostgreSQL."""
    if value is not None and not in_years(value):
        raise BadRequestError(
            f"{name} {YEARS_RULE}", errors=[FieldError(source="query", field=name, message=YEARS_RULE)]
        )


def country_code(value: str | None, name: str = "country") -> str | None:
    """A country query parameter (two letters, either case: the pattern's) as its upper-case ISO code; a code
    of no country (`XX`) is a 400 naming the parameter, not a filter that silently matches nothing."""
    if value is None:
        return None
    code = value.upper()
    if code not in COUNTRY_CODES:
        raise BadRequestError(
            f"{name} {value!r} is no ISO 3166-1 alpha-2 country code",
            errors=[FieldError(source="query", field=name, message="is no ISO 3166-1 alpha-2 country code")],
        )
    return code
