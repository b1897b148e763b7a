"""The country codes and time zones the API accepts, as enums the spec publishes and msgspec enforces: one list
each, so what a client reads in the spec is exactly what the server takes.

Both come from pinned packages (uv.lock), never from the machine: ISO 3166-1 from pycountry (the migrations load
the `countries` table from the same library, and tests/integration/test_migrations.py checks they agree), IANA
zone names from the `tzdata` package's own list. `zoneinfo.available_timezones()` reads the operating system's
database too, so the spec would differ from one machine to the next.
"""

from __future__ import annotations

import enum
from importlib import resources
from typing import TYPE_CHECKING

import pycountry

COUNTRY_CODES: tuple[str, ...] = tuple(sorted(country.alpha_2 for country in pycountry.countries))
# "Factory" is tzdata's placeholder for a machine whose zone is not set, no place a forum is held in.
TIME_ZONES: tuple[str, ...] = tuple(
    sorted(set(resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()) - {"Factory"})
)

if TYPE_CHECKING:
    # A member is a str (StrEnum): services, the ORM and asyncpg take it as the code itself.
    Country = str
    Zone = str
else:
    # Built from the lists (mypy cannot read an Enum made this way, hence the str above); an Enum rather than a
    # Literal so the spec holds each list once, as a component every field refers to.
    Country = enum.StrEnum("CountryCode", {code: code for code in COUNTRY_CODES})
    Country.__doc__ = "ISO 3166-1 alpha-2 country code, upper case."
    Zone = enum.StrEnum("TimeZone", {name: name for name in TIME_ZONES})
    Zone.__doc__ = "IANA time zone name (the tzdata package's list)."

# The enums' components carry their descriptions; a field's own Meta would be copied onto one of them.
CountryCode = Country
TimeZone = Zone

__all__ = ["COUNTRY_CODES", "TIME_ZONES", "CountryCode", "TimeZone"]
