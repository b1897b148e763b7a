from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.room_detail import RoomDetail
from ...models.room_patch import RoomPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    room_id: UUID,
    *,
    body: RoomPatch,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/rooms/{room_id}".format(
            room_id=quote(str(room_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RoomDetail | None:
    if response.status_code == 200:
        response_200 = RoomDetail.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RoomDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    room_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoomPatch,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | RoomDetail]:
    """Change a room

    Args:
        room_id (UUID):
        if_match (None | str | Unset): The ETag of the version this change is made against (from a
            GET or the last write). Required: a missing one answers 428, a stale one 412.
        body (RoomPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoomDetail]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    room_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoomPatch,
    if_match: None | str | Unset = UNSET,
) -> Problem | RoomDetail | None:
    """Change a room

    Args:
        room_id (UUID):
        if_match (None | str | Unset): The ETag of the version this change is made against (from a
            GET or the last write). Required: a missing one answers 428, a stale one 412.
        body (RoomPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoomDetail
    """

    return sync_detailed(
        room_id=room_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    room_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoomPatch,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | RoomDetail]:
    """Change a room

    Args:
        room_id (UUID):
        if_match (None | str | Unset): The ETag of the version this change is made against (from a
            GET or the last write). Required: a missing one answers 428, a stale one 412.
        body (RoomPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoomDetail]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    room_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RoomPatch,
    if_match: None | str | Unset = UNSET,
) -> Problem | RoomDetail | None:
    """Change a room

    Args:
        room_id (UUID):
        if_match (None | str | Unset): The ETag of the version this change is made against (from a
            GET or the last write). Required: a missing one answers 428, a stale one 412.
        body (RoomPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoomDetail
    """

    return (
        await asyncio_detailed(
            room_id=room_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
