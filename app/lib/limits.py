"""Bounds on what one client may make the server hold: a request's headers, its body, and the time it takes
to send them (issue 13: ten unfinished 50 MB headers raised a worker from 140 to 398 MB, and a request left
unfinished was never timed out).

- Headers, in the HTTP protocol (`LimitedHttpToolsProtocol`, which `qurultay serve` gives uvicorn): uvicorn's
  httptools parser buffers a header of any size until it ends, and has no deadline for headers to arrive; its
  `timeout_keep_alive` only covers the idle time between requests, and `h11_max_incomplete_event_size` applies
  to the (slower) h11 parser alone. Past `max_header_bytes` before the headers end: 431; headers not complete
  within `request_timeout_seconds` of the request's first byte (or of the connection, if nothing came): 408.
  Both are problem+json written by the protocol itself, since no application has the request yet, and close
  the connection.
- The body's size: Litestar's `request_max_body_size` (413, rendered by app/lib/errors.py).
- The body's time: `ReceiveDeadlineMiddleware` gives the body `request_timeout_seconds` from the moment the
  application gets the request; past it, 408 problem+json from the application, with `Connection: close`.
"""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import msgspec
from litestar.enums import ScopeType
from litestar.exceptions import HTTPException
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.config import get_settings
from app.lib.errors import PROBLEM_JSON, Problem, problem_type_uri

if TYPE_CHECKING:
    from litestar.types import ASGIApp, Receive, ReceiveMessage, Scope, Send
    from uvicorn.config import Config
    from uvicorn.server import ServerState


logger = logging.getLogger(__name__)


def raw_problem(status: HTTPStatus, detail: str) -> bytes:
    """A whole HTTP/1.1 response carrying a problem, for the protocol to write before any application runs."""
    body = msgspec.json.encode(
        Problem(type=problem_type_uri(status.phrase.lower().replace(" ", "-")), title=status.phrase,
                status=status, detail=detail)
    )  # fmt: skip
    head = (
        f"HTTP/1.1 {status.value} {status.phrase}\r\ncontent-type: {PROBLEM_JSON}\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a size limit and a deadline on each request's headers."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        settings = get_settings()
        self.max_header_bytes = settings.max_header_bytes
        self.request_timeout = settings.request_timeout_seconds
        self.awaiting_headers = True  # from a connection's start, or a request's first byte, to its headers' end
        self.header_bytes = 0  # received while the headers were incomplete
        self.exact_header_bytes = 0  # of the request line and headers, as parsed
        self.header_deadline: asyncio.TimerHandle | None = None
        self.refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()  # a connection that never sends a byte is held no longer than a slow one

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.refused:
            return
        super().data_received(data)
        if self.awaiting_headers and not self.refused:
            # The parser holds an unfinished header whole, whatever its size: count what arrives before the
            # headers end. A chunk that completes them is counted exactly instead (on_header), and one that
            # starts the next request counts whole here, which errs by at most one read.
            self.header_bytes += len(data)
            if self.header_bytes > self.max_header_bytes:
                self._refuse_headers_too_large()

    # The parser's callbacks: once a request is refused, nothing more of the connection reaches the app.
    def on_message_begin(self) -> None:
        if self.refused:
            return
        super().on_message_begin()
        self.awaiting_headers = True
        self.header_bytes = 0
        self.exact_header_bytes = 0
        if self.header_deadline is None:
            self._arm()

    def on_url(self, url: bytes) -> None:
        self.exact_header_bytes += len(url)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self.exact_header_bytes += len(name) + len(value) + 4  # ": " and CRLF
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self.refused:
            return
        self.awaiting_headers = False
        self._disarm()
        if self.exact_header_bytes > self.max_header_bytes:
            self._refuse_headers_too_large()
            return
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not self.refused:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self.refused:
            super().on_message_complete()

    def _arm(self) -> None:
        self._disarm()
        self.header_deadline = self.loop.call_later(self.request_timeout, self._headers_timed_out)

    def _disarm(self) -> None:
        if self.header_deadline is not None:
            self.header_deadline.cancel()
            self.header_deadline = None

    def _headers_timed_out(self) -> None:
        self.header_deadline = None
        if self.awaiting_headers:
            self._refuse(
                HTTPStatus.REQUEST_TIMEOUT, f"the request's headers did not arrive within {self.request_timeout} s"
            )

    def _refuse_headers_too_large(self) -> None:
        self._refuse(
            HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
            f"the request's line and headers exceed {self.max_header_bytes} bytes",
        )

    def _refuse(self, status: HTTPStatus, detail: str) -> None:
        self.refused = True
        self.awaiting_headers = False
        self._disarm()
        if self.transport.is_closing():
            return
        # While an earlier request on this connection is still being answered, its response owns the wire.
        if self.cycle is None or self.cycle.response_complete:
            self.transport.write(raw_problem(status, detail))
        self.transport.close()


class ReceiveDeadlineMiddleware:
    """Pure ASGI: the request's body must arrive within `timeout` seconds of the request reaching the app."""

    def __init__(self, app: ASGIApp, timeout: float) -> None:
        self.app = app
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        body_done = False

        async def bounded_receive() -> ReceiveMessage:
            nonlocal body_done
            if body_done:  # what comes after the body (a disconnect) is not the client's to hurry
                return await receive()
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise HTTPException(
                    status_code=HTTPStatus.REQUEST_TIMEOUT,
                    detail=f"the request's body did not arrive within {self.timeout:g} s",
                    headers={"Connection": "close"},
                ) from None
            if message["type"] == "http.disconnect":
                # Nobody is left to answer; Litestar would call it a 500 ("client disconnected prematurely") and
                # log a traceback per dropped upload. It is the client's doing: one line, and a 4xx for the record.
                logger.info(
                    "client disconnected before its request body arrived: %s %s", scope["method"], scope["path"]
                )
                raise HTTPException(status_code=HTTPStatus.BAD_REQUEST, detail="the client disconnected mid-request")
            body_done = not message.get("more_body", False)
            return message

        await self.app(scope, bounded_receive, send)
