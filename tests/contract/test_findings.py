"""Bugs the fuzzing found, pinned by a test each so they stay fixed."""

from __future__ import annotations

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient

LONG_EMAIL = f"{'a' * 240}@example.org"  # 252 characters: the schema allows up to 320


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/v1/auth/login", {"email": LONG_EMAIL, "password": "correct horse battery"}),
        ("/api/v1/auth/signup", {"email": LONG_EMAIL, "password": "correct horse battery", "full_name": "A B"}),
    ],
)
async def test_a_long_but_valid_email_is_not_a_server_error(
    client: AsyncTestClient[Litestar], path: str, body: dict[str, str]
) -> None:
    response = await client.post(path, json=body)

    assert response.status_code < 500, response.text
