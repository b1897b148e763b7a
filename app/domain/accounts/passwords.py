"""New passwords are refused when they are easy to guess: common (`1234567890`), blank (ten spaces), or made
of the account's own details (the email, the name).

The estimate is zxcvbn's (the maintained Python port of Dropbox's estimator): it knows the common-password and
word lists, keyboard patterns, repeats and sequences, and takes the account's details as extra words to look
for. Score 3 means about 10^8 guesses, which Argon2id and the log-in limits put out of an online attacker's
reach; 4 needs 10^10. Length alone (NIST SP 800-63B's floor) is still checked first by the schema.
"""

from __future__ import annotations

import re

import anyio.to_thread
from zxcvbn import zxcvbn

from app.lib.errors import body_error

MIN_PASSWORD_LENGTH = 10
MIN_PASSWORD_SCORE = 3
# zxcvbn's own bound (it refuses longer input: its matching cost grows fast with length). Past it, the first
# 72 characters are what is estimated; a password that is strong there stays strong with more.
ESTIMATED_LENGTH = 72


def _context(email: str, full_name: str) -> list[str]:
    """The account's own details, as zxcvbn's extra dictionary: whole, in parts, and run together (the parts
    alone leave `AigerimBekova1` just over the bar)."""
    local_part = email.rpartition("@")[0]
    parts = [part for part in re.split(r"[@._+\-\s]+", email) if part]
    names = full_name.split()
    words = [email, local_part, *parts, "".join(re.split(r"[._+\-]+", local_part)), full_name, *names, "".join(names)]
    return [word for word in dict.fromkeys(words) if word]


def password_weakness(password: str, *, email: str, full_name: str = "") -> str | None:
    """Why `password` is too easy to guess for this account, or None when it is good enough."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"use at least {MIN_PASSWORD_LENGTH} characters"
    result = zxcvbn(password[:ESTIMATED_LENGTH], user_inputs=_context(email, full_name))
    if result["score"] >= MIN_PASSWORD_SCORE:
        return None
    feedback = result["feedback"]
    hints = [feedback["warning"], *feedback["suggestions"]] if feedback["warning"] else feedback["suggestions"]
    advice = " ".join(hint for hint in hints if hint) or "Add another word or two. Uncommon words are better."
    return f"this password is too easy to guess. {advice}"


async def require_strong_password(password: str, *, email: str, full_name: str = "") -> None:
    """400 naming the `password` field when the password is too easy to guess."""
    # A few milliseconds of CPU per estimate: off the event loop, like the hashing that follows it.
    weakness = await anyio.to_thread.run_sync(lambda: password_weakness(password, email=email, full_name=full_name))
    if weakness is not None:
        raise body_error("password", weakness, f"password: {weakness}")
