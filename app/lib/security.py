"""Credentials: Argon2id password hashes, short-lived JWT access tokens, random opaque secrets."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from uuid import UUID

import anyio.to_thread
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ISSUER = "qurultay"
AUDIENCE = "qurultay-api"
# Only HS256 is accepted: a token naming another algorithm ("none" included) fails verification.
ALGORITHM = "HS256"

# argon2-cffi's defaults are the RFC 9106 low-memory profile of Argon2id.
_hasher = PasswordHasher()


class InvalidTokenError(Exception):
    pass


async def hash_password(password: str) -> str:
    # Argon2 is deliberately slow (tens of ms of CPU): keep it off the event loop.
    return await anyio.to_thread.run_sync(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    def verify() -> bool:
        try:
            return _hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await anyio.to_thread.run_sync(verify)


# A real hash to verify against when the account does not exist, so a login for an unknown email costs the same
# time as a wrong password and does not reveal which emails have accounts.
DUMMY_PASSWORD_HASH = _hasher.hash(secrets.token_urlsafe(16))


def issue_access_token(user_id: UUID, *, secret: str, ttl_seconds: int) -> str:
    now = datetime.datetime.now(datetime.UTC)
    claims = {
        "sub": str(user_id),
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now,
        "nbf": now,
        "exp": now + datetime.timedelta(seconds=ttl_seconds),
        "jti": secrets.token_hex(8),
        "typ": "access",
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_access_token(token: str, *, secret: str) -> UUID:
    """The user id of a valid access token; anything else (bad signature, wrong issuer or audience, expired,
    another algorithm, not an access token) raises InvalidTokenError."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "iss", "aud", "sub"]},
        )
        if claims.get("typ") != "access":
            raise InvalidTokenError("not an access token")
        return UUID(claims["sub"])
    except (jwt.PyJWTError, ValueError, TypeError) as error:
        raise InvalidTokenError(str(error)) from None


def new_secret(prefix: str) -> str:
    """An opaque credential: a readable prefix and 256 bits of randomness."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def fingerprint(secret: str) -> str:
    """What we store instead of a high-entropy secret: its SHA-256 (a slow hash adds nothing at 256 bits)."""
    return hashlib.sha256(secret.encode()).hexdigest()
