"""Reading a database refusal: which named constraint a write broke, so a service can say why in a 409."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError


def constraint_of(error: DBAPIError) -> str | None:
    """The name of the constraint asyncpg reports, or None."""
    cause = error.orig.__cause__ if error.orig is not None else None
    name = getattr(cause, "constraint_name", None)
    return name if isinstance(name, str) else None
