"""Every account and access operation: sign-up, log-in, token refresh and log-out, the caller's account; who
organizes a forum, who belongs to an organization, and its API keys."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from litestar import Controller, Request, delete, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED, HTTP_204_NO_CONTENT

from app.domain.accounts.deps import provide_access_service, provide_auth_service
from app.domain.accounts.schemas import (
    ApiKeyCreated,
    ApiKeyInput,
    ApiKeyList,
    LoginInput,
    Me,
    Member,
    MemberInput,
    MemberList,
    Organizer,
    OrganizerInput,
    OrganizerList,
    RefreshInput,
    SignupInput,
    TokenPair,
)
from app.domain.accounts.services import AccessService, AuthService
from app.lib.guards import forum_organizer, organization_admin, people_only
from app.lib.openapi import BEARER, problems
from app.lib.principal import Principal

AUTH = {"auth": Provide(provide_auth_service, sync_to_thread=False)}
ACCESS = {"access": Provide(provide_access_service, sync_to_thread=False)}


def client_address(request: Request[Any, Any, Any]) -> str:
    # The peer address; behind a load balancer named in QURULTAY_TRUSTED_PROXIES, the client it reports
    # (app/lib/observe.py).
    return request.client.host if request.client else "unknown"


class AuthController(Controller):
    path = "/api/v1/auth"
    tags = ["Accounts"]
    opt = {"public": True}
    dependencies = AUTH

    @post(
        "/signup",
        operation_id="sign_up",
        summary="Create an account",
        description="Creates an attendee account and logs it in. Rate-limited per client and per email.",
        status_code=HTTP_201_CREATED,
        responses=problems(400, 409, 429),
    )
    async def sign_up(
        self, request: Request[Any, Any, Any], auth: NamedDependency[AuthService], data: JSONBody[SignupInput]
    ) -> TokenPair:
        return await auth.signup(data, client=client_address(request))

    @post(
        "/login",
        operation_id="log_in",
        summary="Log in",
        description="Exchanges email and password for an access token and a refresh token.",
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 429),
    )
    async def log_in(
        self, request: Request[Any, Any, Any], auth: NamedDependency[AuthService], data: JSONBody[LoginInput]
    ) -> TokenPair:
        return await auth.login(data, client=client_address(request))

    @post(
        "/refresh",
        operation_id="refresh_tokens",
        summary="Refresh the tokens",
        description=(
            "Exchanges a refresh token for a new pair. Each refresh token is rotated once: refreshes of one token "
            "within the grace window (QURULTAY_REFRESH_GRACE, 30 s) all answer the same new refresh token; "
            "presenting it later revokes every token descended from the same log-in."
        ),
        status_code=HTTP_200_OK,
        responses=problems(400, 401, 429),
    )
    async def refresh_tokens(
        self, request: Request[Any, Any, Any], auth: NamedDependency[AuthService], data: JSONBody[RefreshInput]
    ) -> TokenPair:
        return await auth.refresh(data.refresh_token, client=client_address(request))

    @post(
        "/logout",
        operation_id="log_out",
        summary="Log out",
        description="Revokes the refresh token and every token of its log-in. Unknown tokens are ignored.",
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400),
    )
    async def log_out(self, auth: NamedDependency[AuthService], data: JSONBody[RefreshInput]) -> None:
        await auth.logout(data.refresh_token)


class MeController(Controller):
    path = "/api/v1/me"
    tags = ["Accounts"]
    guards = [people_only]
    security = [{BEARER: []}]
    dependencies = AUTH

    @get("/", operation_id="get_me", summary="The caller's account", responses=problems(400, 401, 403))
    async def get_me(self, auth: NamedDependency[AuthService], principal: NamedDependency[Principal]) -> Me:
        return await auth.me(principal)


class ForumOrganizerController(Controller):
    path = "/api/v1/forums/{forum_id:uuid}/organizers"
    tags = ["Access"]
    guards = [forum_organizer]
    security = [{BEARER: []}]
    dependencies = ACCESS

    @post(
        "/",
        operation_id="add_forum_organizer",
        summary="Make a user an organizer of the forum",
        status_code=HTTP_201_CREATED,
        responses=problems(400, 401, 403, 404, 422),
    )
    async def add_forum_organizer(
        self,
        access: NamedDependency[AccessService],
        principal: NamedDependency[Principal],
        forum_id: FromPath[UUID],
        data: JSONBody[OrganizerInput],
    ) -> Organizer:
        return await access.add_organizer(forum_id, data, by=principal)

    @get(
        "/",
        operation_id="list_forum_organizers",
        summary="The forum's organizers",
        responses=problems(400, 401, 403, 404),
    )
    async def list_forum_organizers(
        self, access: NamedDependency[AccessService], forum_id: FromPath[UUID]
    ) -> OrganizerList:
        return await access.list_organizers(forum_id)

    @delete(
        "/{user_id:uuid}",
        operation_id="remove_forum_organizer",
        summary="Revoke a user's organizer rights on the forum",
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404),
    )
    async def remove_forum_organizer(
        self, access: NamedDependency[AccessService], forum_id: FromPath[UUID], user_id: FromPath[UUID]
    ) -> None:
        await access.remove_organizer(forum_id, user_id)


class OrganizationAccessController(Controller):
    path = "/api/v1/organizations/{organization_id:uuid}"
    tags = ["Access"]
    guards = [organization_admin]
    security = [{BEARER: []}]
    dependencies = ACCESS

    @post(
        "/members",
        operation_id="add_organization_member",
        summary="Add a user to the organization (or change their admin flag)",
        status_code=HTTP_201_CREATED,
        responses=problems(400, 401, 403, 404, 422),
    )
    async def add_organization_member(
        self, access: NamedDependency[AccessService], organization_id: FromPath[UUID], data: JSONBody[MemberInput]
    ) -> Member:
        return await access.add_member(organization_id, data)

    @get(
        "/members",
        operation_id="list_organization_members",
        summary="The organization's members",
        responses=problems(400, 401, 403, 404),
    )
    async def list_organization_members(
        self, access: NamedDependency[AccessService], organization_id: FromPath[UUID]
    ) -> MemberList:
        return await access.list_members(organization_id)

    @delete(
        "/members/{user_id:uuid}",
        operation_id="remove_organization_member",
        summary="Remove a user from the organization",
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404),
    )
    async def remove_organization_member(
        self, access: NamedDependency[AccessService], organization_id: FromPath[UUID], user_id: FromPath[UUID]
    ) -> None:
        await access.remove_member(organization_id, user_id)

    @post(
        "/api-keys",
        operation_id="create_api_key",
        summary="Create an API key for the organization",
        description="The key is in the answer once and never again; only its hash is stored.",
        status_code=HTTP_201_CREATED,
        responses=problems(400, 401, 403, 404),
    )
    async def create_api_key(
        self,
        access: NamedDependency[AccessService],
        principal: NamedDependency[Principal],
        organization_id: FromPath[UUID],
        data: JSONBody[ApiKeyInput],
    ) -> ApiKeyCreated:
        return await access.create_api_key(organization_id, data, by=principal)

    @get(
        "/api-keys",
        operation_id="list_api_keys",
        summary="The organization's API keys",
        responses=problems(400, 401, 403, 404),
    )
    async def list_api_keys(
        self, access: NamedDependency[AccessService], organization_id: FromPath[UUID]
    ) -> ApiKeyList:
        return await access.list_api_keys(organization_id)

    @delete(
        "/api-keys/{key_id:uuid}",
        operation_id="revoke_api_key",
        summary="Revoke an API key",
        status_code=HTTP_204_NO_CONTENT,
        responses=problems(400, 401, 403, 404),
    )
    async def revoke_api_key(
        self, access: NamedDependency[AccessService], organization_id: FromPath[UUID], key_id: FromPath[UUID]
    ) -> None:
        await access.revoke_api_key(organization_id, key_id)
