"""Query-parameter rules shared by several domains."""

from __future__ import annotations

from app.lib.inputs import END

# ISO 3166-1 alpha-2, in either case (the services upper-case it).
COUNTRY_CODE_PATTERN = "^[A-Za-z]{2}" + END
