from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.changes.mine import MyChanges
from app.domain.changes.queries import ChangeQueries
from app.domain.changes.render import Renderer
from app.domain.changes.services import ChangeFeed
from app.domain.registrations.access import Caller
from app.domain.registrations.repositories import RegistrationRepository
from app.lib.principal import Principal


def provide_change_feed(reader: NamedDependency[Reader]) -> ChangeFeed:
    """Reads on the lean Reader: no ORM session, no transaction."""
    return ChangeFeed(ChangeQueries(reader), Renderer(reader))


def provide_my_changes(db_session: NamedDependency[AsyncSession], principal: NamedDependency[Principal]) -> MyChanges:
    caller = Caller(RegistrationRepository(db_session), principal)
    return MyChanges(ChangeQueries(TransactionReader(db_session)), caller)
