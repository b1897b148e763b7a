from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.registration_input import RegistrationInput
from ...models.registration_view import RegistrationView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    forum_id: UUID,
    *,
    body: RegistrationInput,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/forums/{forum_id}/registrations".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationView | None:
    if response.status_code == 201:
        response_201 = RegistrationView.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RegistrationView]:
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
    body: RegistrationInput,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationView]:
    """Register for a forum

     Registers the caller. A forum that requires approval answers `pending` until an organizer approves
    or rejects; one outside its registration window, over (after its last day in its time zone), or
    full, answers 409, and so does a second active registration of the same person. Accepts Idempotency-
    Key.

    Args:
        forum_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (RegistrationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationView]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationInput,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationView | None:
    """Register for a forum

     Registers the caller. A forum that requires approval answers `pending` until an organizer approves
    or rejects; one outside its registration window, over (after its last day in its time zone), or
    full, answers 409, and so does a second active registration of the same person. Accepts Idempotency-
    Key.

    Args:
        forum_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (RegistrationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationView
    """

    return sync_detailed(
        forum_id=forum_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationInput,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationView]:
    """Register for a forum

     Registers the caller. A forum that requires approval answers `pending` until an organizer approves
    or rejects; one outside its registration window, over (after its last day in its time zone), or
    full, answers 409, and so does a second active registration of the same person. Accepts Idempotency-
    Key.

    Args:
        forum_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (RegistrationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationView]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RegistrationInput,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationView | None:
    """Register for a forum

     Registers the caller. A forum that requires approval answers `pending` until an organizer approves
    or rejects; one outside its registration window, over (after its last day in its time zone), or
    full, answers 409, and so does a second active registration of the same person. Accepts Idempotency-
    Key.

    Args:
        forum_id (UUID):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (RegistrationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationView
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
