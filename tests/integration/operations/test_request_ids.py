"""One id per request, in the X-Request-ID header and in every problem body: the proxy's when a trusted proxy
gave one, else ours. Anyone else's is ignored, so a client cannot make its requests look like another's."""

from __future__ import annotations

import uuid

from litestar import Litestar
from litestar.testing import AsyncTestClient

from tests.support.accounts import clients_at, settings_with
from tests.support.api import assert_problem

Client = AsyncTestClient[Litestar]
PROXY, STRANGER = "10.0.0.5", "192.0.2.7"
BEHIND_A_PROXY = settings_with(trusted_proxies=("10.0.0.0/8",))
MISSING_FORUM = "/api/v1/forums/no-such-forum"


def _made_here(request_id: str) -> bool:
    return uuid.UUID(request_id).version == 7


async def test_every_answer_has_an_id_of_its_own_and_problems_quote_it(client: Client) -> None:
    found = await client.get("/health/live")
    missing = await client.get(MISSING_FORUM)
    no_route = await client.get("/no/such/path")

    ids = [response.headers["x-request-id"] for response in (found, missing, no_route)]
    assert all(_made_here(request_id) for request_id in ids)
    assert len(set(ids)) == 3
    assert assert_problem(missing, 404)["request_id"] == ids[1]
    assert assert_problem(no_route, 404)["request_id"] == ids[2]


async def test_a_trusted_proxys_id_is_kept_in_the_header_and_the_problem(database_url: str) -> None:
    async with clients_at(database_url, BEHIND_A_PROXY, PROXY) as (proxy,):
        response = await proxy.get(MISSING_FORUM, headers={"X-Request-ID": "lb-7f3a9c"})

    assert response.headers["x-request-id"] == "lb-7f3a9c"
    assert assert_problem(response, 404)["request_id"] == "lb-7f3a9c"


async def test_an_untrusted_peers_id_is_replaced(database_url: str) -> None:
    async with clients_at(database_url, BEHIND_A_PROXY, STRANGER) as (stranger,):
        response = await stranger.get(MISSING_FORUM, headers={"X-Request-ID": "lb-7f3a9c"})

    assert response.headers["x-request-id"] != "lb-7f3a9c"
    assert _made_here(response.headers["x-request-id"])
    assert assert_problem(response, 404)["request_id"] == response.headers["x-request-id"]


async def test_by_default_not_even_the_loopback_is_trusted(database_url: str) -> None:
    async with clients_at(database_url, settings_with(), "127.0.0.1") as (local,):
        response = await local.get("/health/live", headers={"X-Request-ID": "lb-7f3a9c"})

    assert _made_here(response.headers["x-request-id"])


async def test_a_trusted_proxys_id_that_could_forge_a_log_line_is_replaced(database_url: str) -> None:
    async with clients_at(database_url, BEHIND_A_PROXY, PROXY) as (proxy,):
        response = await proxy.get("/health/live", headers={"X-Request-ID": 'x" level=error forged'})

    assert _made_here(response.headers["x-request-id"])
