"""Organizers' writes to forums and rooms, the room read, and the audit trail."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.db.models.enums import ForumStatus
from tests.integration.access import ANY_VERSION, Call, Prepare
from tests.support.accounts import World, grant_organizer
from tests.support.factories import make_forum, make_room

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
create_forum                 401   403   201   403   403   403   201   403   403
update_forum                 401   404   404   404   200   404   200   403   403
delete_forum                 401   404   404   404   204   404   204   403   403
create_room                  401   404   404   404   201   404   201   403   403
get_room                     200   200   200   200   200   200   200   200   200
update_room                  401   404   404   404   200   404   200   403   403
delete_room                  401   404   404   404   204   404   204   403   403
list_audit_events            401   403   403   403   200   200   200   403   403
"""


async def _new_forum(db: AsyncSession, world: World) -> Call:
    body = {
        "slug": f"forum-{new_id().hex[-12:]}",
        "title": {"en": "Forum of Turkic NGOs"},
        "language": "en",
        "timezone": "Asia/Baku",
        "starts_on": "2026-05-01",
        "ends_on": "2026-05-02",
        "organizer_organization_ids": [str(world.org_a.id)],
    }
    return Call(body=body)


async def _forum_change(db: AsyncSession, world: World) -> Call:
    return Call(body={"city": "Shusha"}, headers=ANY_VERSION)


async def _a_draft_forum_organized_by_x(db: AsyncSession, world: World) -> Call:
    forum = await make_forum(db, status=ForumStatus.DRAFT)
    await grant_organizer(db, forum.id, world.users["organizer_x"].id)
    return Call(params={"forum_id": forum.id})


async def _new_room(db: AsyncSession, world: World) -> Call:
    return Call(body={"name": f"Hall {new_id().hex[-8:]}", "capacity": 120})


async def _a_room_of_x(db: AsyncSession, world: World) -> Call:
    room = await make_room(db, world.forum_x)
    return Call(params={"room_id": room.id})


async def _a_room_change(db: AsyncSession, world: World) -> Call:
    room = await make_room(db, world.forum_x)
    return Call(params={"room_id": room.id}, body={"capacity": 80}, headers=ANY_VERSION)


PREPARE: dict[str, Prepare] = {
    "create_forum": _new_forum,
    "update_forum": _forum_change,
    "delete_forum": _a_draft_forum_organized_by_x,
    "create_room": _new_room,
    "get_room": _a_room_of_x,
    "update_room": _a_room_change,
    "delete_room": _a_room_of_x,
}
