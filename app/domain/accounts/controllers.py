from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from litestar.status_codes import HTTP_200_OK, HTTP_201_CREATED, HTTP_204_NO_CONTENT

from app.domain.accounts.deps import provide_auth_service
from app.domain.accounts.schemas import LoginInput, Me, RefreshInput, SignupInput, TokenPair
from app.domain.accounts.services import AuthService
from app.lib.guards import people_only
from app.lib.openapi import BEARER, problems
from app.lib.principal import Principal


def client_address(request: Request[Any, Any, Any]) -> str:
    # The peer address. Behind a load balancer, run uvicorn with --forwarded-allow-ips so this is the client.
    return request.client.host if request.client else "unknown"


class AuthController(Controller):
    path = "/api/v1/auth"
    tags = ["Accounts"]
    opt = {"public": True}
    dependencies = {"auth": Provide(provide_auth_service, sync_to_thread=False)}

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
    dependencies = {"auth": Provide(provide_auth_service, sync_to_thread=False)}

    @get("/", operation_id="get_me", summary="The caller's account", responses=problems(400, 401, 403))
    async def get_me(self, auth: NamedDependency[AuthService], principal: NamedDependency[Principal]) -> Me:
        return await auth.me(principal)
