"""`qurultay create-admin`: the first platform admin, made from the command line against a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User
from tests.support.accounts import PASSWORD
from tests.support.postgres import libpq

Client = AsyncTestClient[Litestar]
QURULTAY = Path(sys.executable).parent / "qurultay"
ADMIN_PASSWORD = "an admin's long passphrase"


def _run_create_admin(database_url: str, data_dir: Path, email: str, password: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "DATABASE_URL": libpq(database_url),
        "QURULTAY_DATA_DIR": str(data_dir),
        "QURULTAY_ADMIN_PASSWORD": password,
    }
    return subprocess.run(
        [str(QURULTAY), "create-admin", "--email", email, "--full-name", "Platform Admin"],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip


def _create_admin(database_url: str, data_dir: Path, email: str, password: str) -> subprocess.CompletedProcess[str]:
    result = _run_create_admin(database_url, data_dir, email, password)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


async def _users(db: AsyncSession, email: str) -> list[User]:
    db.expire_all()
    return list((await db.scalars(select(User).where(func.lower(User.email) == email.lower()))).all())


async def _me(client: Client, email: str, password: str) -> dict[str, object]:
    login = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert login.status_code == 200, login.text
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {login.json()['access_token']}"})
    assert me.status_code == 200, me.text
    return dict(me.json())


async def test_create_admin_makes_an_admin_who_can_log_in(
    client: Client, db: AsyncSession, database_url: str, tmp_path: Path
) -> None:
    result = _create_admin(database_url, tmp_path, "Root@Example.org", ADMIN_PASSWORD)

    assert "Created admin" in result.stdout
    me = await _me(client, "root@example.org", ADMIN_PASSWORD)
    assert me["is_admin"] is True
    assert me["email"] == "root@example.org"

    # Again for the same email: still one account, still an admin, password unchanged.
    again = _create_admin(database_url, tmp_path, "root@example.org", "some other passphrase")

    assert "already had an account" in again.stdout
    [admin] = await _users(db, "root@example.org")
    assert admin.is_admin is True
    assert (await _me(client, "root@example.org", ADMIN_PASSWORD))["is_admin"] is True


async def test_create_admin_promotes_an_existing_account(
    client: Client, db: AsyncSession, database_url: str, tmp_path: Path
) -> None:
    signup = await client.post(
        "/api/v1/auth/signup", json={"email": "organizer@example.org", "password": PASSWORD, "full_name": "Organizer"}
    )
    assert signup.status_code == 201, signup.text
    token = signup.json()["access_token"]
    assert (await _me(client, "organizer@example.org", PASSWORD))["is_admin"] is False

    _create_admin(database_url, tmp_path, "ORGANIZER@example.org", ADMIN_PASSWORD)

    [user] = await _users(db, "organizer@example.org")
    assert user.is_admin is True
    # A token issued before the promotion sees it at once: grants are read per request.
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["is_admin"] is True
    assert (await _me(client, "organizer@example.org", PASSWORD))["is_admin"] is True


async def test_create_admin_refuses_a_short_password(db: AsyncSession, database_url: str, tmp_path: Path) -> None:
    result = _run_create_admin(database_url, tmp_path, "root@example.org", "short")

    assert result.returncode != 0
    assert "at least" in result.stderr
    assert await _users(db, "root@example.org") == []
