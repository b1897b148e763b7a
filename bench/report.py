"""Turns a run's results into the Markdown table and the verdict on each of issue 7's targets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.targets import ENDPOINTS

START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"
THROUGHPUT_GOAL = 0.8
SEARCH_P99_GOAL_MS = 50.0
DEEP_GOAL = 1.5
GROWTH_GOAL = 1.5
RSS_GOAL_MB = 150.0
CONTENTION_GOAL = 500.0
SPEAKERS_GOAL_RPS = 500.0  # issue 20: pretalx serves its 3,000-speaker list at 2.5 req/s on this machine
FANOUT_P99_GOAL_MS = 200.0
TABLE_HEADER = (
    "| endpoint | app | req/s | real/limit | p50 ms | p99 ms | errors (HTTP / socket) | server CPU ms/req "
    "| PG CPU ms/req | 1-conn p50 / p99 ms | other CPU (cores) |"
)


def _measured(scale: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in scale["endpoints"] if "real" in e}


def _cost(run: dict[str, Any]) -> float | None:
    server, postgres = run.get("server_cpu_ms_per_request"), run.get("postgres_cpu_ms_per_request")
    return None if server is None or postgres is None else server + postgres


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def _met(values: list[float | None], ok: Callable[[float], bool], *, complete: bool = True) -> bool | None:
    """False when a measured value misses the goal; True only when every value the target needs was measured and
    meets it; None (not measured, or only partly) otherwise: a skipped endpoint never counts as met."""
    known = [v for v in values if v is not None]
    if not all(ok(v) for v in known):
        return False
    if known and complete and len(known) == len(values):
        return True
    return None


READS = tuple(endpoint.name for endpoint in ENDPOINTS if endpoint.path is not None)


def assess(results: dict[str, Any]) -> dict[str, Any]:
    scales = {int(k): _measured(v) for k, v in results["scales"].items()}
    largest = max(scales) if scales else None
    out: dict[str, Any] = {}
    ratios = {s: {n: e["rps_ratio"] for n, e in eps.items()} for s, eps in scales.items()}
    out["throughput_vs_limit"] = {
        "goal": f"every read endpoint's req/s >= {THROUGHPUT_GOAL} x its limit handler's, same run",
        "values": ratios,
        "met": _met(
            [r for v in ratios.values() for r in v.values()],
            lambda r: r >= THROUGHPUT_GOAL,
            complete=all(set(READS) <= set(v) for v in ratios.values()),
        ),
    }
    search: dict[str, Any] = {}
    if largest is not None:
        for name in ("search_common", "search_rare"):
            if name in scales[largest]:
                e = scales[largest][name]
                search[name] = {
                    "loaded_p99_ms": e["real"]["p99_ms"],
                    "one_connection_p99_ms": e["one_connection"]["real"]["p99_ms"],
                }
    out["search_p99"] = {
        "goal": f"statement search p99 < {SEARCH_P99_GOAL_MS:g} ms at scale {largest} (judged on the 1-connection "
        "run: the loaded p99 also holds the queueing of 16 connections on 2 cores)",
        "values": search,
        "met": _met(
            [v["one_connection_p99_ms"] for v in search.values()],
            lambda v: v < SEARCH_P99_GOAL_MS,
            complete=len(search) == 2,  # noqa: PLR2004 - the common and the rare word
        ),
    }
    deep = {}
    for s, eps in scales.items():
        if "statements_deep" in eps and "statements_page1" in eps:
            d, p = eps["statements_deep"], eps["statements_page1"]
            deep[s] = {
                "one_connection_p50_ratio": _ratio(
                    d["one_connection"]["real"]["p50_ms"], p["one_connection"]["real"]["p50_ms"]
                ),
                "loaded_p50_ratio": _ratio(d["real"]["p50_ms"], p["real"]["p50_ms"]),
            }
    out["deep_pages"] = {
        "goal": f"a page 10,000 rows deep within {DEEP_GOAL} x the latency of page 1 (p50, 1 connection)",
        "values": deep,
        "met": _met(
            [v["one_connection_p50_ratio"] for v in deep.values()],
            lambda v: v <= DEEP_GOAL,
            complete=len(deep) == len(scales),
        ),
    }
    growth: dict[str, Any] = {}
    if 1 in scales and largest is not None and largest != 1:
        for name, e in scales[largest].items():
            if name in scales[1]:
                growth[name] = _ratio(_cost(e["real"]), _cost(scales[1][name]["real"]))
    out["scale_growth"] = {
        "goal": f"scale {largest} costs <= {GROWTH_GOAL} x scale 1 per request (server + PostgreSQL CPU)",
        "values": growth,
        "met": _met(list(growth.values()), lambda v: v <= GROWTH_GOAL, complete=set(READS) <= set(growth)),
    }
    speakers = {s: eps["speakers"]["real"]["rps"] for s, eps in scales.items() if "speakers" in eps}
    out["speakers_throughput"] = {
        "goal": f"the speakers page (50) of the agenda forum >= {SPEAKERS_GOAL_RPS:g} req/s at scale {largest} "
        "(and >= 0.8 of its limit: throughput_vs_limit)",
        "values": speakers,
        "met": _met(
            [speakers.get(largest)] if largest is not None else [],
            lambda v: v >= SPEAKERS_GOAL_RPS,
            complete=largest in speakers,
        ),
    }
    rss = {s: max(v["worker_rss_mb_at_end"].get("real") or [0]) for s, v in results["scales"].items()}
    out["worker_rss"] = {
        "goal": f"< {RSS_GOAL_MB:g} MB resident per worker at the end of the run",
        "values": rss,
        "met": _met(list(rss.values()), lambda v: v < RSS_GOAL_MB),
    }
    contention = {
        scale: e["contention"]
        for scale, data in results["scales"].items()
        for e in data["endpoints"]
        if "contention" in e
    }
    out["registration_contention"] = {
        "goal": f">= {CONTENTION_GOAL:g} registrations/s with 64 clients on one 100-seat session; never more "
        "confirmed than seats, every acknowledged registration stored, the waitlist contiguous",
        "values": {
            scale: {"registrations_per_s": c["registrations_per_s"], "checks_ok": c["ok"]}
            for scale, c in contention.items()
        },
        "limit_handler": {
            scale: {
                "registrations_per_s": e["limit_contention"]["registrations_per_s"],
                "real_to_limit": e["rps_ratio"],
            }
            for scale, data in results["scales"].items()
            for e in data["endpoints"]
            if "limit_contention" in e
        },
        "met": _met(
            [c["registrations_per_s"] if c["ok"] else 0.0 for c in contention.values()],
            lambda v: v >= CONTENTION_GOAL,
            complete=len(contention) == len(results["scales"]),
        ),
    }
    fanout = {
        scale: e["fanout"] for scale, data in results["scales"].items() for e in data["endpoints"] if "fanout" in e
    }
    out["sse_fanout"] = {
        "goal": f"p99 from a statement's commit to its delivery < {FANOUT_P99_GOAL_MS:g} ms with 1,000 live clients "
        "of one session, none missed",
        "values": {
            scale: {**f["delay_ms"], "missed": f["missed"], "streaming": f["streaming"]} for scale, f in fanout.items()
        },
        "met": _met(
            [
                f["delay_ms"]["p99"] if not f["missed"] and f["streaming"] == f["clients"] else None
                for f in fanout.values()
            ],
            lambda v: v < FANOUT_P99_GOAL_MS,
        ),
    }
    return out


def _sync_lines(sync: dict[str, Any], load: list[float] | None) -> list[str]:
    """The incremental sync next to the two full re-downloads."""
    lines = [
        "",
        f"Incremental sync after 100 changes ({sync['cursor_items']} items: "
        + ", ".join(f"{n} {k}" for k, n in sync["item_kinds"].items())
        + f"){_load(load)}:",
        "",
        (
            "| download | requests | bytes | req/s | syncs/s | p50 / p99 ms | server + PG CPU ms per sync | errors "
            "| other CPU (cores) |"
        ),
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    names = {
        "incremental": "changes since the cursor (limit 100)",
        "snapshot": "the feed without `since`, every page (limit 500)",
        "agenda": "the agenda, every page (limit 50)",
    }
    for key, label in names.items():
        v = sync[key]
        slow = f" (slow: {v['mode']['connections']} conn.)" if v.get("mode", {}).get("slow") else ""
        lines.append(
            f"| {label}{slow} | {v['pages']} | {v['bytes']:,} | {v['rps']:.1f} | {v['syncs_per_s']:.2f} | "
            f"{_ms(v['p50_ms'])} / {_ms(v['p99_ms'])} | {_ms(v['cpu_ms_per_sync'])} | {v['errors']} | "
            f"{v['other_cores']:.2f} |"
        )
    return lines


def _fanout_lines(f: dict[str, Any], load: list[float] | None) -> list[str]:
    d, rss = f["delay_ms"], f["worker_rss_mb"]
    return [
        "",
        f"SSE fan-out{_load(load)}: {f['streaming']}/{f['clients']} clients streaming one session ({f['library']}, "
        f"all connected in {f['connect_s']} s), {f['statements']} statements published {f['spacing_s']:g} s apart: "
        f"{f['delivered']:,} deliveries, {f['missed']} missed over all runs; delay from commit to delivery p50 "
        f"{_ms(d['p50'])} ms, "
        f"p99 **{_ms(d['p99'])} ms**, max {_ms(d['max'])} ms (the run with the median p99; every run's p99: "
        f"{f.get('p99_of_runs_ms')} ms). Worker RSS (MB): {rss['before']} before the clients, "
        f"{rss['connected']} with them connected, {rss['after']} after the statements. CPU per delivered event: server "
        f"{f['server_cpu_ms_per_event']} ms, the clients' own {f['client_cpu_ms_per_event']} ms; other CPU "
        f"{f['other_cores']} cores." + (f" Errors: {f['errors']}." if f["errors"] else ""),
    ]


def _table_endpoints(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in data["endpoints"] if "sync" not in e and "fanout" not in e]


def _scenario_lines(data: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for e in data["endpoints"]:
        if "sync" in e:
            lines += _sync_lines(e["sync"], e.get("load"))
        if "fanout" in e:
            lines += _fanout_lines(e["fanout"], e.get("load"))
    return lines


def _load(load: list[float] | None) -> str:
    return f" (load average {load[0]:.2f} when it ended)" if load else ""


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"  # noqa: PLR2004


def _row(name: str, app: str, run: dict[str, Any], one: dict[str, Any], ratio: str) -> str:
    errors = f"{run['errors_status']} / {run['errors_socket']}"
    seq = " (seq)" if one.get("method") == "sequential" else ""
    return (
        f"| {name} | {app} | {run['rps']:.1f} | {ratio} | {_ms(run['p50_ms'])} | {_ms(run['p99_ms'])} | "
        f"{errors} | {_ms(run['server_cpu_ms_per_request'])} | {_ms(run['postgres_cpu_ms_per_request'])} | "
        f"{_ms(one['p50_ms'])} / {_ms(one['p99_ms'])}{seq} | {run['other_cores']:.2f} |"
    )


def markdown(results: dict[str, Any]) -> str:
    v, m, method = results["versions"], results["machine"], results["method"]
    header = (
        f"Run {results['started_at']} ({results['duration_s']:.0f} s), {m['cores']} cores ({m['cpu']}), "
        f"{m['memory_gb']} GB. Python {v['python']}, Litestar {v['litestar']}, SQLAlchemy {v['sqlalchemy']}, "
        f"asyncpg {v['asyncpg']}, msgspec {v['msgspec']}, uvicorn {v['uvicorn']}, PostgreSQL {v['postgres']} "
        f"(jit {v['postgres_settings'].get('jit')}, shared_buffers {v['postgres_settings'].get('shared_buffers')}); "
        f"{v['wrk']}."
    )
    load_line = (
        f"Load: wrk, 1 thread, {method['connections']} connections, {method['repeats']} runs of "
        f"{method['duration_s']:g} s per endpoint and app after {method['warmup_s']:g} s of warm-up (medians); "
        f"servers: uvicorn, {method['workers']} workers each. Latency at 1 connection: one "
        f"{method['latency_duration_s']:g} s run."
    )
    lines = [header, "", load_line, ""]
    for scale, data in results["datasets"].items():
        load = data["load"]
        how = "cached" if load is None else f"loaded in {load['total_seconds']:.0f} s"
        lines.append(f"- scale {scale}: dataset {how}")
    for scale, data in results["scales"].items():
        t = data["targets"]
        title = (
            f"**Scale {scale}** ({t['public_statements']:,} public statements; agenda forum with "
            f"{t['forum_public_sessions']} sessions and {t.get('forum_speakers', '?')} speakers; "
            f"`{t['common']}` matches {t['common_matches']:,}, "
            f"`{t['rare']}` {t['rare_matches']:,}; the person has {t['person_statements']} statements)"
        )
        lines += ["", title]
        if _table_endpoints(data):
            lines += ["", TABLE_HEADER, "| --- | --- |" + " ---: |" * 9]
        for e in _table_endpoints(data):
            if "contention" in e:
                ratio = f"**{e['rps_ratio']:.2f}**" if e.get("rps_ratio") is not None else "-"
                for app, key in (("real", "contention"), ("limit", "limit_contention")):
                    if key not in e:
                        continue
                    c = e[key]
                    rate = f"{c['registrations_per_s']} registrations/s"
                    verdict = (
                        f"confirmed {c['database']['confirmed']}/{c['seats']}, checks {'ok' if c['ok'] else 'FAILED'}"
                    )
                    name = e["name"] if app == "real" else ""
                    lines.append(
                        _row(name, f"{app} ({rate}; {verdict})", c["run"], c["run"], ratio if app == "real" else "")
                    )
                continue
            if "real" not in e:
                lines.append(f"| {e['name']} | - | skipped: {e['skipped']} | | | | | | | | |")
                continue
            ratio = f"**{e['rps_ratio']:.2f}**" if e["rps_ratio"] is not None else "-"
            mode = e["mode"]
            name = e["name"] + (
                f" (slow: {mode['connections']} conn., {mode['duration_s']:g} s)" if mode["slow"] else ""
            )
            lines.append(_row(name, "real", e["real"], e["one_connection"]["real"], ratio))
            lines.append(_row("", "limit", e["limit"], e["one_connection"]["limit"], ""))
        rss = data["worker_rss_mb_at_end"]
        lines += ["", f"Worker RSS at the end (MB): real {rss.get('real')}, limit {rss.get('limit')}."]
        lines += _scenario_lines(data)
    lines += ["", "**Targets**", "", "| target | measured | met |", "| --- | --- | --- |"]
    for name, verdict in results["assessment"].items():
        met = {True: "yes", False: "**no**", None: "not (fully) measured"}[verdict["met"]]
        lines.append(f"| {name}: {verdict['goal']} | `{verdict['values']}` | {met} |")
    return "\n".join(lines) + "\n"


def update_readme(path: Path, table: str, source: str) -> None:
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n\nFrom `bench/{source}`:\n\n{table}\n{END}{tail}", encoding="utf-8")
