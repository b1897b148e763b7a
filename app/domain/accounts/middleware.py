"""Authentication: turns the request's credentials into a Principal at `scope["user"]`.

`Authorization: Bearer <access token>` for people, `X-API-Key: <key>` for partner organizations, nothing for
anonymous readers. Credentials are read from headers only, never from the query string (URLs end up in logs).
Presented credentials that do not check out answer 401 even on public routes, so a client learns at once
that its token is bad. Whether the Principal may call a route is the guards' business (app/lib/guards.py).
"""

from __future__ import annotations

import datetime
from typing import cast

from litestar.datastructures import Headers
from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Receive, Scope, Send
from sqlalchemy.ext.asyncio import AsyncEngine

from app.config import Settings
from app.db.engine import app_engine
from app.db.read import Reader
from app.domain.accounts.errors import AuthenticationError
from app.domain.accounts.rate_limit import COUNTED_WRITE, WriteLimit, user_write_bucket
from app.domain.accounts.repositories import find_active_api_key, load_user_grants, touch_api_key
from app.lib.errors import BadRequestError
from app.lib.guards import OWN_CREDENTIALS
from app.lib.principal import ANONYMOUS, CallerKind, Principal
from app.lib.security import InvalidTokenError, fingerprint, read_access_token


class AuthenticationMiddleware(ASGIMiddleware):
    scopes = (ScopeType.HTTP,)
    exclude_opt_key = OWN_CREDENTIALS

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.write_limit = WriteLimit(settings)

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        headers = Headers.from_scope(scope)
        authorization = headers.get("authorization")
        api_key = headers.get("x-api-key")
        if authorization is None and api_key is None:
            scope["user"] = ANONYMOUS
        else:
            scope["user"] = await self._authenticate(scope, authorization, api_key)
        await next_app(scope, receive, send)

    async def _authenticate(self, scope: Scope, authorization: str | None, api_key: str | None) -> Principal:
        engine = app_engine(scope["litestar_app"])
        if authorization is not None and api_key is not None:
            raise BadRequestError("send either an Authorization bearer token or an X-API-Key, not both")
        if authorization is not None:
            scheme, _, token = authorization.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise AuthenticationError("Authorization must be 'Bearer <access token>'")
            return await self._user(engine, scope, token.strip())
        return await self._api_key(engine, cast("str", api_key))

    async def _user(self, engine: AsyncEngine, scope: Scope, token: str) -> Principal:
        try:
            user_id = read_access_token(token, secret=self.settings.jwt_secret)
        except InvalidTokenError:
            raise AuthenticationError("the access token is not valid or has expired") from None
        # A person's write is counted by the statement that loads their grants (no round trip of its own); the
        # write limit (WriteRateLimitMiddleware, next) reads the count from the scope.
        window = self.write_limit.window_for(scope)
        bucket = user_write_bucket(user_id)
        count_write = None if window is None else (bucket, window)
        grants = await load_user_grants(Reader(engine), user_id, count_write=count_write)
        if grants is None:
            raise AuthenticationError("the account no longer exists")
        if window is not None:
            scope.setdefault("state", {})[COUNTED_WRITE] = (bucket, window, grants.write_hits)
        return Principal(
            kind=CallerKind.USER,
            user_id=user_id,
            person_id=grants.person_id,
            is_admin=grants.is_admin,
            organizer_of=grants.organizer_of,
            member_of=grants.member_of,
            admin_of=grants.admin_of,
        )

    async def _api_key(self, engine: AsyncEngine, key: str) -> Principal:
        async with engine.begin() as connection:
            found = await find_active_api_key(connection, fingerprint(key.strip()))
            if found is None:
                raise AuthenticationError("the API key is not valid or was revoked")
            key_id, organization_id, scope = found
            await touch_api_key(connection, key_id, datetime.datetime.now(datetime.UTC))
        return Principal(
            kind=CallerKind.API_KEY,
            api_key_id=key_id,
            member_of=frozenset({organization_id}),
            can_write=scope == "read-write",
        )
