"""`make bench`: load the datasets, serve the real app and the limit app as in production, drive them with wrk,
and write bench/results/<date>.json and .md (and the table in bench/README.md).

    python -m bench.run [--scales 1,10] [--duration 3] [--repeats 3] [--connections 16] [--force-reload]

Per scale: start both apps (uvicorn, 2 workers, no access log, log level warning) on 127.0.0.1 against that
scale's database; check outside any timing that both answer every benchmarked request with the same body;
then per endpoint warm both up, and time `repeats` short wrk runs of each, alternating which goes first, plus
one single-connection run each for unloaded latency. After every run, queries still running for clients wrk
has dropped are cancelled and the runner waits for the server and PostgreSQL to go idle, so a slow endpoint's
backlog never bills the next run. Figures are the medians over the repeats.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import asyncpg
import psutil

from bench import report
from bench.contention import JWT_SECRET, measure_contention
from bench.dataset import DATASET_VERSION, DEFAULT_SEED
from bench.fanout import CLIENTS, measure_fanout, raise_file_limit
from bench.loader import database_name, ensure_dataset
from bench.measure import Parties, RunResult, run_wrk, sequential_latency, wait_until_idle
from bench.server import BENCH_DIR, WORKERS, HttpServer, database_server, postgres_processes, postgres_settings
from bench.sync import measure_sync
from bench.targets import ENDPOINTS, REAL_ONLY, Endpoint, deep_cursor, get, pick_targets

REAL_PORT, LIMIT_PORT = 18101, 18102
# An endpoint whose warm-up finished fewer than 2 requests per connection is too slow for the standard runs (16
# connections would queue for longer than a run lasts): it is timed with SLOW_CONNECTIONS over one longer run.
SLOW_CONNECTIONS = 2
SLOW_DURATION_S = 8.0
MIN_LATENCY_SAMPLES = 5
SEQUENTIAL_BUDGET_S = 15.0
PACKAGES = (
    "litestar",
    "sqlalchemy",
    "advanced-alchemy",
    "asyncpg",
    "msgspec",
    "uvicorn",
    "uvloop",
    "httptools",
    "psutil",
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10", help="comma-separated dataset scales (default 1,10)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--duration", type=float, default=3, help="seconds per timed wrk run")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per endpoint and app (median taken)")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of untimed load before the runs")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (one wrk thread)")
    parser.add_argument("--latency-duration", type=float, default=3, help="seconds of the 1-connection run")
    parser.add_argument("--only", default="", help="comma-separated endpoint names (default: all)")
    parser.add_argument("--force-reload", action="store_true", help="reload datasets even when cached")
    parser.add_argument("--max-minutes", type=float, default=14, help="skip what is left after this long")
    parser.add_argument("--no-readme", action="store_true", help="do not rewrite the table in bench/README.md")
    parser.add_argument("--sse-clients", type=int, default=1000, help="live clients of the fan-out (default 1000)")
    parser.add_argument("--sse-statements", type=int, default=20, help="statements published to them (default 20)")
    parser.add_argument("--sse-spacing", type=float, default=0.5, help="seconds between two publications")
    parser.add_argument("--sse-client", choices=sorted(CLIENTS), default="aiohttp", help="the SSE client library")
    return parser.parse_args()


def versions(server_dsn: str) -> dict[str, Any]:
    found: dict[str, Any] = {"python": platform.python_version()}
    for package in PACKAGES:
        try:
            found[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found[package] = None
    wrk = subprocess.run([shutil.which("wrk") or "wrk", "-v"], capture_output=True, text=True, check=False)
    found["wrk"] = (wrk.stdout or wrk.stderr).split("[")[0].strip()
    found["postgres_settings"] = postgres_settings(server_dsn)
    found["postgres"] = found["postgres_settings"].pop("server_version")
    return found


def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo")
    lines = cpuinfo.read_text(encoding="utf-8").splitlines() if cpuinfo.exists() else []
    model = next(
        (line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), platform.processor()
    )
    return {
        "cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "cpu": model,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
    }


async def _cancel_active(server_dsn: str, database: str) -> int:
    connection = await asyncpg.connect(server_dsn)
    try:
        cancelled: int = await connection.fetchval(
            """SELECT count(*) FILTER (WHERE pg_cancel_backend(pid)) FROM pg_stat_activity
               WHERE datname = $1 AND state = 'active' AND backend_type = 'client backend'
                 AND pid <> pg_backend_pid()""",
            database,
        )
    finally:
        await connection.close()
    return cancelled


def median_run(runs: list[RunResult]) -> dict[str, Any]:
    """The median of every figure over the repeats; errors are summed."""
    dicts = [run.as_dict() for run in runs]
    out: dict[str, Any] = {}
    for key, value in dicts[0].items():
        if key == "details":
            continue
        values: list[Any] = [d[key] for d in dicts if d[key] is not None]
        if key.startswith("errors") or key == "requests":
            out[key] = sum(values)
        elif isinstance(value, (int, float)) or value is None:
            out[key] = round(statistics.median(values), 3) if values else None
    out["runs"] = dicts
    return out


class ScaleRun:
    def __init__(self, args: argparse.Namespace, server_dsn: str, dsn: str, database: str, deadline: float) -> None:
        self.args = args
        self.server_dsn = server_dsn
        self.dsn = dsn
        self.database = database
        self.deadline = deadline
        # The contention run signs its attendees' access tokens with the same secret.
        self.real = HttpServer("real", "app.asgi:create_app", REAL_PORT, dsn, env={"QURULTAY_JWT_SECRET": JWT_SECRET})
        self.limit = HttpServer(
            "limit", "bench.limit_app:create_app", LIMIT_PORT, dsn, env={"QURULTAY_JWT_SECRET": JWT_SECRET}
        )

    def parties(self, server: HttpServer) -> Parties:
        other = self.limit if server is self.real else self.real
        return Parties(server=server.processes, postgres=postgres_processes, ours=other.processes)

    def settle(self, server: HttpServer) -> dict[str, Any]:
        cancelled = asyncio.run(_cancel_active(self.server_dsn, self.database))
        return {"cancelled_queries": cancelled, "idle_wait_s": wait_until_idle(self.parties(server))}

    def timed(self, server: HttpServer, path: str, connections: int, seconds: float) -> RunResult:
        result = run_wrk(server.base + path, connections=connections, seconds=seconds, parties=self.parties(server))
        result.details = self.settle(server)
        return result

    def latency(self, server: HttpServer, path: str) -> dict[str, Any]:
        """Unloaded latency: one connection for a short run, or a few sequential requests when that run is too
        short for the endpoint."""
        run = self.timed(server, path, 1, self.args.latency_duration)
        if run.requests >= MIN_LATENCY_SAMPLES:
            return {"method": "wrk", **run.as_dict()}
        return sequential_latency(server.base + path, MIN_LATENCY_SAMPLES, SEQUENTIAL_BUDGET_S)

    def run(self, targets: dict[str, Any]) -> dict[str, Any]:
        endpoints = [e for e in ENDPOINTS if not self.args.only or e.name in self.args.only.split(",")]
        self.real.start("/health/live")
        # Started only when something selected compares with it.
        if any(e.name not in REAL_ONLY for e in endpoints):
            self.limit.start("/health/live")
        try:
            if any(e.path and "deep_cursor" in e.path for e in endpoints):
                targets["deep_cursor"] = deep_cursor(self.real.base)
            checks = {e.name: self.check(e, targets) for e in endpoints if e.path}
            results = [self.measure(e, targets, checks.get(e.name, {})) for e in endpoints]
            rss = {
                s.name: [round(w.memory_info().rss / 2**20, 1) for w in s.workers()] for s in (self.real, self.limit)
            }
        finally:
            self.real.stop()
            self.limit.stop()
        return {"targets": targets, "endpoints": results, "worker_rss_mb_at_end": rss}

    def sync(self, endpoint: Endpoint, what: str, targets: dict[str, Any]) -> dict[str, Any]:
        """bench/sync.py on the real app: the feed after 100 changes against downloading the forum again."""
        sync = measure_sync(
            self.real.base,
            self.dsn,
            targets["forum"],
            parties=self.parties(self.real),
            settle=lambda: self.settle(self.real),
            connections=self.args.connections,
            seconds=self.args.duration,
            repeats=self.args.repeats,
            warmup=self.args.warmup,
        )
        return {"name": endpoint.name, "what": what, "sync": sync, "load": os.getloadavg()}

    def fanout(self, endpoint: Endpoint, what: str, targets: dict[str, Any]) -> dict[str, Any]:
        """bench/fanout.py on the real app, `repeats` times: live clients of the agenda forum's busiest session.
        The headline is the run with the median p99; every run is kept."""
        runs = []
        for _ in range(self.args.repeats):
            runs.append(
                measure_fanout(
                    self.real.base,
                    self.dsn,
                    targets["session"],
                    workers=self.real.workers,
                    parties=self.parties(self.real),
                    clients=self.args.sse_clients,
                    statements=self.args.sse_statements,
                    spacing=self.args.sse_spacing,
                    library=self.args.sse_client,
                )
            )
            self.settle(self.real)
        ordered = sorted(runs, key=lambda run: run["delay_ms"]["p99"] or float("inf"))
        fanout = {**ordered[len(ordered) // 2], "p99_of_runs_ms": [run["delay_ms"]["p99"] for run in runs]}
        fanout["missed"] = sum(run["missed"] for run in runs)
        fanout["streaming"] = min(run["streaming"] for run in runs)
        fanout["runs"] = runs
        return {"name": endpoint.name, "what": what, "fanout": fanout, "load": os.getloadavg()}

    def contention(self, endpoint: Endpoint, what: str) -> dict[str, Any]:
        """Registrations at a fresh 100-seat session (bench/contention.py), on the real app and on the limit,
        each after a short warm-up run at another session, so the timed run does not pay for the workers'
        first connections and compiled plans."""
        out: dict[str, Any] = {"name": endpoint.name, "what": what}
        for server, key in ((self.real, "contention"), (self.limit, "limit_contention")):
            parties = self.parties(server)

            def settle(server: HttpServer = server) -> dict[str, Any]:
                return self.settle(server)

            measure_contention(server.base, self.dsn, seconds=self.args.warmup, parties=parties, settle=settle)
            out[key] = measure_contention(
                server.base, self.dsn, seconds=max(self.args.duration, 5.0), parties=parties, settle=settle
            )
        real, limit = out["contention"], out["limit_contention"]
        out["rps_ratio"] = (
            round(real["registrations_per_s"] / limit["registrations_per_s"], 3)
            if limit["registrations_per_s"]
            else None
        )
        print(
            f"  {endpoint.name:<18} real {real['registrations_per_s']} registrations/s, p99 {real['run']['p99_ms']} "
            f"ms, confirmed {real['database']['confirmed']}/{real['seats']}, checks "
            f"{'ok' if real['ok'] else real['checks']} | limit {limit['registrations_per_s']}/s, checks "
            f"{'ok' if limit['ok'] else limit['checks']} | ratio {out['rps_ratio']}",
            flush=True,
        )
        return out

    def check(self, endpoint: Endpoint, targets: dict[str, Any]) -> dict[str, Any]:
        """Outside the timed part: both apps answer 200 with byte-identical bodies."""
        assert endpoint.path is not None  # noqa: S101
        path = endpoint.path.format(**targets)
        (real_status, real_body), (limit_status, limit_body) = get(self.real.base + path), get(self.limit.base + path)
        if real_status != 200 or limit_status != 200 or real_body != limit_body:  # noqa: PLR2004
            raise SystemExit(
                f"{endpoint.name}: the real and limit apps disagree on {path} "
                f"({real_status}/{limit_status}, {len(real_body)}/{len(limit_body)} bytes)"
            )
        items = json.loads(real_body).get("items")
        return {"path": path, "body_bytes": len(real_body), "items": len(items) if items is not None else None}

    def measure(self, endpoint: Endpoint, targets: dict[str, Any], check: dict[str, Any]) -> dict[str, Any]:
        what = endpoint.what.format(**targets)
        if time.monotonic() > self.deadline:
            print(f"  skipped {endpoint.name}: past --max-minutes", flush=True)
            return {"name": endpoint.name, "what": what, "skipped": "time budget (--max-minutes) spent"}
        if endpoint.name == "sync_incremental":
            return self.sync(endpoint, what, targets)
        if endpoint.name == "sse_fanout":
            return self.fanout(endpoint, what, targets)
        if endpoint.path is None:
            return self.contention(endpoint, what)
        path = check["path"]
        apps = (self.real, self.limit)
        connections, duration, repeats = self.args.connections, self.args.duration, self.args.repeats
        warm = [self.timed(server, path, connections, self.args.warmup) for server in apps]
        slow = min(w.requests for w in warm) < 2 * connections
        if slow:
            connections, duration, repeats = SLOW_CONNECTIONS, max(duration, SLOW_DURATION_S), 1
        runs: dict[str, list[RunResult]] = {s.name: [] for s in apps}
        for repeat in range(repeats):
            for server in apps if repeat % 2 == 0 else apps[::-1]:
                runs[server.name].append(self.timed(server, path, connections, duration))
        out = {
            "name": endpoint.name,
            "what": what,
            **check,
            "mode": {"connections": connections, "duration_s": duration, "repeats": repeats, "slow": slow},
            **{n: median_run(r) for n, r in runs.items()},
            "one_connection": {s.name: self.latency(s, path) for s in apps},
        }
        real, limit = out["real"], out["limit"]
        out["rps_ratio"] = round(real["rps"] / limit["rps"], 3) if limit["rps"] else None
        print(
            f"  {endpoint.name:<18} real {real['rps']:>8.1f} req/s p99 {real['p99_ms'] or 0:>8.1f} ms | limit "
            f"{limit['rps']:>8.1f} req/s | ratio {out['rps_ratio']} | other CPU {real['other_cores']:.2f} cores",
            flush=True,
        )
        return out


def main() -> None:
    args = parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: `apt-get install wrk` (Debian package), then run again")
    files = raise_file_limit()
    scales = [int(s) for s in args.scales.split(",") if s.strip()]
    started = time.monotonic()
    deadline = started + args.max_minutes * 60
    stamp = datetime.datetime.now(datetime.UTC)
    per_request = (args.warmup + args.repeats * args.duration) * 2 + 2 * args.latency_duration
    print(
        f"bench: scales {scales}, about {len(scales) * len(ENDPOINTS) * per_request / 60:.0f} min of load "
        f"(+ loading any dataset not cached)",
        flush=True,
    )
    results: dict[str, Any] = {
        "started_at": stamp.isoformat(timespec="seconds"),
        "machine": machine(),
        "method": {
            "wrk_threads": 1,
            "connections": args.connections,
            "duration_s": args.duration,
            "repeats": args.repeats,
            "warmup_s": args.warmup,
            "latency_connections": 1,
            "latency_duration_s": args.latency_duration,
            "workers": WORKERS,
            "seed": args.seed,
            "dataset_version": DATASET_VERSION,
            "command": " ".join(sys.argv),
            "file_limit": files,
            "sse": {
                "clients": args.sse_clients,
                "statements": args.sse_statements,
                "spacing_s": args.sse_spacing,
                "client": args.sse_client,
            },
        },
        "datasets": {},
        "scales": {},
    }
    with database_server() as server_dsn:
        results["versions"] = versions(server_dsn)
        dsns: dict[int, str] = {}
        for scale in scales:
            tick = time.monotonic()
            dsns[scale], load = asyncio.run(ensure_dataset(server_dsn, scale, args.seed, force=args.force_reload))
            results["datasets"][str(scale)] = {
                "load": load,
                "cached": load is None,
                "ready_seconds": round(time.monotonic() - tick, 1),
            }
            how = "cached" if load is None else f"loaded in {load['total_seconds']} s"
            print(f"scale {scale}: dataset {how}", flush=True)
        for scale in scales:
            targets = pick_targets(dsns[scale], args.seed)
            print(f"scale {scale}: measuring", flush=True)
            run = ScaleRun(args, server_dsn, dsns[scale], database_name(scale), deadline)
            results["scales"][str(scale)] = run.run(targets)
    results["finished_at"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    results["duration_s"] = round(time.monotonic() - started, 1)
    results["assessment"] = report.assess(results)
    out = BENCH_DIR / "results"
    out.mkdir(exist_ok=True)
    name = stamp.strftime("%Y-%m-%dT%H%MZ")
    (out / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    markdown = report.markdown(results)
    (out / f"{name}.md").write_text(markdown, encoding="utf-8")
    if not args.no_readme:
        report.update_readme(BENCH_DIR / "README.md", markdown, f"results/{name}.json")
    print(markdown)
    print(f"wrote bench/results/{name}.json and .md in {results['duration_s']} s")


if __name__ == "__main__":
    main()
