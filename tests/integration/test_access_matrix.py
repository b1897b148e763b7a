"""Who may call what, read from the app's own route table: a route added tomorrow is checked tomorrow.

Every route is public (`opt={"public": True}`) or guarded, and every operation has a row in EXPECTED saying
what each role gets. Each (operation, role) call is made for real, with a valid body and objects that exist,
so the status says whether the caller may, not whether the request was well formed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from litestar import Litestar
from litestar.handlers import HTTPRouteHandler
from sqlalchemy.ext.asyncio import AsyncSession

from app.asgi import create_app
from app.config import load_settings
from tests.integration.access import Call, collect, contact
from tests.support.accounts import ROLES, UNLIMITED, World, app_client, build_world, settings_with

# Only the route table is read from this app; it never connects to this URL.
ROUTE_APP = create_app(load_settings(), database_url="postgresql+asyncpg://nobody@127.0.0.1:9/none")

# What each role gets from each operation, and what a call sends: one module per domain in access/.
EXPECTED, PREPARE = collect()


@dataclass(frozen=True)
class Operation:
    key: str
    method: str
    path: str
    handler: HTTPRouteHandler


def _generated_options(handler: HTTPRouteHandler) -> bool:
    """Litestar's own OPTIONS handler: it answers only the Allow header, for any caller, and reads nothing."""
    return handler.http_methods == {"OPTIONS"} and handler.operation_id is None


def _operations(app: Litestar) -> list[Operation]:
    """Every HTTP method of every route but the OPTIONS handlers Litestar generates itself."""
    found = []
    for path, handlers in app.route_handler_method_map.items():
        for method, handler in handlers.items():
            if _generated_options(handler):
                continue
            found.append(Operation(handler.operation_id or f"{method} {path}", method, path, handler))
    return sorted(found, key=lambda op: op.key)


OPERATIONS = _operations(ROUTE_APP)


def test_every_route_is_public_or_guarded() -> None:
    unguarded = [
        f"{method} {path}"
        for path, handlers in ROUTE_APP.route_handler_method_map.items()
        for method, handler in handlers.items()
        if handler.opt.get("public") is not True and not handler.resolve_guards() and not _generated_options(handler)
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


async def _nothing(db: AsyncSession, world: World) -> Call:
    return Call()


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
    # Live streams end at once, so their call answers like any other.
    settings = settings_with(**UNLIMITED, live_max_seconds=0.1)
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
                headers=world.headers[role] | call.headers,
            )
            if response.status_code != expected[role]:
                wrong.append(f"{role}: expected {expected[role]}, got {response.status_code} {response.text[:160]}")
            elif response.status_code >= 400 and operation.handler.operation_id:
                assert response.headers["content-type"].startswith("application/problem+json"), role
    assert not wrong, f"{operation.key}:\n" + "\n".join(wrong)


# Contact data: who gets a person's email and phone, from every answer that can carry them (access/contact.py).
CONTACT = contact.parse_contact(contact.CONTACT, ROLES)
_PRIVATE_FIELDS = {"contact", "email", "phone"}


def _carries_contact(node: Any, schemas: dict[str, Any], seen: frozenset[str] = frozenset()) -> bool:
    """The schema (followed through its references) has a `contact`, `email` or `phone` property."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            return name not in seen and _carries_contact(schemas[name], schemas, seen | {name})
        if _PRIVATE_FIELDS & set(node.get("properties", {})):
            return True
        return any(_carries_contact(value, schemas, seen) for value in node.values())
    if isinstance(node, list):
        return any(_carries_contact(value, schemas, seen) for value in node)
    return False


def test_every_answer_that_can_carry_contact_data_is_in_the_contact_matrix() -> None:
    spec = ROUTE_APP.openapi_schema.to_schema()
    carrying = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for code, response in operation.get("responses", {}).items()
        if code.startswith("2") and _carries_contact(response.get("content", {}), spec["components"]["schemas"])
    }
    covered = {contact.operation_of(case) for case in CONTACT}
    assert "list_forum_registrations" in carrying  # the scan sees what it looks for
    assert sorted(carrying - covered - contact.ACCOUNT_EMAILS) == [], "add contact cases for these operations"
    unexpected = covered - carrying - contact.LINKS - contact.STREAMS
    assert sorted(unexpected) == [], "these cases' operations answer no contact data"
    assert set(CONTACT) == set(contact.CASES)


@pytest.mark.parametrize("case", sorted(CONTACT))
async def test_contact_data_reaches_only_whom_it_belongs_to(case: str, database_url: str, db: AsyncSession) -> None:
    [operation] = [op for op in OPERATIONS if op.key == contact.operation_of(case)]
    settings = settings_with(**UNLIMITED, live_max_seconds=0.1)
    world = await build_world(db, settings)
    standard = {"forum": world.forum_x.id, "forum_id": world.forum_x.id, "session_id": world.session_x.id}
    wrong = []
    async with app_client(database_url, settings) as client:
        for role in ROLES:
            prepared = await contact.CASES[case](db, world)
            await db.commit()
            call = prepared.call
            response = await client.request(
                operation.method,
                _url(operation.path, standard | call.params),
                json=call.body,
                headers=world.headers[role] | call.headers,
            )
            carries = prepared.email in response.text or prepared.phone in response.text
            got, expected = (response.status_code, carries), CONTACT[case][role]
            if got != expected:
                wrong.append(f"{role}: expected {expected}, got {got} {response.text[:160]}")
    assert not wrong, f"{case}:\n" + "\n".join(wrong)
