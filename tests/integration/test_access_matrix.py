"""Who may call what, read from the app's own route table: a route added tomorrow is checked tomorrow.

Every route is public (`opt={"public": True}`) or guarded, and every operation has a row in EXPECTED saying
what each role gets. Each (operation, role) call is made for real, with a valid body and objects that exist,
so the status says whether the caller may, not whether the request was well formed.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from litestar import Litestar
from litestar.handlers import HTTPRouteHandler
from sqlalchemy.ext.asyncio import AsyncSession

from app.asgi import create_app
from app.config import load_settings
from tests.integration.accounts_helpers import (
    PASSWORD,
    ROLES,
    UNLIMITED,
    World,
    add_member,
    app_client,
    build_world,
    fresh_email,
    grant_organizer,
    make_api_key,
    make_refresh_token,
    make_user,
    settings_with,
)

# Only the route table is read from this app; it never connects to this URL.
ROUTE_APP = create_app(load_settings(), database_url="postgresql+asyncpg://nobody@127.0.0.1:9/none")

# What each role gets, one row per operation (routes without an operation_id, the API docs, by "METHOD path").
# Roles: anonymous, attendee, org-admin of A, org-admin of B, organizer of forum X, organizer of forum Y,
# platform admin, read-write API key of A, read-only API key of A. Forum paths name X, organization paths name A.
_TABLE = """
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
list_forums                  200   200   200   200   200   200   200   200   200
get_forum                    200   200   200   200   200   200   200   200   200
list_forum_sessions          200   200   200   200   200   200   200   200   200
get_session                  200   200   200   200   200   200   200   200   200
list_session_statements      200   200   200   200   200   200   200   200   200
search_statements            200   200   200   200   200   200   200   200   200
get_person                   200   200   200   200   200   200   200   200   200
list_person_statements       200   200   200   200   200   200   200   200   200
list_organizations           200   200   200   200   200   200   200   200   200
get_organization             200   200   200   200   200   200   200   200   200
check_liveness               200   200   200   200   200   200   200   200   200
check_readiness              200   200   200   200   200   200   200   200   200
GET /api/docs                200   200   200   200   200   200   200   200   200
GET /api/docs/scalar         200   200   200   200   200   200   200   200   200
GET /api/docs/openapi.json   200   200   200   200   200   200   200   200   200
GET /api/docs/{path:str}     404   404   404   404   404   404   404   404   404
"""


def _parse(table: str) -> dict[str, dict[str, int]]:
    rows: dict[str, dict[str, int]] = {}
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        words = line.split()
        name, codes = " ".join(words[: -len(ROLES)]), words[-len(ROLES) :]
        assert name not in rows, f"{name} is in the table twice"
        rows[name] = dict(zip(ROLES, map(int, codes), strict=True))
    return rows


EXPECTED = _parse(_TABLE)


@dataclass(frozen=True)
class Operation:
    key: str
    method: str
    path: str
    handler: HTTPRouteHandler


def _operations(app: Litestar) -> list[Operation]:
    """Every HTTP method of every route but the OPTIONS handlers Litestar generates itself."""
    found = []
    for path, handlers in app.route_handler_method_map.items():
        for method, handler in handlers.items():
            if method == "OPTIONS" and handler.operation_id is None:
                continue
            found.append(Operation(handler.operation_id or f"{method} {path}", method, path, handler))
    return sorted(found, key=lambda op: op.key)


OPERATIONS = _operations(ROUTE_APP)


def test_every_route_is_public_or_guarded() -> None:
    unguarded = [
        f"{method} {path}"
        for path, handlers in ROUTE_APP.route_handler_method_map.items()
        for method, handler in handlers.items()
        if handler.opt.get("public") is not True and not handler.resolve_guards()
    ]
    assert not unguarded, f"routes with neither opt={{'public': True}} nor a guard: {unguarded}"


def test_the_spec_requires_credentials_exactly_on_guarded_operations() -> None:
    guarded = {op.key for op in OPERATIONS if op.handler.resolve_guards()}
    spec = ROUTE_APP.openapi_schema.to_schema()
    declared = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("security")
    }
    assert declared == guarded


def test_every_operation_has_a_row_and_every_row_an_operation() -> None:
    keys = [op.key for op in OPERATIONS]
    assert len(keys) == len(set(keys)), "two operations share an operation_id"
    assert sorted(set(keys) - set(EXPECTED)) == [], "add these operations to EXPECTED"
    assert sorted(set(EXPECTED) - set(keys)) == [], "these rows name no operation any more"


# What one call sends: path parameters beyond the standard ones, and a body.
@dataclass
class Call:
    params: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None


Prepare = Callable[[AsyncSession, World], Awaitable[Call]]


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


async def _nothing(db: AsyncSession, world: World) -> Call:
    return Call()


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

_PARAM = re.compile(r"\{(\w+)(?::\w+)?\}")


def _url(path: str, params: dict[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        assert name in params, f"no value for path parameter {name!r} of {path}: add one to the matrix"
        return str(params[name])

    return _PARAM.sub(value, path)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.key)
async def test_each_role_gets_the_expected_status(operation: Operation, database_url: str, db: AsyncSession) -> None:
    expected = EXPECTED.get(operation.key)
    assert expected is not None, f"{operation.key} ({operation.method} {operation.path}) needs a row in EXPECTED"
    settings = settings_with(**UNLIMITED)
    world = await build_world(db, settings)
    standard = {
        "forum": world.forum_x.id,
        "forum_id": world.forum_x.id,
        "session_id": world.session_x.id,
        "person_id": world.speaker.id,
        "organization_id": world.org_a.id,
        "path": "no-such-page",
    }
    prepare = PREPARE.get(operation.key, _nothing)
    wrong = []
    async with app_client(database_url, settings) as client:
        for role in ROLES:
            call = await prepare(db, world)
            await db.commit()
            response = await client.request(
                operation.method,
                _url(operation.path, standard | call.params),
                json=call.body,
                headers=world.headers[role],
            )
            if response.status_code != expected[role]:
                wrong.append(f"{role}: expected {expected[role]}, got {response.status_code} {response.text[:160]}")
            elif response.status_code >= 400 and operation.handler.operation_id:
                assert response.headers["content-type"].startswith("application/problem+json"), role
    assert not wrong, f"{operation.key}:\n" + "\n".join(wrong)
