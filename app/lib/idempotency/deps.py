from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.lib.idempotency.repository import IdempotencyRepository
from app.lib.idempotency.service import Idempotency
from app.lib.principal import Principal


def provide_idempotency(
    db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal], request: Request[Any, Any, Any]
) -> Idempotency:
    return Idempotency(IdempotencyRepository(db_session), principal, request)
