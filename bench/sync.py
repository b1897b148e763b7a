"""Scenario "incremental sync": a client that synced the largest forum comes back after 100 changes.

It asks the change feed for what changed since its cursor (`GET /forums/{id}/changes?since=…&limit=100`: one
request, the 100 changed objects); without the feed it would download everything again. Both are timed the
same way, side by side:

- **incremental**: the one request, with wrk;
- **snapshot**: the feed without `since`, every page (limit 500, the largest page a client may ask for), wrk
  cycling through the page URLs (`pages.lua`), so one full re-download is `pages` requests;
- **agenda**: the forum's agenda, every page of 50 (what the app re-read before the feed), the same way.

The 100 changes are made in SQL, one transaction each, like 100 organizer writes: 40 session titles edited, 40
draft statements published, 20 published statements retracted. The change log's triggers record them as the
API's writes would be. Afterwards the rows get their old values back and the log rows the scenario caused are
deleted, so a cached dataset stays as it was loaded.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import asyncpg

from bench.measure import Parties, RunResult, run_wrk
from bench.targets import get

PAGES_LUA = Path(__file__).resolve().parent / "pages.lua"
CHANGES = {"session_edits": 40, "publishes": 40, "retractions": 20}
INCREMENTAL_LIMIT = 100
SNAPSHOT_LIMIT = 500
AGENDA_LIMIT = 50
VISIBLE_WITHIN_S = 30.0
SLOW_CONNECTIONS = 2
SLOW_SECONDS = 8.0

_SESSIONS = """SELECT id, title, updated_at FROM forum_sessions WHERE forum_id = $1 AND status <> 'draft'
               ORDER BY id LIMIT $2"""
_STATEMENTS = """SELECT st.id, st.status, st.published_at, st.retraction_reason, st.updated_at
                 FROM statements st JOIN forum_sessions fs ON fs.id = st.session_id
                 WHERE fs.forum_id = $1 AND fs.status <> 'draft' AND st.status = $2
                 ORDER BY st.id LIMIT $3"""


def walk(base: str, first: str) -> tuple[list[str], list[int], str | None]:
    """Every page from `first` on (following `next` while `has_more`, or while the agenda gives a `next`): the
    page paths, their body sizes, and the cursor the last page ends with."""
    paths, sizes, path = [], [], first
    while True:
        status, body = get(base + path)
        if status != 200:  # noqa: PLR2004
            raise RuntimeError(f"{path} answered {status}")
        page = json.loads(body)
        paths.append(path)
        sizes.append(len(body))
        more = page.get("has_more", page.get("next") is not None)
        if not more:
            return paths, sizes, page.get("next")
        separator = "&" if "?" in first else "?"
        key = "since" if "/changes" in first else "cursor"
        path = f"{first}{separator}{key}={quote(page['next'])}"


@contextlib.contextmanager
def _paths_file(paths: list[str]) -> Iterator[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".paths", delete=False) as handle:
        handle.write("\n".join(paths) + "\n")
    try:
        yield handle.name
    finally:
        Path(handle.name).unlink(missing_ok=True)


async def _make_changes(dsn: str, forum: str) -> dict[str, Any]:
    """The 100 changes, one transaction each; answers what to restore and the log's position before them."""
    connection = await asyncpg.connect(dsn)
    try:
        baseline = await connection.fetchval("SELECT coalesce(max(id), 0) FROM change_events")
        sessions = await connection.fetch(_SESSIONS, forum, CHANGES["session_edits"])
        drafts = await connection.fetch(_STATEMENTS, forum, "draft", CHANGES["publishes"])
        published = await connection.fetch(_STATEMENTS, forum, "published", CHANGES["retractions"])
        made = {"session_edits": len(sessions), "publishes": len(drafts), "retractions": len(published)}
        if made != CHANGES:
            raise RuntimeError(f"the forum has too few rows for the 100 changes: {made}")
        for row in sessions:
            await connection.execute(
                """UPDATE forum_sessions SET title = title || jsonb_build_object(language, (title->>language)
                   || ' (moved to the main hall)'), updated_at = now() WHERE id = $1""",
                row["id"],
            )
        for row in drafts:
            await connection.execute(
                "UPDATE statements SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1",
                row["id"],
            )
        for row in published:
            await connection.execute(
                """UPDATE statements SET status = 'retracted', retraction_reason = 'misattributed (benchmark)',
                   updated_at = now() WHERE id = $1""",
                row["id"],
            )
        return {"baseline": baseline, "sessions": sessions, "statements": [*drafts, *published]}
    finally:
        await connection.close()


async def _restore(dsn: str, changed: dict[str, Any]) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            await connection.executemany(
                "UPDATE forum_sessions SET title = $2, updated_at = $3 WHERE id = $1",
                [(r["id"], r["title"], r["updated_at"]) for r in changed["sessions"]],
            )
            await connection.executemany(
                """UPDATE statements SET status = $2, published_at = $3,
                   retraction_reason = $4, updated_at = $5 WHERE id = $1""",
                [tuple(r.values()) for r in changed["statements"]],
            )
            await connection.execute("DELETE FROM change_events WHERE id > $1", changed["baseline"])
    finally:
        await connection.close()


