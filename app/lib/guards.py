"""Route guards: who may call a route is declared on the route, in one place, and decided here.

An object the caller may not see answers 404, not 403, so ids cannot be probed. 403 is kept for callers who
can see the object but whose credential cannot do this (a read-only API key writing, an API key on a route
for people).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler

from app.lib.errors import DomainError, ForbiddenError, NotFoundError
from app.lib.principal import ANONYMOUS, CallerKind, Principal

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# A route's `opt` key for routes that check credentials of their own (/metrics): the authentication middleware
# leaves them alone.
OWN_CREDENTIALS = "own_credentials"

# The guards are coroutines although they never await anything but each other: Litestar runs a plain-function
# guard in a worker thread (a thread hop, and a GIL handover, on every guarded request), a coroutine inline.


class NotAuthenticatedError(DomainError):
    status_code = 401
    problem_type = "unauthenticated"

    def __init__(self) -> None:
        super().__init__(
            "this operation needs credentials: a Bearer access token or an X-API-Key",
            headers={"WWW-Authenticate": 'Bearer realm="qurultay"'},
        )


def principal_of(connection: ASGIConnection[Any, Any, Any, Any]) -> Principal:
    user = connection.scope.get("user")
    return user if isinstance(user, Principal) else ANONYMOUS


async def authenticated(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    principal = principal_of(connection)
    if not principal.is_authenticated:
        raise NotAuthenticatedError
    method = connection.scope.get("method", "GET")
    if method not in SAFE_METHODS and not principal.can_write:
        raise ForbiddenError("this API key is read-only")


async def people_only(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
    await authenticated(connection, handler)
    if principal_of(connection).kind is not CallerKind.USER:
        raise ForbiddenError("this operation needs a person's access token, not an API key")


def _path_uuid(connection: ASGIConnection[Any, Any, Any, Any], name: str) -> UUID:
    value = connection.path_params[name]
    return value if isinstance(value, UUID) else UUID(str(value))


async def forum_organizer(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
    """The caller organizes the forum named by the `forum_id` path parameter (or is a platform admin)."""
    await people_only(connection, handler)
    forum_id = _path_uuid(connection, "forum_id")
    if not principal_of(connection).organizes(forum_id):
        raise NotFoundError(f"no forum {forum_id} that you organize")


async def any_organizer(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
    """The caller organizes some forum (what they then see is limited to those forums), or is a platform admin."""
    await people_only(connection, handler)
    principal = principal_of(connection)
    if not principal.is_admin and not principal.organizer_of:
        raise ForbiddenError("only a forum's organizers and platform admins may do this")


async def organization_admin(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
    """The caller administers the organization named by `organization_id` (or is a platform admin).

    A caller who does not act for the organization gets 404 before anything else, another organization's API
    key included; only the organization's own API keys learn (403) that keys cannot manage it."""
    principal = principal_of(connection)
    if not principal.is_authenticated:
        raise NotAuthenticatedError
    organization_id = _path_uuid(connection, "organization_id")
    if not principal.acts_for(organization_id):
        raise NotFoundError(f"no organization {organization_id} that you administer")
    await people_only(connection, handler)
    if not principal.administers_organization(organization_id):
        raise NotFoundError(f"no organization {organization_id} that you administer")


def provide_principal(request: Request[Any, Any, Any]) -> Principal:
    return principal_of(request)
