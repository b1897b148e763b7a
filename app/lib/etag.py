"""ETags on every successful GET, and 304 Not Modified for a matching If-None-Match.

The tag is a hash of the representation's bytes before any content coding, so it changes whenever anything a
client sees changes (including the language picked), and every GET gets it without each handler computing its
own. This middleware runs inside the compression middleware (app/asgi.py), so a gzipped and a plain answer
carry the same tag: a client's If-Match then means the same version whatever encoding it read it in, and the
writers can compute it from the representation alone (representation_etag).
"""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

import msgspec
from litestar import Response
from litestar.datastructures import MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")


def etag_for(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def representation_etag(value: object) -> str:
    """The tag a GET of `value` carries: the same JSON bytes the framework sends (msgspec, no extra hooks)."""
    return etag_for(msgspec.json.encode(value))


def with_etag(value: T) -> Response[T]:
    """A write's answer: the object as it is now, with the ETag its GET carries (the next If-Match)."""
    return Response(value, headers={"ETag": representation_etag(value)})


def _matches(if_none_match: str, etag: str) -> bool:
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag in candidates


class ETagMiddleware(ASGIMiddleware):
    scopes = (ScopeType.HTTP,)
    # Streams (server-sent events) have no one representation to tag, and must not be buffered.
    exclude_opt_key = "streaming"

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        if scope.get("method") not in {"GET", "HEAD"}:
            await next_app(scope, receive, send)
            return

        start: dict[str, Any] | None = None
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if message["status"] != 200:  # noqa: PLR2004 - only a full 200 representation gets a tag
                    await send(message)
                    return
                start = dict(message)
                return
            if start is None:
                await send(message)
                return
            body_part: bytes = message.get("body", b"")  # type: ignore[assignment]
            chunks.append(body_part)
            if message.get("more_body", False):
                return
            headers = MutableScopeHeaders(start)  # type: ignore[arg-type]
            body = b"".join(chunks)
            etag = etag_for(body)
            headers["etag"] = etag
            request_headers = dict(scope["headers"])
            if_none_match = request_headers.get(b"if-none-match")
            if if_none_match is not None and _matches(if_none_match.decode("latin-1"), etag):
                start["status"] = 304
                del headers["content-length"]
                del headers["content-type"]
                await send(start)  # type: ignore[arg-type]
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(start)  # type: ignore[arg-type]
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await next_app(scope, receive, buffer)
