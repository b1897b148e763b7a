"""Every HTTP request, seen once from outside Litestar's routing: who sent it, its id, one log line, its metrics.

It wraps the app's whole ASGI handler (create_app), outside the exception handler that answers what routing and
the middleware raise, so a 404 for an unknown path, a 401 from authentication and a 429 from a rate limit are
logged, counted and carry the request id like any handler's answer.
"""

from __future__ import annotations

import time

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPScope, Message, Receive, Scope, Send

from app.lib import request_ids
from app.lib.logs import request_logger
from app.lib.metrics import UNMATCHED_ROUTE, observe_request
from app.lib.principal import Principal
from app.lib.proxies import TrustedProxies

REQUEST_LOG = request_logger()
_REQUEST_ID_HEADER = request_ids.HEADER.lower().encode()
_FORWARDED_SCHEMES = frozenset({"http", "https"})


class RequestObserver:
    def __init__(self, app: ASGIApp, *, proxies: TrustedProxies) -> None:
        self.app = app
        self.proxies = proxies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = self._believe_proxy(scope) or request_ids.new_request_id()
        scope["state"][request_ids.STATE_KEY] = request_id
        encoded_id = request_id.encode()
        status = 500  # if the app ends without answering, the server answers 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), (_REQUEST_ID_HEADER, encoded_id)]
            await send(message)

        bound = request_ids.CURRENT.set(request_id)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._record(scope, status, time.perf_counter() - started, request_id)
            request_ids.CURRENT.reset(bound)

    def _believe_proxy(self, scope: HTTPScope) -> str | None:
        """When the peer is a trusted proxy: the client it reports and the request id it gave, if any."""
        peer = scope.get("client")
        if not self.proxies.trusts(peer[0] if peer else None):
            return None
        forwarded_for = forwarded_proto = proposed_id = None
        for name, value in scope["headers"]:
            if name == b"x-forwarded-for":
                forwarded_for = value.decode("latin-1")
            elif name == b"x-forwarded-proto":
                forwarded_proto = value.decode("latin-1").strip().lower()
            elif name == _REQUEST_ID_HEADER:
                proposed_id = value.decode("latin-1").strip()
        if forwarded_for and (client := self.proxies.client(forwarded_for)):
            scope["client"] = (client, 0)
        if forwarded_proto in _FORWARDED_SCHEMES:
            scope["scheme"] = forwarded_proto
        return request_ids.accepted(proposed_id)

    @staticmethod
    def _record(scope: HTTPScope, status: int, seconds: float, request_id: str) -> None:
        method = scope["method"]
        route = scope.get("path_template") or UNMATCHED_ROUTE
        observe_request(method, route, status, seconds)
        user = scope.get("user")
        REQUEST_LOG.info(
            "request",
            request_id=request_id,
            method=method,
            route=route,
            status=status,
            duration_ms=round(seconds * 1000, 3),
            # None: the credentials were refused, or the request never reached authentication (no such route).
            principal=user.kind.value if isinstance(user, Principal) else None,
        )
