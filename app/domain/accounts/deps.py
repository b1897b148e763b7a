from __future__ import annotations

from typing import cast

from litestar.datastructures import State
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.config import Settings
from app.domain.accounts.access import AccessService
from app.domain.accounts.middleware import ENGINE_STATE_KEY
from app.domain.accounts.rate_limit import RateLimiter
from app.domain.accounts.repositories import (
    ApiKeyRepository,
    GrantRepository,
    RefreshTokenRepository,
    UserRepository,
)
from app.domain.accounts.services import AuthService

SETTINGS_STATE_KEY = "settings"


def provide_auth_service(db_session: NamedDependency[AsyncSession], state: State) -> AuthService:
    settings = cast("Settings", state[SETTINGS_STATE_KEY])
    limiter = RateLimiter(
        cast("AsyncEngine", state[ENGINE_STATE_KEY]), window_seconds=settings.auth_rate_limit_window_seconds
    )
    return AuthService(UserRepository(db_session), RefreshTokenRepository(db_session), limiter, settings)


def provide_access_service(db_session: NamedDependency[AsyncSession]) -> AccessService:
    return AccessService(UserRepository(db_session), GrantRepository(db_session), ApiKeyRepository(db_session))
