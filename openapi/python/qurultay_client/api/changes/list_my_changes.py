from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_change_page import MyChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MyChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = MyChangePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[MyChangePage | Problem]:
    """What changed in my registrations

     The caller's registrations that changed after `since` (promoted from the waitlist, approved,
    rejected, cancelled, checked in, their session cancelled or moved), each once, as GET
    /registrations/{id} shows it. Without `since`: no items, and the cursor to start from.

    Args:
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyChangePage | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> MyChangePage | Problem | None:
    """What changed in my registrations

     The caller's registrations that changed after `since` (promoted from the waitlist, approved,
    rejected, cancelled, checked in, their session cancelled or moved), each once, as GET
    /registrations/{id} shows it. Without `since`: no items, and the cursor to start from.

    Args:
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyChangePage | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[MyChangePage | Problem]:
    """What changed in my registrations

     The caller's registrations that changed after `since` (promoted from the waitlist, approved,
    rejected, cancelled, checked in, their session cancelled or moved), each once, as GET
    /registrations/{id} shows it. Without `since`: no items, and the cursor to start from.

    Args:
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyChangePage | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> MyChangePage | Problem | None:
    """What changed in my registrations

     The caller's registrations that changed after `since` (promoted from the waitlist, approved,
    rejected, cancelled, checked in, their session cancelled or moved), each once, as GET
    /registrations/{id} shows it. Without `since`: no items, and the cursor to start from.

    Args:
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyChangePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            limit=limit,
        )
    ).parsed
