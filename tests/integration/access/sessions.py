"""Organizers' writes to a forum's sessions."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.access import ANY_VERSION, Call, Prepare
from tests.support.accounts import World
from tests.support.factories import make_session

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
create_session               401   404   404   404   201   404   201   403   403
update_session               401   404   404   404   200   404   200   403   403
delete_session               401   404   404   404   204   404   204   403   403
"""


async def _new_session(db: AsyncSession, world: World) -> Call:
    body = {"kind": "panel", "title": {"en": "Youth and volunteering"}, "language": "en", "day": "2026-05-02"}
    return Call(body=body)


async def _a_session_change(db: AsyncSession, world: World) -> Call:
    return Call(body={"capacity": 50}, headers=ANY_VERSION)


async def _a_session_of_x(db: AsyncSession, world: World) -> Call:
    session = await make_session(db, world.forum_x)
    return Call(params={"session_id": session.id})


PREPARE: dict[str, Prepare] = {
    "create_session": _new_session,
    "update_session": _a_session_change,
    "delete_session": _a_session_of_x,
}
