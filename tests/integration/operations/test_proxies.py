"""X-Forwarded-For is believed only from the proxies in QURULTAY_TRUSTED_PROXIES. The client address keys the
rate limits of anonymous callers: believed from anyone (uvicorn believed it from 127.0.0.1), a caller picks a
fresh key per request and is never limited."""

from __future__ import annotations

import os
from pathlib import Path

import httpx

from tests.support.accounts import clients_at, fresh_email, settings_with, wait_out_window_edge
from tests.support.api import assert_problem
from tests.support.postgres import libpq
from tests.support.processes import qurultay_serve

LOGIN = "/api/v1/auth/login"
WINDOW = 3600  # long, so a test's attempts never straddle two windows
LIMIT = 2  # log-in attempts per client address


def _attempt(forwarded_for: str) -> tuple[dict[str, str], dict[str, str]]:
    return {"X-Forwarded-For": forwarded_for}, {"email": fresh_email(), "password": "wrong password"}


async def test_forwarded_for_from_the_loopback_does_not_pick_the_rate_limit_key(
    database_url: str, tmp_path: Path
) -> None:
    env = os.environ | {
        "DATABASE_URL": libpq(database_url),
        "QURULTAY_DATA_DIR": str(tmp_path),
        "QURULTAY_AUTH_RATE_LIMIT_PER_CLIENT": str(LIMIT),
        "QURULTAY_AUTH_RATE_LIMIT_WINDOW": str(WINDOW),
    }
    wait_out_window_edge(WINDOW)
    with qurultay_serve(env, tmp_path / "serve.log") as base:
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            statuses = []
            for n in range(LIMIT + 1):
                headers, body = _attempt(f"203.0.113.{n + 1}")  # a new "client" each time
                statuses.append((await http.post(LOGIN, headers=headers, json=body)).status_code)

    # Every attempt came from 127.0.0.1, and counts against it, whatever it claimed.
    assert statuses == [401] * LIMIT + [429]


async def test_a_trusted_proxy_reports_the_client(database_url: str) -> None:
    settings = settings_with(
        trusted_proxies=("10.0.0.0/8",),
        auth_rate_limit_per_client=LIMIT,
        auth_rate_limit_window_seconds=WINDOW,
    )
    wait_out_window_edge(WINDOW)
    async with clients_at(database_url, settings, "10.0.0.5") as (proxy,):
        # Three clients behind the proxy: each has its own limit.
        for n in range(LIMIT + 1):
            headers, body = _attempt(f"203.0.113.{n + 1}")
            assert_problem(await proxy.post(LOGIN, headers=headers, json=body), 401)
        # One client writing its own X-Forwarded-For: the proxy appends the address it saw, and that one counts.
        statuses = []
        for n in range(LIMIT + 1):
            headers, body = _attempt(f"198.51.100.{n + 1}, 203.0.113.99")
            statuses.append((await proxy.post(LOGIN, headers=headers, json=body)).status_code)

    assert statuses == [401] * LIMIT + [429]


async def test_an_untrusted_peer_keeps_its_own_address(database_url: str) -> None:
    settings = settings_with(
        trusted_proxies=("10.0.0.0/8",), write_rate_limit=1, write_rate_limit_window_seconds=WINDOW
    )
    wait_out_window_edge(WINDOW)
    async with clients_at(database_url, settings, "192.0.2.7") as (stranger,):
        first = await stranger.post("/api/v1/forums", headers={"X-Forwarded-For": "203.0.113.1"}, json={})
        second = await stranger.post("/api/v1/forums", headers={"X-Forwarded-For": "203.0.113.2"}, json={})

    assert first.status_code == 401  # an anonymous write: counted against the peer, then refused
    assert_problem(second, 429)
