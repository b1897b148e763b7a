from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organizer import Organizer
from ...models.organizer_input import OrganizerInput
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    forum_id: UUID,
    *,
    body: OrganizerInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/forums/{forum_id}/organizers".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Organizer | Problem | None:
    if response.status_code == 201:
        response_201 = Organizer.from_dict(response.json())

        return response_201

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Organizer | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizerInput,
) -> Response[Organizer | Problem]:
    """Make a user an organizer of the forum

    Args:
        forum_id (UUID):
        body (OrganizerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organizer | Problem]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizerInput,
) -> Organizer | Problem | None:
    """Make a user an organizer of the forum

    Args:
        forum_id (UUID):
        body (OrganizerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Organizer | Problem
    """

    return sync_detailed(
        forum_id=forum_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizerInput,
) -> Response[Organizer | Problem]:
    """Make a user an organizer of the forum

    Args:
        forum_id (UUID):
        body (OrganizerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Organizer | Problem]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OrganizerInput,
) -> Organizer | Problem | None:
    """Make a user an organizer of the forum

    Args:
        forum_id (UUID):
        body (OrganizerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Organizer | Problem
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            body=body,
        )
    ).parsed
