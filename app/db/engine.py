"""The application's database engine, as the advanced-alchemy plugin keeps it."""

from __future__ import annotations

from typing import cast

from advanced_alchemy.extensions.litestar import SQLAlchemyInitPlugin
from litestar import Litestar
from sqlalchemy.ext.asyncio import AsyncEngine


def app_engine(app: Litestar) -> AsyncEngine:
    """The engine advanced-alchemy's plugin keeps in the app's state. The plugin makes that state key unique per
    process (the first app built in a process gets `db_engine`, the next `db_engine_1`, ...), so the key is read
    from the app's own plugin config, never assumed."""
    config = app.plugins.get(SQLAlchemyInitPlugin).config[0]
    return cast("AsyncEngine", app.state[config.engine_app_state_key])
