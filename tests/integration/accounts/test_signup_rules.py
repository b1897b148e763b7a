"""What sign-up accepts: passwords that are not easy to guess, and one account per mailbox however its address
is spelled; and what it gives away about existing accounts: nothing a taken address costs less to learn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User
from app.domain.accounts import services
from tests.integration.accounts.test_cli_admin import _run_create_admin
from tests.support.accounts import PASSWORD, count, make_user
from tests.support.api import assert_problem, error_fields

Client = AsyncTestClient[Litestar]
SIGNUP = "/api/v1/auth/signup"
LOGIN = "/api/v1/auth/login"


def _signup(email: str, password: str = PASSWORD) -> dict[str, str]:
    return {"email": email, "password": password, "full_name": "Aigerim Bekova"}


# (b) A taken email costs the same work as a new one.


async def test_signup_of_a_taken_email_hashes_the_password_like_a_new_one(
    client: Client, db: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = await make_user(db)
    await db.commit()
    hashed: list[str] = []
    real_hash = services.hash_password

    async def spy(password: str) -> str:
        hashed.append(password)
        return await real_hash(password)

    monkeypatch.setattr(services, "hash_password", spy)

    taken = await client.post(SIGNUP, json=_signup(existing.email.upper()))
    body = assert_problem(taken, 409)
    assert hashed == [PASSWORD], "a taken email skipped the hashing a new account pays for"
    # The answer names no account and carries nothing but the problem.
    assert existing.email not in body["detail"]
    assert set(body) <= {"type", "title", "status", "detail", "instance", "request_id"}

    created = await client.post(SIGNUP, json=_signup("someone-new@example.org"))
    assert created.status_code == 201, created.text
    assert hashed == [PASSWORD, PASSWORD]


# (c) Passwords that are easy to guess are refused, naming the field.

WEAK = {
    "ten spaces": " " * 10,
    "a top-100 password": "1234567890",
    "the email itself": "aigerim.bekova@example.org",
    "the name and a digit": "AigerimBekova1",
    "a keyboard row": "qwertyuiop",
}


@pytest.mark.parametrize("password", WEAK.values(), ids=WEAK.keys())
async def test_signup_refuses_a_password_that_is_easy_to_guess(client: Client, db: AsyncSession, password: str) -> None:
    response = await client.post(SIGNUP, json=_signup("aigerim.bekova@example.org", password))

    body = assert_problem(response, 400)
    assert error_fields(body) == ["password"]
    assert "guess" in body["errors"][0]["message"]
    assert await count(db, User) == 0


async def test_a_passphrase_is_accepted(client: Client) -> None:
    response = await client.post(SIGNUP, json=_signup("aigerim.bekova@example.org", "a sturdy pass phrase 2026"))
    assert response.status_code == 201, response.text


def test_create_admin_refuses_an_easy_password(database_url: str, tmp_path: Path) -> None:
    result = _run_create_admin(database_url, tmp_path, "root@example.org", "1234567890")

    assert result.returncode == 2, result.stdout + result.stderr
    assert "--password" in result.stderr
    assert "guess" in result.stderr


# (d) One account per mailbox: look-alike spellings are the same account or refused.


async def _stored_emails(db: AsyncSession) -> list[str]:
    db.expire_all()
    return list((await db.scalars(select(User.email).order_by(User.email))).all())


async def test_full_width_letters_are_the_same_account(client: Client, db: AsyncSession) -> None:
    first = await client.post(SIGNUP, json=_signup("aigerim@example.org"))
    assert first.status_code == 201, first.text

    look_alike = await client.post(SIGNUP, json=_signup("ａｉｇｅｒｉｍ@ｅｘａｍｐｌｅ.org"))
    assert_problem(look_alike, 409)
    login = await client.post(LOGIN, json={"email": "ＡＩＧＥＲＩＭ@example.org", "password": PASSWORD})
    assert login.status_code == 200, login.text
    assert await _stored_emails(db) == ["aigerim@example.org"]


async def test_an_idna_domain_is_one_domain_in_either_spelling(client: Client, db: AsyncSession) -> None:
    first = await client.post(SIGNUP, json=_signup("aigerim@xn--bcher-kva.de"))
    assert first.status_code == 201, first.text

    assert_problem(await client.post(SIGNUP, json=_signup("aigerim@bücher.de")), 409)
    assert await _stored_emails(db) == ["aigerim@bücher.de"]


LOOK_ALIKES = {
    "a zero-width space": "aige\u200brim@example.org",
    "a trailing dot": "aigerim@example.org.",
    "a zero-width joiner in the domain": "aigerim@exa\u200dmple.org",
}


@pytest.mark.parametrize("email", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
async def test_invisible_characters_and_a_trailing_dot_are_refused(
    client: Client, db: AsyncSession, email: str
) -> None:
    assert (await client.post(SIGNUP, json=_signup("aigerim@example.org"))).status_code == 201

    body = assert_problem(await client.post(SIGNUP, json=_signup(email)), 400)
    assert error_fields(body) == ["email"]
    # Log-in with such a spelling finds no account, and says no more than for any unknown address.
    assert_problem(await client.post(LOGIN, json={"email": email, "password": PASSWORD}), 401)
    assert await _stored_emails(db) == ["aigerim@example.org"]


async def test_organizer_grants_find_the_account_by_a_look_alike_spelling(
    client: Client, db: AsyncSession, database_url: str
) -> None:
    from tests.support.accounts import bearer, settings_with  # noqa: PLC0415
    from tests.support.factories import make_forum  # noqa: PLC0415 - only this test needs a forum

    admin = await make_user(db, is_admin=True)
    organizer = await make_user(db, email="organizer@example.org")
    forum = await make_forum(db)
    await db.commit()
    headers: dict[str, Any] = bearer(admin.id, settings_with())

    response = await client.post(
        f"/api/v1/forums/{forum.id}/organizers", json={"email": "ｏｒｇａｎｉｚｅｒ@example.org"}, headers=headers
    )
    assert response.status_code == 201, response.text
    assert response.json()["user_id"] == str(organizer.id)
