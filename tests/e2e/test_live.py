"""Live streams through two real server processes sharing one database: a statement published through one
reaches the clients of both, a client that reconnects with Last-Event-ID misses nothing, heartbeats keep an
idle stream open, and the public never sees a draft."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import StatementStatus
from tests.support.factories import make_statement
from tests.support.postgres import libpq
from tests.support.processes import uvicorn_servers
from tests.support.statements import Stage, build_stage
from tests.support.writers import SETTINGS

log = logging.getLogger(__name__)
STARTUP_SECONDS = 60
# Generous: the machine is shared. The latency seen is printed, and measured properly by `make bench`.
DELIVERY_SECONDS = 10


@contextmanager
def servers(database_url: str, logs: Path) -> Iterator[list[str]]:
    env = os.environ | {
        "DATABASE_URL": libpq(database_url),
        "QURULTAY_DATA_DIR": str(logs),
        "QURULTAY_JWT_SECRET": SETTINGS.jwt_secret,
        "QURULTAY_LIVE_HEARTBEAT": "0.5",
        "QURULTAY_LIVE_MAX_SECONDS": "3600",
    }
    with uvicorn_servers(env, logs, 2, STARTUP_SECONDS) as bases:
        yield bases


@dataclass
class Stream:
    """What one EventSource-like client received: events as (event, id, data) and heartbeat comments."""

    events: asyncio.Queue[tuple[str, str | None, Any]] = field(default_factory=asyncio.Queue)
    heartbeats: int = 0
    status: int = 0
    opened: asyncio.Event = field(default_factory=asyncio.Event)
    beat: asyncio.Event = field(default_factory=asyncio.Event)

    async def next(self) -> tuple[str, str | None, Any]:
        return await asyncio.wait_for(self.events.get(), DELIVERY_SECONDS)


async def _read(http: httpx.AsyncClient, url: str, headers: dict[str, str], stream: Stream) -> None:
    async with http.stream("GET", url, headers=headers | {"Accept": "text/event-stream"}) as response:
        stream.status = response.status_code
        stream.opened.set()
        event, event_id, data = "message", None, []
        async for line in response.aiter_lines():
            if line.startswith(":"):
                stream.heartbeats += 1
                stream.beat.set()
            elif line.startswith("event:"):
                event = line.removeprefix("event:").strip()
            elif line.startswith("id:"):
                event_id = line.removeprefix("id:").strip()
            elif line.startswith("data:"):
                data.append(line.removeprefix("data:").strip())
            elif line == "" and data:
                payload = "\n".join(data)
                if event == "ready" or (event == "message" and not payload):  # the start, and the `retry:` field
                    event, event_id, data = "message", None, []
                    continue
                await stream.events.put((event, event_id, json.loads(payload) if event == "change" else payload))
                event, event_id, data = "message", None, []


@asynccontextmanager
async def listening(url: str, headers: dict[str, str] | None = None) -> AsyncIterator[Stream]:
    stream = Stream()
    async with httpx.AsyncClient(timeout=httpx.Timeout(30, read=None)) as http:
        task = asyncio.create_task(_read(http, url, headers or {}, stream))
        try:
            await asyncio.wait_for(stream.opened.wait(), 10)
            assert stream.status == 200, f"the stream answered {stream.status}"
            await asyncio.sleep(0.3)  # connected: the server subscribes before it sends the headers' first byte
            yield stream
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def _arrange(db: AsyncSession) -> tuple[Stage, str]:
    stage = await build_stage(db)
    draft = await make_statement(db, stage.speaker_a, status=StatementStatus.DRAFT)
    await db.commit()
    return stage, str(draft.id)


async def test_a_published_statement_reaches_the_clients_of_both_servers(
    database_url: str, db: AsyncSession, tmp_path: Path
) -> None:
    stage, draft = await _arrange(db)
    live = f"/api/v1/sessions/{stage.session.id}/live"
    with servers(database_url, tmp_path) as (first, second):
        async with listening(first + live) as on_first, listening(second + live) as on_second:
            async with httpx.AsyncClient(base_url=first, timeout=30) as http:
                # A change the public must not see: the draft edited. Nothing reaches the public for it.
                etag = (await http.get(f"/api/v1/statements/{draft}", headers=stage.team.organizer)).headers["ETag"]
                edited = await http.patch(
                    f"/api/v1/statements/{draft}",
                    json={"reporting_verb": "noted"},
                    headers=stage.team.organizer | {"If-Match": etag},
                )
                assert edited.status_code == 200, edited.text
                published_at = time.monotonic()
                published = await http.post(f"/api/v1/statements/{draft}/publish", headers=stage.team.organizer)
                assert published.status_code == 200, published.text

            for stream in (on_first, on_second):
                event, event_id, item = await stream.next()
                log.info("delivered %.3f s after the publish request was sent", time.monotonic() - published_at)
                assert event == "change", (event, item)
                assert (event, item["kind"], item["id"], item["change"]) == ("change", "statement", draft, "upsert")
                assert item["reason"] == "published"
                assert item["statement"]["status"] == "published"
                assert event_id == item["cursor"]
                assert stream.events.empty(), "the draft's edit reached the public"
                # An idle stream is kept open with heartbeats (every 0.5 s here): one arrives, sooner or later.
                await asyncio.wait_for(stream.beat.wait(), DELIVERY_SECONDS)


async def test_a_client_that_reconnects_with_last_event_id_misses_nothing(
    database_url: str, db: AsyncSession, tmp_path: Path
) -> None:
    stage, draft = await _arrange(db)
    second_draft = await make_statement(db, stage.speaker_other, status=StatementStatus.DRAFT, position=2)
    await db.commit()
    events = f"/api/v1/forums/{stage.team.forum.id}/events"
    organizer = stage.team.organizer
    with servers(database_url, tmp_path) as (first, second):
        async with httpx.AsyncClient(timeout=30) as http:
            async with listening(first + events) as stream:
                assert (await http.post(f"{first}/api/v1/statements/{draft}/publish", headers=organizer)).is_success
                _, last_seen, item = await stream.next()
                assert item["id"] == draft
            # Disconnected: two changes happen meanwhile, through the other server.
            assert (
                await http.post(f"{second}/api/v1/statements/{second_draft.id}/publish", headers=organizer)
            ).is_success
            retracted = await http.post(
                f"{second}/api/v1/statements/{draft}/retract", json={"reason": "misquoted"}, headers=organizer
            )
            assert retracted.is_success, retracted.text

            assert last_seen is not None
            async with listening(second + events, {"Last-Event-ID": last_seen}) as resumed:
                received = [await resumed.next(), await resumed.next()]

    assert [(item["id"], item["reason"]) for _, _, item in received] == [
        (str(second_draft.id), "published"),
        (draft, "retracted"),
    ]


async def test_a_stream_from_an_expired_cursor_is_refused_with_410(
    database_url: str, db: AsyncSession, tmp_path: Path
) -> None:
    stage, _ = await _arrange(db)
    await db.execute(text("UPDATE change_log_state SET pruned_xid = pg_current_xact_id(), pruned_id = 1"))
    await db.commit()
    stale = "WyJjaGFuZ2VzIiwxLDFd"  # ["changes",1,1]: a position before anything this database pruned
    with servers(database_url, tmp_path) as (first, _):
        async with httpx.AsyncClient(timeout=30) as http:
            answer = await http.get(f"{first}/api/v1/sessions/{stage.session.id}/live", params={"since": stale})
    assert answer.status_code == 410, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
