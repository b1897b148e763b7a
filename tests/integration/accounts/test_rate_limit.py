"""Log-in attempts are limited per client, per account from one client, and per account from every client (a
higher ceiling); past a limit, 429 with Retry-After. The counters live in PostgreSQL, so the limits hold across
worker processes: checked here with two real servers."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import RateLimitCounter
from tests.support.accounts import (
    PASSWORD,
    app_client,
    clients_at,
    count,
    fresh_email,
    make_user,
    settings_with,
    wait_out_window_edge,
)
from tests.support.api import assert_problem
from tests.support.postgres import libpq
from tests.support.processes import uvicorn_servers

LOGIN = "/api/v1/auth/login"
WINDOW = 3600  # long, so a test's attempts never straddle two windows
STARTUP_SECONDS = 60


def _assert_limited(response: httpx.Response) -> int:
    assert_problem(response, 429)
    retry_after = response.headers["retry-after"]
    assert retry_after.isdigit(), retry_after
    assert 1 <= int(retry_after) <= WINDOW
    return int(retry_after)


async def test_login_is_limited_per_account(database_url: str, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    settings = settings_with(
        auth_rate_limit_per_account=3, auth_rate_limit_per_client=1000, auth_rate_limit_window_seconds=WINDOW
    )
    wait_out_window_edge(WINDOW)
    async with app_client(database_url, settings) as client:
        for _ in range(3):
            response = await client.post(LOGIN, json={"email": user.email, "password": "wrong password"})
            assert_problem(response, 401)

        _assert_limited(await client.post(LOGIN, json={"email": user.email, "password": "wrong password"}))
        # Past the limit, even the right password is refused: the limit is what stops guessing.
        _assert_limited(await client.post(LOGIN, json={"email": user.email, "password": PASSWORD}))
        # The same account under another spelling of its email is the same account.
        _assert_limited(await client.post(LOGIN, json={"email": user.email.upper(), "password": PASSWORD}))
        # Another account from the same client is not affected.
        other = await make_user(db)
        await db.commit()
        response = await client.post(LOGIN, json={"email": other.email, "password": PASSWORD})
        assert response.status_code == 200, response.text


async def test_login_is_limited_per_client(database_url: str, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    settings = settings_with(
        auth_rate_limit_per_account=1000, auth_rate_limit_per_client=3, auth_rate_limit_window_seconds=WINDOW
    )
    wait_out_window_edge(WINDOW)
    async with app_client(database_url, settings) as client:
        # Three different (unknown) accounts, one client.
        for _ in range(3):
            response = await client.post(LOGIN, json={"email": fresh_email(), "password": "wrong password"})
            assert_problem(response, 401)

        _assert_limited(await client.post(LOGIN, json={"email": user.email, "password": PASSWORD}))
        # Sign-up counts against the same client too.
        signup = {"email": fresh_email(), "password": PASSWORD, "full_name": "Someone"}
        _assert_limited(await client.post("/api/v1/auth/signup", json=signup))
    assert await count(db, RateLimitCounter) > 0


def _server_env(database_url: str, data_dir: Path) -> dict[str, str]:
    env = os.environ | {
        "DATABASE_URL": libpq(database_url),
        "QURULTAY_DATA_DIR": str(data_dir),  # one jwt-secret file for both
        "QURULTAY_AUTH_RATE_LIMIT_PER_ACCOUNT": "4",
        "QURULTAY_AUTH_RATE_LIMIT_PER_CLIENT": "1000",
        "QURULTAY_AUTH_RATE_LIMIT_WINDOW": str(WINDOW),
    }
    env.pop("QURULTAY_JWT_SECRET", None)
    return env


async def test_the_account_limit_is_shared_by_two_server_processes(
    database_url: str, db: AsyncSession, tmp_path: Path
) -> None:
    user = await make_user(db)
    await db.commit()

    with uvicorn_servers(_server_env(database_url, tmp_path), tmp_path, 2, STARTUP_SECONDS) as servers:
        async with httpx.AsyncClient(timeout=30) as http:
            wait_out_window_edge(WINDOW)
            wrong = {"email": user.email, "password": "wrong password"}

            for attempt in range(1, 5):
                base = servers[attempt % 2]
                response = await http.post(f"{base}{LOGIN}", json=wrong)
                assert response.status_code == 401, f"attempt {attempt} on {base}: {response.text}"

            # Each server has seen only two attempts: the fifth is refused because they share one count.
            fifth = await http.post(f"{servers[1]}{LOGIN}", json=wrong)
            _assert_limited(fifth)
            sixth = await http.post(f"{servers[0]}{LOGIN}", json={"email": user.email, "password": PASSWORD})
            _assert_limited(sixth)

            # Both serve people otherwise, and honour each other's tokens (one secret).
            other = await make_user(db)
            await db.commit()
            login = await http.post(f"{servers[0]}{LOGIN}", json={"email": other.email, "password": PASSWORD})
            assert login.status_code == 200, login.text
            token = login.json()["access_token"]
            me = await http.get(f"{servers[1]}/api/v1/me", headers={"Authorization": f"Bearer {token}"})
            assert me.status_code == 200, me.text


OWNER = "198.51.100.7"
GUESSER = "203.0.113.9"


async def test_wrong_passwords_from_elsewhere_do_not_lock_the_owners_own_client_out(
    database_url: str, db: AsyncSession
) -> None:
    user = await make_user(db)
    await db.commit()
    settings = settings_with(auth_rate_limit_window_seconds=WINDOW)  # the defaults: 10 per account and client
    wait_out_window_edge(WINDOW)
    async with clients_at(database_url, settings, GUESSER, OWNER) as (guesser, owner):
        for _ in range(settings.auth_rate_limit_per_account):
            assert_problem(await guesser.post(LOGIN, json={"email": user.email, "password": "wrong password"}), 401)
        # The guesser is stopped, with the right password too ...
        _assert_limited(await guesser.post(LOGIN, json={"email": user.email, "password": PASSWORD}))
        # ... the owner, on their own client, is not.
        response = await owner.post(LOGIN, json={"email": user.email, "password": PASSWORD})
        assert response.status_code == 200, response.text


async def test_the_account_ceiling_stops_guessing_from_many_addresses(database_url: str, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    settings = settings_with(
        auth_rate_limit_per_account=3, auth_rate_limit_account_ceiling=4, auth_rate_limit_window_seconds=WINDOW
    )
    wait_out_window_edge(WINDOW)
    addresses = [f"203.0.113.{n}" for n in range(1, 5)]
    async with clients_at(database_url, settings, *addresses, OWNER) as clients:
        *guessers, owner = clients
        for guesser in guessers:  # one wrong guess from each of four addresses: none over its own limit
            assert_problem(await guesser.post(LOGIN, json={"email": user.email, "password": "wrong password"}), 401)
        _assert_limited(await owner.post(LOGIN, json={"email": user.email, "password": PASSWORD}))


async def test_attempts_a_narrower_limit_refused_do_not_use_up_the_ceiling(database_url: str, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    settings = settings_with(
        auth_rate_limit_per_account=3, auth_rate_limit_account_ceiling=6, auth_rate_limit_window_seconds=WINDOW
    )
    wait_out_window_edge(WINDOW)
    async with clients_at(database_url, settings, GUESSER, OWNER) as (guesser, owner):
        for attempt in range(20):  # one address hammering: refused from the fourth on
            response = await guesser.post(LOGIN, json={"email": user.email, "password": "wrong password"})
            assert response.status_code == (401 if attempt < 3 else 429), response.text
        response = await owner.post(LOGIN, json={"email": user.email, "password": PASSWORD})
        assert response.status_code == 200, response.text


async def test_an_address_that_keeps_guessing_is_held_off_for_longer(database_url: str, db: AsyncSession) -> None:
    user = await make_user(db)
    await db.commit()
    window = 1  # short windows, so the test sees several of them; the backoff window is an hour
    settings = settings_with(auth_rate_limit_per_account=2, auth_rate_limit_window_seconds=window)
    wait_out_window_edge(3600)
    wrong = {"email": user.email, "password": "wrong password"}
    async with clients_at(database_url, settings, GUESSER, OWNER) as (guesser, owner):
        held_off = None
        for _ in range(30):
            response = await guesser.post(LOGIN, json=wrong)
            if response.status_code == 401:
                continue
            assert_problem(response, 429)
            retry_after = int(response.headers["retry-after"])
            if retry_after > window:
                held_off = retry_after
                break
            await asyncio.sleep(retry_after)  # the ordinary window ends: guess again in the next
        assert held_off is not None, "an address guessing window after window was never held off for longer"
        # Held off with the right password too; the owner, elsewhere, is not.
        assert (await guesser.post(LOGIN, json={"email": user.email, "password": PASSWORD})).status_code == 429
        response = await owner.post(LOGIN, json={"email": user.email, "password": PASSWORD})
        assert response.status_code == 200, response.text
