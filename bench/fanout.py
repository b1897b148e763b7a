"""Scenario "SSE fan-out": 1,000 clients follow one session's live statements while statements are published.

The clients are one asyncio process (this one), each an HTTP stream of `GET /sessions/{id}/live`, connected
at most `CONNECTING` at a time (each stream's start reads the database; 1,000 at once would queue past the
pool's timeout). The publisher is a process of its own with its own connection: it inserts a published
statement into the session, one transaction each, `spacing` seconds apart, and notes the wall-clock time right
before it sent each COMMIT and after it returned. Each client notes the wall-clock time it read the statement's
event. The delay is counted from the COMMIT being sent (one machine, one clock): it holds the commit itself (a
few ms), the NOTIFY, the workers' log read and render, the writes to every socket, and this process reading
them (its CPU is reported too). Counted from the COMMIT's return instead it came out negative for some clients:
the publisher was scheduled after the server and the client had already done their part.

The SSE client is aiohttp's by default (`--sse-client httpx` for httpx's): with 1,000 streams it used less
CPU per delivered event: 0.04 against 0.11 ms (bench/README.md). The statements are deleted and their log
rows removed afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import resource
import statistics
import time
from collections.abc import Callable
from multiprocessing.synchronize import Event as EventType
from typing import Any, Protocol

import asyncpg
import psutil

from bench.measure import Parties, machine_busy, tree_cpu

CONNECTING = 50
CONNECT_TIMEOUT_S = 60.0
# After the last publish: how long the clients may still take to receive it.
DRAIN_S = 10.0
GOAL_P99_MS = 200.0

# A copy of one of the session's published statements, as a new published one at the end of the session.
_INSERT = """
INSERT INTO statements (id, session_id, participant_id, language, text, kind, reporting_verb, position, status,
                        published_at, created_at, updated_at)
SELECT gen_random_uuid(), session_id, participant_id, language, text, kind, reporting_verb,
       (SELECT max(position) + 1 FROM statements WHERE session_id = $1), 'published', now(), now(), now()
FROM statements WHERE session_id = $1 AND status = 'published' ORDER BY position, id LIMIT 1
RETURNING id"""


def _publish(dsn: str, session: str, count: int, spacing: float, go: EventType, out: Any) -> None:  # noqa: ANN401
    """The publisher process: waits for `go`, then publishes; sends [(statement id, wall time when COMMIT was
    sent, wall time when it returned)]."""

    async def run() -> list[tuple[str, float, float]]:
        connection = await asyncpg.connect(dsn)
        done = []
        try:
            for _ in range(count):
                transaction = connection.transaction()
                await transaction.start()
                statement = await connection.fetchval(_INSERT, session)
                sent = time.time()
                await transaction.commit()
                done.append((str(statement), sent, time.time()))
                await asyncio.sleep(spacing)
        finally:
            await connection.close()
        return done

    if go.wait(CONNECT_TIMEOUT_S * 2):
        out.put(asyncio.run(run()))
    else:
        out.put([])


class _Client:
    """One stream: when it connected, and when it read each statement's event."""

    def __init__(self) -> None:
        self.connected = asyncio.Event()
        self.status = 0
        self.received: dict[str, float] = {}
        self.error: str | None = None
        self.data: list[str] = []

    def line(self, raw: bytes | str) -> None:
        text = raw.decode() if isinstance(raw, bytes) else raw
        text = text.rstrip("\r\n")
        if text.startswith("data:"):
            self.data.append(text[5:].strip())
        elif not text and self.data:
            payload, self.data = "\n".join(self.data), []
            if payload.startswith("{"):
                item = json.loads(payload)
                self.received.setdefault(item["id"], time.time())


class _Reader(Protocol):
    async def __call__(self, url: str, client: _Client) -> None: ...


