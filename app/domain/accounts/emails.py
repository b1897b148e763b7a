"""Account email addresses: one canonical spelling per mailbox, so look-alikes cannot make a second account.

Compatibility normalization (NFKC) folds full-width letters and other presentation forms into the letters they
stand for; email-validator (no DNS: sign-up must not depend on the network) then checks the syntax, refuses
invisible and unsafe characters (a zero-width space) and a trailing dot, and normalizes the domain (IDNA:
`xn--bcher-kva.de` and `bücher.de` are one domain). The result is lower-cased as before: mail providers treat
local parts case-insensitively in practice, and the column's constraint stores lower case.
"""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email

from app.lib.errors import BadRequestError, body_error


def normalize_email(raw: str, *, field: str = "email") -> str:
    """The canonical form of an address a client sends; 400 naming `field` when it is not a usable address."""
    try:
        checked = validate_email(unicodedata.normalize("NFKC", raw.strip()), check_deliverability=False)
    except EmailNotValidError as error:
        raise body_error(field, str(error), f"{field} is not a valid email address: {error}") from None
    return checked.normalized.lower()


def email_lookup_key(raw: str) -> str:
    """What log-in looks an account up by, and counts attempts against: the canonical form when the address is
    valid, else a folded spelling no account can have (log-in answers 401 for it, like any unknown address,
    rather than telling the caller which addresses could exist)."""
    try:
        return normalize_email(raw)
    except BadRequestError:
        return unicodedata.normalize("NFKC", raw.strip()).lower()