def _wait_for_changes(base: str, path: str) -> bytes:
    """The incremental answer once all 100 changes are below the log's horizon."""
    deadline = time.monotonic() + VISIBLE_WITHIN_S
    while True:
        status, body = get(base + path)
        items = json.loads(body)["items"] if status == 200 else []  # noqa: PLR2004
        if len(items) >= sum(CHANGES.values()):
            return body
        if time.monotonic() > deadline:
            raise RuntimeError(f"{path}: {len(items)} of the 100 changes after {VISIBLE_WITHIN_S:g} s ({status})")
        time.sleep(0.2)


def _summary(runs: list[RunResult], pages: int, sizes: list[int]) -> dict[str, Any]:
    def median(key: str) -> float | None:
        values = [getattr(r, key) for r in runs if getattr(r, key) is not None]
        return round(statistics.median(values), 3) if values else None

    rps = median("rps") or 0.0
    server, postgres = median("server_cpu_ms_per_request"), median("postgres_cpu_ms_per_request")
    return {
        "pages": pages,
        "bytes": sum(sizes),
        "page_bytes": sizes,
        "rps": rps,
        "syncs_per_s": round(rps / pages, 3),
        "p50_ms": median("p50_ms"),
        "p99_ms": median("p99_ms"),
        "errors": sum(r.errors_status + r.errors_socket for r in runs),
        "cpu_ms_per_sync": round((server + postgres) * pages, 2)
        if server is not None and postgres is not None
        else None,
        "server_cpu_ms_per_request": server,
        "postgres_cpu_ms_per_request": postgres,
        "other_cores": median("other_cores"),
        "runs": [r.as_dict() for r in runs],
    }


def measure_sync(
    base: str,
    dsn: str,
    forum: str,
    *,
    parties: Parties,
    settle: Callable[[], dict[str, Any]],
    connections: int,
    seconds: float,
    repeats: int,
    warmup: float,
) -> dict[str, Any]:
    """The three ways to learn what changed, each warmed up then timed `repeats` times with wrk."""
    feed = f"/api/v1/forums/{forum}/changes"
    snapshot_paths, snapshot_sizes, cursor = walk(base, f"{feed}?limit={SNAPSHOT_LIMIT}")
    if cursor is None:
        raise RuntimeError("the snapshot ended without a cursor")
    changed = asyncio.run(_make_changes(dsn, forum))
    try:
        incremental = f"{feed}?since={quote(cursor)}&limit={INCREMENTAL_LIMIT}"
        body = _wait_for_changes(base, incremental)
        page = json.loads(body)
        kinds: dict[str, int] = {}
        kind_bytes: dict[str, int] = {}
        for item in page["items"]:
            name = f"{item['kind']} {item['change']} ({item['reason']})"
            kinds[name] = kinds.get(name, 0) + 1
            kind_bytes[item["kind"]] = kind_bytes.get(item["kind"], 0) + len(json.dumps(item, separators=(",", ":")))
        # Walked again after the changes: the re-download holds them too.
        snapshot_paths, snapshot_sizes, _ = walk(base, f"{feed}?limit={SNAPSHOT_LIMIT}")
        agenda_paths, agenda_sizes, _ = walk(base, f"/api/v1/forums/{forum}/sessions?limit={AGENDA_LIMIT}")
        variants = {
            "incremental": ([incremental], [len(body)]),
            "snapshot": (snapshot_paths, snapshot_sizes),
            "agenda": (agenda_paths, agenda_sizes),
        }
        out: dict[str, Any] = {
            "cursor_items": len(page["items"]),
            "item_kinds": kinds,
            "item_bytes_by_kind": kind_bytes,
            "has_more": page["has_more"],
        }
        for name, (paths, sizes) in variants.items():
            with _paths_file(paths) as listing:

                def timed(length: float, width: int, listing: str = listing, first: str = paths[0]) -> RunResult:
                    result = run_wrk(
                        base + first,
                        connections=width,
                        seconds=length,
                        parties=parties,
                        script=PAGES_LUA,
                        env={"BENCH_PATHS": listing},
                    )
                    result.details = settle()
                    return result

                # As in run.py: what cannot finish 2 requests per connection in the warm-up (the snapshot's pages
                # of 500) gets one longer run at 2 connections, or a 3 s run might finish none.
                slow = timed(warmup, connections).requests < 2 * connections
                width, length, times = (
                    (SLOW_CONNECTIONS, max(seconds, SLOW_SECONDS), 1)
                    if slow
                    else (
                        connections,
                        seconds,
                        repeats,
                    )
                )
                runs = [timed(length, width) for _ in range(times)]
                out[name] = _summary(runs, len(paths), sizes) | {"mode": {"connections": width, "slow": slow}}
            print(
                f"  sync/{name:<12} {out[name]['pages']:>3} requests, {out[name]['bytes']:>10,} bytes, "
                f"{out[name]['rps']:>8.1f} req/s = {out[name]['syncs_per_s']:>8.2f} syncs/s, "
                f"other CPU {out[name]['other_cores']} cores",
                flush=True,
            )
        return out
    finally:
        asyncio.run(_restore(dsn, changed))