async def _with_aiohttp(_count: int, run: Callable[[_Reader], Any]) -> Any:  # noqa: ANN401
    import aiohttp  # noqa: PLC0415 - only the chosen client is imported

    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=CONNECT_TIMEOUT_S)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:

        async def read(url: str, client: _Client) -> None:
            async with http.get(url, headers={"Accept": "text/event-stream"}) as response:
                client.status = response.status
                client.connected.set()
                async for raw in response.content:
                    client.line(raw)

        return await run(read)


async def _with_httpx(count: int, run: Callable[[_Reader], Any]) -> Any:  # noqa: ANN401
    import httpx  # noqa: PLC0415 - only the chosen client is imported

    limits = httpx.Limits(max_connections=count + 10, max_keepalive_connections=0)
    async with httpx.AsyncClient(timeout=httpx.Timeout(CONNECT_TIMEOUT_S, read=None), limits=limits) as http:

        async def read(url: str, client: _Client) -> None:
            async with http.stream("GET", url, headers={"Accept": "text/event-stream"}) as response:
                client.status = response.status_code
                client.connected.set()
                async for text in response.aiter_lines():
                    client.line(text)

        return await run(read)


CLIENTS = {"aiohttp": _with_aiohttp, "httpx": _with_httpx}


def raise_file_limit() -> int:
    """1,000 live clients and the server's side of them need more descriptors than a usual soft limit (1,024):
    raise it to the hard limit, here and so for the servers this process starts (they inherit it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def _rss(workers: Callable[[], list[psutil.Process]]) -> list[float]:
    out = []
    for worker in workers():
        with contextlib.suppress(psutil.Error):
            out.append(round(worker.memory_info().rss / 2**20, 1))
    return out


async def _listen(
    url: str,
    count: int,
    library: str,
    go: EventType,
    publishing_s: float,
    workers: Callable[[], list[psutil.Process]],
    parties: Parties,
) -> dict[str, Any]:
    me = psutil.Process()

    async def run(read: _Reader) -> dict[str, Any]:
        clients = [_Client() for _ in range(count)]
        gate = asyncio.Semaphore(CONNECTING)

        async def one(client: _Client) -> None:
            async with gate:
                task = asyncio.create_task(read(url, client))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(client.connected.wait()), CONNECT_TIMEOUT_S)
            try:
                await task
            except Exception as error:  # noqa: BLE001 - a failed stream is counted, not fatal
                client.error = f"{type(error).__name__}: {error}"

        rss_before = _rss(workers)
        tick = time.perf_counter()
        tasks = [asyncio.create_task(one(c)) for c in clients]
        while sum(c.connected.is_set() or t.done() for c, t in zip(clients, tasks, strict=True)) < count:
            if time.perf_counter() - tick > CONNECT_TIMEOUT_S:
                break
            await asyncio.sleep(0.1)
        connect_s = time.perf_counter() - tick
        await asyncio.sleep(1.0)  # every stream subscribed: the server subscribes before its first byte
        rss_connected = _rss(workers)
        cpu0, wall0 = sum(me.cpu_times()[:2]), time.perf_counter()
        server0, postgres0, busy0 = tree_cpu(parties.server()), tree_cpu(parties.postgres()), machine_busy()
        go.set()
        await asyncio.sleep(publishing_s + DRAIN_S)
        client_cpu = sum(me.cpu_times()[:2]) - cpu0
        server, postgres = tree_cpu(parties.server()) - server0, tree_cpu(parties.postgres()) - postgres0
        wall = time.perf_counter() - wall0
        # Beyond the server, PostgreSQL and these clients (the publisher's 20 inserts are in it, and negligible).
        other = max(0.0, machine_busy() - busy0 - server - postgres - client_cpu) / wall
        rss_after = _rss(workers)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return {
            "clients": clients,
            "connect_s": round(connect_s, 2),
            "listen_s": round(wall, 2),
            "client_cpu_s": round(client_cpu, 2),
            "server_cpu_s": round(server, 2),
            "postgres_cpu_s": round(postgres, 2),
            "other_cores": round(other, 2),
            "worker_rss_mb": {"before": rss_before, "connected": rss_connected, "after": rss_after},
        }

    return await CLIENTS[library](count, run)  # type: ignore[no-any-return]


async def _cleanup(dsn: str, statements: list[str], baseline: int) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            await connection.execute("DELETE FROM statements WHERE id = ANY($1::uuid[])", statements)
            await connection.execute("DELETE FROM change_events WHERE id > $1", baseline)
    finally:
        await connection.close()


async def _baseline(dsn: str) -> int:
    connection = await asyncpg.connect(dsn)
    try:
        found: int = await connection.fetchval("SELECT coalesce(max(id), 0) FROM change_events")
    finally:
        await connection.close()
    return found


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_fanout(
    base: str,
    dsn: str,
    session: str,
    *,
    workers: Callable[[], list[psutil.Process]],
    parties: Parties,
    clients: int,
    statements: int,
    spacing: float,
    library: str,
) -> dict[str, Any]:
    url = f"{base}/api/v1/sessions/{session}/live"
    baseline = asyncio.run(_baseline(dsn))
    context = multiprocessing.get_context("spawn")
    go, out = context.Event(), context.Queue()
    publisher = context.Process(target=_publish, args=(dsn, session, statements, spacing, go, out), daemon=True)
    publisher.start()
    published: list[tuple[str, float, float]] = []
    try:
        listened = asyncio.run(_listen(url, clients, library, go, statements * spacing, workers, parties))
        published = out.get(timeout=60)
    finally:
        publisher.join(timeout=30)
        if publisher.is_alive():
            publisher.terminate()
        asyncio.run(_cleanup(dsn, [s for s, _, _ in published], baseline))
    followers: list[_Client] = listened.pop("clients")
    streaming = [c for c in followers if c.status == 200]  # noqa: PLR2004
    delays = [(c.received[s] - t) * 1000 for c in streaming for s, t, _ in published if s in c.received]
    commits = [(done - sent) * 1000 for _, sent, done in published]
    expected = len(streaming) * len(published)
    errors: dict[str, int] = {}
    for c in followers:
        if c.status != 200 or c.error:  # noqa: PLR2004
            key = c.error or f"HTTP {c.status}"
            errors[key[:120]] = errors.get(key[:120], 0) + 1
    result = {
        "clients": clients,
        "streaming": len(streaming),
        "library": library,
        "statements": len(published),
        "spacing_s": spacing,
        "delivered": len(delays),
        "missed": expected - len(delays),
        "errors": errors,
        "delay_ms": {
            "p50": round(statistics.median(delays), 1) if delays else None,
            "p99": round(_percentile(delays, 0.99), 1) if delays else None,
            "max": round(max(delays), 1) if delays else None,
            "min": round(min(delays), 1) if delays else None,
        },
        "goal_p99_ms": GOAL_P99_MS,
        "commit_ms": {"p50": round(statistics.median(commits), 2), "max": round(max(commits), 2)} if commits else None,
        # Per statement, in publishing order: min / p50 / p99 / max over the clients.
        "per_statement_ms": [
            [round(min(d), 1), round(statistics.median(d), 1), round(_percentile(d, 0.99), 1), round(max(d), 1)]
            for s, t, _ in published
            if (d := [(c.received[s] - t) * 1000 for c in streaming if s in c.received])
        ],
        "server_cpu_ms_per_event": round(listened["server_cpu_s"] * 1000 / len(delays), 3) if delays else None,
        "client_cpu_ms_per_event": round(listened["client_cpu_s"] * 1000 / len(delays), 3) if delays else None,
        **listened,
    }
    d = result["delay_ms"]
    print(
        f"  sse_fanout         {len(streaming)}/{clients} streams ({library}, connected in {listened['connect_s']} "
        f"s), {len(delays)}/{expected} deliveries: p50 {d['p50']} p99 {d['p99']} max {d['max']} ms; worker RSS "
        f"{listened['worker_rss_mb']['connected']} MB",
        flush=True,
    )
    return result
