"""Retried creates: a POST sent with `Idempotency-Key` runs once per key and caller.

- The first request runs, and its successful answer is saved in the same transaction as what it created, so
  either both exist or neither does.
- A retry (same key, same method, path, query and body) replays that answer, marked `Idempotent-Replayed`.
- The same key with a different request is 422: the client reused a key by mistake.
- A request whose key is in use by one still running is 409 with Retry-After; retried later, it replays.

A failed request saves nothing, so its retry runs again. Keys are kept for 24 hours.

Infrastructure, not a domain: every domain's creates go through `Idempotency.create`, which answers the 201 itself
(Location, ETag) so that a replay is byte for byte the first answer. It knows no domain: the caller passes the
type to replay and how to build the Location.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Annotated, Any, TypeVar

import msgspec
from litestar import Request, Response
from litestar.params import HeaderParameter

from app.db.models import IdempotencyRecord
from app.lib.errors import ConflictError, DomainError
from app.lib.etag import representation_etag
from app.lib.idempotency.repository import IdempotencyRepository
from app.lib.principal import Principal

T = TypeVar("T")

IdempotencyKey = Annotated[
    str | None,
    HeaderParameter(
        name="idempotency-key",
        required=False,
        min_length=1,
        max_length=255,
        description="Any unique string (a UUID, say). A retry with the same key replays the first answer "
        "instead of creating a second object.",
    ),
]

REPLAYED = "Idempotent-Replayed"


class KeyReusedError(DomainError):
    status_code = HTTPStatus.UNPROCESSABLE_ENTITY
    problem_type = "idempotency-key-reused"


def _fingerprint(request: Request[Any, Any, Any], body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (request.method.encode(), request.url.path.encode(), request.scope.get("query_string", b""), body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


class Idempotency:
    def __init__(
        self, repository: IdempotencyRepository, principal: Principal, request: Request[Any, Any, Any]
    ) -> None:
        self.repository = repository
        self.principal = principal
        self.request = request

    async def create(
        self,
        key: str | None,
        make: Callable[[], Awaitable[T]],
        type_: type[T],
        *,
        location: Callable[[T], str],
    ) -> Response[T]:
        """Run `make` once per key, answering 201 Created with the object, its Location and its ETag."""
        owner = self.principal.user_id or self.principal.api_key_id
        if key is None or owner is None:
            return self._created(await make(), location)

        fingerprint = _fingerprint(self.request, await self.request.body())
        if not await self.repository.try_claim(owner, key):
            raise ConflictError(
                "a request with this Idempotency-Key is still being processed; retry it shortly",
                headers={"Retry-After": "1"},
            )
        saved = await self.repository.find(owner, key)
        if saved is not None:
            if saved.request_hash != fingerprint:
                raise KeyReusedError(
                    "this Idempotency-Key was used for a different request; use a new key for a new request"
                )
            replay = msgspec.json.decode(saved.body, type=type_)
            response = self._created(replay, location, status=saved.status_code)
            response.headers[REPLAYED] = "true"
            return response

        result = await make()
        response = self._created(result, location)
        await self.repository.save(
            IdempotencyRecord(
                owner_id=owner,
                key=key,
                method=self.request.method,
                path=self.request.url.path,
                request_hash=fingerprint,
                status_code=response.status_code,
                body=msgspec.json.encode(result),
                location=response.headers.get("Location"),
            )
        )
        return response

    @staticmethod
    def _created(value: T, location: Callable[[T], str], status: int = HTTPStatus.CREATED) -> Response[T]:
        return Response(
            value, status_code=status, headers={"Location": location(value), "ETag": representation_etag(value)}
        )
