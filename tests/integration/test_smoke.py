from __future__ import annotations

from litestar import Litestar
from litestar.testing import AsyncTestClient


async def test_demo_forum_is_listed(demo_client: AsyncTestClient[Litestar]) -> None:
    response = await demo_client.get("/api/v1/forums")
    assert response.status_code == 200
    assert [f["slug"] for f in response.json()["items"]] == ["ots-ngo-solidarity-forum-2025"]
