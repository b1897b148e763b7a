"""One transaction per request, committed before the answer is made final.

advanced-alchemy's "autocommit" handler commits in `before_send`, when the 2xx status line is already on its
way, and only logs a failed COMMIT at DEBUG: the client was told its write is stored when it is not. Here the
request's `db_session` is a generator dependency instead (`provide_db_session`, on the plugin's session):
Litestar runs the code after its `yield` once the handler has returned and its response is built, but before
anything is sent, and an exception raised there is answered like any other (app/lib/errors.py: 409 or 503).
So a write is acknowledged only after its COMMIT returned. A handler that raises rolls back, unless the error
says `commits_transaction` (a refresh-token reuse answers 401 and must still keep the family's revocation):
then it is committed first, in the same transaction.

The session is closed (rolled back, if nothing committed it) in `before_send`, as the plugin's default does.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from advanced_alchemy.extensions.litestar._utils import delete_aa_scope_state, get_aa_scope_state
from advanced_alchemy.extensions.litestar.plugins.init.config.common import SESSION_TERMINUS_ASGI_EVENTS
from litestar import Request
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.errors import CommitFailedError, describe

if TYPE_CHECKING:
    from litestar.types import Message, Scope

logger = logging.getLogger(__name__)


# The plugin's own `db_session`, before this module makes it the request's transaction as `db_session`.
PLUGIN_SESSION_KEY = "plugin_db_session"


async def _commit(session: AsyncSession, request: Request[Any, Any, Any]) -> None:
    if not session.in_transaction():
        return
    try:
        await session.commit()
    except Exception as error:
        logger.error(  # noqa: TRY400 - one line per failure; the cause is in it, a traceback adds nothing
            "COMMIT failed on %s %s, nothing of it is stored: %s", request.method, request.url.path, describe(error)
        )
        raise CommitFailedError(error) from error


async def provide_db_session(
    plugin_db_session: NamedDependency[AsyncSession], request: Request[Any, Any, Any]
) -> AsyncIterator[AsyncSession]:
    """The request's session (a generator dependency: Litestar runs what follows `yield` before sending)."""
    try:
        yield plugin_db_session
    except Exception as error:
        if getattr(error, "commits_transaction", False):
            await _commit(plugin_db_session, request)
        raise
    await _commit(plugin_db_session, request)


class RequestTransactionConfig(SQLAlchemyAsyncConfig):
    """The plugin's config, closing the request's session in `before_send` without committing it (that is
    `provide_db_session`'s business), and saying so in one log line if closing fails."""

    def __post_init__(self) -> None:
        self.before_send_handler = self._close_session
        super().__post_init__()

    async def _close_session(self, message: Message, scope: Scope) -> None:
        if message["type"] not in SESSION_TERMINUS_ASGI_EVENTS:
            return
        session: Any = get_aa_scope_state(scope, self.session_scope_key)
        if session is None:
            return
        delete_aa_scope_state(scope, self.session_scope_key)
        try:
            await session.close()  # rolls back whatever was not committed
        except Exception as error:  # noqa: BLE001 - the answer is already decided; the pool drops the connection
            logger.warning("closing the request's session failed: %s", describe(error))
