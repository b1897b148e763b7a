from __future__ import annotations

from typing import Any, cast

from litestar import Request
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import SETTINGS_STATE_KEY, Settings
from app.db.engine import app_engine
from app.domain.accounts.rate_limit import RateLimiter
from app.domain.accounts.repositories import (
    ApiKeyRepository,
    GrantRepository,
    RefreshTokenRepository,
    UserRepository,
)
from app.domain.accounts.services import AccessService, AuthService


def provide_auth_service(db_session: NamedDependency[AsyncSession], request: Request[Any, Any, Any]) -> AuthService:
    settings = cast("Settings", request.app.state[SETTINGS_STATE_KEY])
    limiter = RateLimiter(app_engine(request.app), window_seconds=settings.auth_rate_limit_window_seconds)
    return AuthService(UserRepository(db_session), RefreshTokenRepository(db_session), limiter, settings)


def provide_access_service(db_session: NamedDependency[AsyncSession]) -> AccessService:
    return AccessService(UserRepository(db_session), GrantRepository(db_session), ApiKeyRepository(db_session))
