"""A write is acknowledged only after its COMMIT returned: a COMMIT that fails answers 409 or 503, never 2xx.

The commits here fail for real, in the test's own database: a DEFERRABLE INITIALLY DEFERRED constraint trigger
runs at COMMIT, after every statement of the request succeeded, and either refuses the row (a deferred
constraint: 409) or ends its own backend (the connection drops mid-COMMIT: 503 with Retry-After). The old
handler (advanced-alchemy's autocommit) committed in before_send, logged the failure at DEBUG and let the 201
go out for a row that does not exist.
"""

from __future__ import annotations

import logging

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import User
from tests.support.accounts import count
from tests.support.api import assert_problem

Client = AsyncTestClient[Litestar]
SIGNUP = "/api/v1/auth/signup"
REFRESH = "/api/v1/auth/refresh"
BODY = {"email": "commit@example.org", "password": "a long passphrase here", "full_name": "Commit"}

# What the deferred trigger does at COMMIT, by name.
AT_COMMIT = {
    "refuses": "RAISE EXCEPTION 'refused at commit' USING ERRCODE = 'check_violation'",
    "disconnects": "PERFORM pg_terminate_backend(pg_backend_pid())",
}


async def _fail_commits_of_new_users(db: AsyncSession, action: str) -> None:
    await db.execute(
        text(
            "CREATE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN {action}; RETURN NULL; END $$"
        )
    )
    await db.execute(
        text(
            "CREATE CONSTRAINT TRIGGER fail_at_commit AFTER INSERT ON users "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_at_commit()"
        )
    )
    await db.commit()


async def test_a_sign_up_commits_normally_without_the_trigger(client: Client, db: AsyncSession) -> None:
    # The control: the same request, nothing failing at COMMIT, is a 201 and its row is there.
    response = await client.post(SIGNUP, json=BODY)

    assert response.status_code == 201, response.text
    assert await count(db, User) == 1


async def test_a_commit_refused_by_a_deferred_constraint_is_409_and_stores_nothing(
    client: Client, db: AsyncSession, caplog: pytest.LogCaptureFixture
) -> None:
    await _fail_commits_of_new_users(db, AT_COMMIT["refuses"])

    with caplog.at_level(logging.ERROR):
        response = await client.post(SIGNUP, json=BODY)

    assert_problem(response, 409)
    assert await count(db, User) == 0
    assert any("COMMIT failed" in record.getMessage() for record in caplog.records if record.levelno == logging.ERROR)


async def test_a_connection_lost_during_commit_is_503_with_retry_after_and_stores_nothing(
    client: Client, db: AsyncSession, caplog: pytest.LogCaptureFixture
) -> None:
    await _fail_commits_of_new_users(db, AT_COMMIT["disconnects"])

    with caplog.at_level(logging.ERROR):
        response = await client.post(SIGNUP, json=BODY)

    body = assert_problem(response, 503)
    assert body["type"].endswith("database-unavailable")
    assert int(response.headers["retry-after"]) >= 1
    assert await count(db, User) == 0
    failures = [record for record in caplog.records if "COMMIT failed" in record.getMessage()]
    assert len(failures) == 1
    assert failures[0].levelno == logging.ERROR
    assert failures[0].exc_info is None, "one line per failure, no traceback"
    # The app is still fine: the next sign-up (the trigger dropped) gets a fresh connection and commits.
    await db.execute(text("DROP TRIGGER fail_at_commit ON users"))
    await db.commit()
    again = await client.post(SIGNUP, json=BODY)
    assert again.status_code == 201, again.text
    assert await count(db, User) == 1


async def test_a_failed_commit_of_a_401_that_keeps_its_writes_is_503(client: Client, db: AsyncSession) -> None:
    # A refresh token reused after its grace window answers 401 and commits the family's revocation first. When
    # that COMMIT fails, the client must hear 503 (retry), not 401 (the revocation is not stored) nor 500.
    signup = await client.post(SIGNUP, json=BODY)
    first = signup.json()["refresh_token"]
    assert (await client.post(REFRESH, json={"refresh_token": first})).status_code == 200
    await db.execute(text("UPDATE refresh_tokens SET rotated_at = rotated_at - interval '10 min'"))
    await db.execute(
        text(
            "CREATE FUNCTION fail_at_commit() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN {AT_COMMIT['disconnects']}; RETURN NULL; END $$"
        )
    )
    await db.execute(
        text(
            "CREATE CONSTRAINT TRIGGER fail_at_commit AFTER UPDATE ON refresh_tokens "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_at_commit()"
        )
    )
    await db.commit()

    response = await client.post(REFRESH, json={"refresh_token": first})

    body = assert_problem(response, 503)
    assert body["type"].endswith("database-unavailable")
    assert "retry-after" in response.headers
    revoked = await db.scalar(text("SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NOT NULL"))
    assert revoked == 0
