"""Accounts, tokens, organizer grants, organization members and API keys."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.access import Call, Prepare
from tests.support.accounts import (
    PASSWORD,
    World,
    add_member,
    fresh_email,
    grant_organizer,
    make_api_key,
    make_refresh_token,
    make_user,
)

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
sign_up                      201   201   201   201   201   201   201   201   201
log_in                       200   200   200   200   200   200   200   200   200
refresh_tokens               200   200   200   200   200   200   200   200   200
log_out                      204   204   204   204   204   204   204   204   204
get_me                       401   200   200   200   200   200   200   403   403
add_forum_organizer          401   404   404   404   201   404   201   403   403
list_forum_organizers        401   404   404   404   200   404   200   403   403
remove_forum_organizer       401   404   404   404   204   404   204   403   403
add_organization_member      401   404   201   404   404   404   201   403   403
list_organization_members    401   404   200   404   404   404   200   403   403
remove_organization_member   401   404   204   404   404   404   204   403   403
create_api_key               401   404   201   404   404   404   201   403   403
list_api_keys                401   404   200   404   404   404   200   403   403
revoke_api_key               401   404   204   404   404   404   204   403   403
"""


async def _sign_up(db: AsyncSession, world: World) -> Call:
    return Call(body={"email": fresh_email("new"), "password": PASSWORD, "full_name": "New Person"})


async def _log_in(db: AsyncSession, world: World) -> Call:
    return Call(body={"email": world.users["attendee"].email, "password": PASSWORD})


async def _refresh_token(db: AsyncSession, world: World) -> Call:
    return Call(body={"refresh_token": await make_refresh_token(db, world.users["attendee"].id)})


async def _new_account_email(db: AsyncSession, world: World) -> Call:
    return Call(body={"email": (await make_user(db)).email})


async def _new_member_email(db: AsyncSession, world: World) -> Call:
    return Call(body={"email": (await make_user(db)).email, "is_admin": False})


async def _an_organizer_of_x(db: AsyncSession, world: World) -> Call:
    user = await make_user(db)
    await grant_organizer(db, world.forum_x.id, user.id)
    return Call(params={"user_id": user.id})


async def _a_member_of_a(db: AsyncSession, world: World) -> Call:
    user = await make_user(db)
    await add_member(db, world.org_a.id, user.id)
    return Call(params={"user_id": user.id})


async def _an_api_key_of_a(db: AsyncSession, world: World) -> Call:
    key, _ = await make_api_key(db, world.org_a.id)
    return Call(params={"key_id": key.id})


async def _api_key_input(db: AsyncSession, world: World) -> Call:
    return Call(body={"name": "Partner site", "scope": "read"})


# Made afresh for every call, so one role's successful write never changes what the next role meets.
PREPARE: dict[str, Prepare] = {
    "sign_up": _sign_up,
    "log_in": _log_in,
    "refresh_tokens": _refresh_token,
    "log_out": _refresh_token,
    "add_forum_organizer": _new_account_email,
    "remove_forum_organizer": _an_organizer_of_x,
    "add_organization_member": _new_member_email,
    "remove_organization_member": _a_member_of_a,
    "create_api_key": _api_key_input,
    "revoke_api_key": _an_api_key_of_a,
}
