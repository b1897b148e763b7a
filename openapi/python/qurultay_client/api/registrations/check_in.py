from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_in import CheckIn
from ...models.check_in_input import CheckInInput
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    forum_id: UUID,
    *,
    body: CheckInInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/forums/{forum_id}/check-ins".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CheckIn | Problem | None:
    if response.status_code == 200:
        response_200 = CheckIn.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CheckIn | Problem]:
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
    body: CheckInInput,
) -> Response[CheckIn | Problem]:
    """Check a ticket in at the door

     By the ticket's code. A second check-in of the same ticket is 409 and says when the first was. The
    door takes what the forum takes: a seat's ticket, on a forum that approves or counts its attendees,
    only from a person with a confirmed registration for the forum (409 otherwise).

    Args:
        forum_id (UUID):
        body (CheckInInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckIn | Problem]
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
    body: CheckInInput,
) -> CheckIn | Problem | None:
    """Check a ticket in at the door

     By the ticket's code. A second check-in of the same ticket is 409 and says when the first was. The
    door takes what the forum takes: a seat's ticket, on a forum that approves or counts its attendees,
    only from a person with a confirmed registration for the forum (409 otherwise).

    Args:
        forum_id (UUID):
        body (CheckInInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckIn | Problem
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
    body: CheckInInput,
) -> Response[CheckIn | Problem]:
    """Check a ticket in at the door

     By the ticket's code. A second check-in of the same ticket is 409 and says when the first was. The
    door takes what the forum takes: a seat's ticket, on a forum that approves or counts its attendees,
    only from a person with a confirmed registration for the forum (409 otherwise).

    Args:
        forum_id (UUID):
        body (CheckInInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckIn | Problem]
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
    body: CheckInInput,
) -> CheckIn | Problem | None:
    """Check a ticket in at the door

     By the ticket's code. A second check-in of the same ticket is 409 and says when the first was. The
    door takes what the forum takes: a seat's ticket, on a forum that approves or counts its attendees,
    only from a person with a confirmed registration for the forum (409 otherwise).

    Args:
        forum_id (UUID):
        body (CheckInInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckIn | Problem
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            body=body,
        )
    ).parsed
