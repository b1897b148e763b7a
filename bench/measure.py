"""One timed load run: wrk against a URL, with the CPU every party used meanwhile.

CPU is read from the kernel's per-process accounting (psutil) before and after the run:

- server: the uvicorn supervisor and its workers under test;
- postgres: the embedded server's postmaster and every backend (plus backends and parallel workers that ended
  during the run, which the postmaster's reaped-children times include);
- wrk: the load generator itself (its rusage, from the runner's reaped children);
- other: whatever the machine spent beyond those and the runner (other people's tests, say). A run with a
  large `other` shared the two cores with someone and its figures are to be read with that in mind.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

LUA = Path(__file__).resolve().parent / "wrk_report.lua"
WRK_TIMEOUT_S = 10


def tree_cpu(processes: list[psutil.Process]) -> float:
    """CPU seconds of a process tree: every live process, plus the children the root has reaped."""
    total = 0.0
    for index, process in enumerate(processes):
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            total += times.user + times.system
            if index == 0:
                total += times.children_user + times.children_system
    return total


def machine_busy() -> float:
    times = psutil.cpu_times()
    return float(times.user + times.nice + times.system + times.irq + times.softirq + getattr(times, "steal", 0.0))


def reaped_children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass(slots=True)
class RunResult:
    requests: int
    seconds: float
    rps: float
    # None when no request finished inside the run.
    p50_ms: float | None
    p90_ms: float | None
    p99_ms: float | None
    max_ms: float | None
    errors_status: int  # responses with status >= 400
    errors_socket: int  # connect, read, write errors and timeouts
    server_cpu_ms_per_request: float | None
    postgres_cpu_ms_per_request: float | None
    server_cores: float
    postgres_cores: float
    wrk_cores: float
    other_cores: float
    details: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(slots=True)
class Parties:
    """Who to account for: the server under test, PostgreSQL, and our other processes (not `other`)."""

    server: Callable[[], list[psutil.Process]]
    postgres: Callable[[], list[psutil.Process]]
    ours: Callable[[], list[psutil.Process]]


def run_wrk(
    url: str,
    *,
    connections: int,
    seconds: float,
    parties: Parties,
    threads: int = 1,
    script: Path = LUA,
    env: dict[str, str] | None = None,
) -> RunResult:
    """One wrk run. A `script` other than the report script must end with `dofile(os.getenv("BENCH_REPORT"))`."""
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds:g}s",
        "--timeout",
        f"{WRK_TIMEOUT_S}s",
        "-s",
        str(script),
        url,
    ]
    wrk_env = {**os.environ, **(env or {}), "BENCH_REPORT": str(LUA)}
    me = psutil.Process()
    server0, postgres0, ours0 = tree_cpu(parties.server()), tree_cpu(parties.postgres()), tree_cpu(parties.ours())
    wrk0, me0, busy0, wall0 = reaped_children_cpu(), _own_cpu(me), machine_busy(), time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, check=False, timeout=seconds + 60, env=wrk_env)
    wall = time.perf_counter() - wall0
    server = tree_cpu(parties.server()) - server0
    postgres = tree_cpu(parties.postgres()) - postgres0
    ours = tree_cpu(parties.ours()) - ours0
    wrk = reaped_children_cpu() - wrk0
    runner = _own_cpu(me) - me0
    busy = machine_busy() - busy0
    summary = _parse(finished.stdout, finished.stderr)
    requests = int(summary["requests"])
    latency = summary["latency_us"]
    errors = summary["errors"]
    duration = int(summary["duration_us"]) / 1e6 or wall
    per_request = 1000 / requests if requests else None
    return RunResult(
        requests=requests,
        seconds=round(duration, 3),
        rps=round(requests / duration, 1),
        p50_ms=latency["p50"] / 1000 if requests else None,
        p90_ms=latency["p90"] / 1000 if requests else None,
        p99_ms=latency["p99"] / 1000 if requests else None,
        max_ms=latency["max"] / 1000 if requests else None,
        errors_status=int(errors["status"]),
        errors_socket=int(errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]),
        server_cpu_ms_per_request=round(server * per_request, 3) if per_request else None,
        postgres_cpu_ms_per_request=round(postgres * per_request, 3) if per_request else None,
        server_cores=round(server / wall, 3),
        postgres_cores=round(postgres / wall, 3),
        wrk_cores=round(wrk / wall, 3),
        other_cores=round(max(0.0, busy - server - postgres - ours - wrk - runner) / wall, 3),
    )


def _own_cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def _parse(stdout: str, stderr: str) -> dict[str, Any]:
    for line in stdout.splitlines():
        if line.startswith("WRK_JSON "):
            parsed: dict[str, Any] = json.loads(line.removeprefix("WRK_JSON "))
            return parsed
    raise RuntimeError(f"wrk printed no summary:\n{stdout}\n{stderr}")


def wait_until_idle(parties: Parties, *, limit_s: float = 20.0, threshold_cores: float = 0.05) -> float:
    """Wait until the server and PostgreSQL are idle (below `threshold_cores` over 0.25 s); answer the wait."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit_s:
        before = tree_cpu(parties.server()) + tree_cpu(parties.postgres())
        time.sleep(0.25)
        if tree_cpu(parties.server()) + tree_cpu(parties.postgres()) - before < threshold_cores * 0.25:
            break
    return round(time.perf_counter() - started, 2)


def sequential_latency(url: str, count: int, budget_s: float) -> dict[str, object]:
    """Up to `count` requests one after another, stopping after `budget_s` once one has finished (for endpoints
    too slow for a short wrk run to finish enough)."""
    import urllib.request  # noqa: PLC0415

    times: list[float] = []
    started = time.perf_counter()
    while len(times) < count and (not times or time.perf_counter() - started < budget_s):
        tick = time.perf_counter()
        with urllib.request.urlopen(url, timeout=120) as answer:  # noqa: S310 - loopback, our own server
            answer.read()
        times.append((time.perf_counter() - tick) * 1000)
    times.sort()
    return {
        "method": "sequential",
        "requests": len(times),
        "p50_ms": round(times[len(times) // 2], 2),
        "p99_ms": round(times[-1], 2),
        "max_ms": round(times[-1], 2),
    }
