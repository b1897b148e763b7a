from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.registration_category import RegistrationCategory
from ...models.registration_page import RegistrationPage
from ...models.registration_status import RegistrationStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    forum_id: UUID,
    *,
    status: None | RegistrationStatus | Unset = UNSET,
    category: None | RegistrationCategory | Unset = UNSET,
    session_id: None | Unset | UUID = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    checked_in: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, str):
        json_category = category
    else:
        json_category = category
    params["category"] = json_category

    json_session_id: None | str | Unset
    if isinstance(session_id, Unset):
        json_session_id = UNSET
    elif isinstance(session_id, UUID):
        json_session_id = str(session_id)
    else:
        json_session_id = session_id
    params["session_id"] = json_session_id

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    elif isinstance(organization_id, UUID):
        json_organization_id = str(organization_id)
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_checked_in: bool | None | Unset
    if isinstance(checked_in, Unset):
        json_checked_in = UNSET
    else:
        json_checked_in = checked_in
    params["checked_in"] = json_checked_in

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/forums/{forum_id}/registrations".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationPage | None:
    if response.status_code == 200:
        response_200 = RegistrationPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RegistrationPage]:
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
    status: None | RegistrationStatus | Unset = UNSET,
    category: None | RegistrationCategory | Unset = UNSET,
    session_id: None | Unset | UUID = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    checked_in: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationPage]:
    """A forum's registrations

     Organizers see every registration of their forum (for the forum and for its sessions); a partner
    organization sees only its own delegates, with `email` and `phone` only of those who work for it now
    (null otherwise). Oldest first, cursor-paginated; with `Accept: text/csv` the same list as CSV, all
    pages at once.

    Args:
        forum_id (UUID):
        status (None | RegistrationStatus | Unset): Only this status.
        category (None | RegistrationCategory | Unset):
        session_id (None | Unset | UUID): Only the seats of this session of the forum.
        organization_id (None | Unset | UUID): Only this organization's delegates.
        checked_in (bool | None | Unset): Checked in, or not yet.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPage]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        status=status,
        category=category,
        session_id=session_id,
        organization_id=organization_id,
        checked_in=checked_in,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    status: None | RegistrationStatus | Unset = UNSET,
    category: None | RegistrationCategory | Unset = UNSET,
    session_id: None | Unset | UUID = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    checked_in: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Problem | RegistrationPage | None:
    """A forum's registrations

     Organizers see every registration of their forum (for the forum and for its sessions); a partner
    organization sees only its own delegates, with `email` and `phone` only of those who work for it now
    (null otherwise). Oldest first, cursor-paginated; with `Accept: text/csv` the same list as CSV, all
    pages at once.

    Args:
        forum_id (UUID):
        status (None | RegistrationStatus | Unset): Only this status.
        category (None | RegistrationCategory | Unset):
        session_id (None | Unset | UUID): Only the seats of this session of the forum.
        organization_id (None | Unset | UUID): Only this organization's delegates.
        checked_in (bool | None | Unset): Checked in, or not yet.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPage
    """

    return sync_detailed(
        forum_id=forum_id,
        client=client,
        status=status,
        category=category,
        session_id=session_id,
        organization_id=organization_id,
        checked_in=checked_in,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    status: None | RegistrationStatus | Unset = UNSET,
    category: None | RegistrationCategory | Unset = UNSET,
    session_id: None | Unset | UUID = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    checked_in: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationPage]:
    """A forum's registrations

     Organizers see every registration of their forum (for the forum and for its sessions); a partner
    organization sees only its own delegates, with `email` and `phone` only of those who work for it now
    (null otherwise). Oldest first, cursor-paginated; with `Accept: text/csv` the same list as CSV, all
    pages at once.

    Args:
        forum_id (UUID):
        status (None | RegistrationStatus | Unset): Only this status.
        category (None | RegistrationCategory | Unset):
        session_id (None | Unset | UUID): Only the seats of this session of the forum.
        organization_id (None | Unset | UUID): Only this organization's delegates.
        checked_in (bool | None | Unset): Checked in, or not yet.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPage]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        status=status,
        category=category,
        session_id=session_id,
        organization_id=organization_id,
        checked_in=checked_in,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    status: None | RegistrationStatus | Unset = UNSET,
    category: None | RegistrationCategory | Unset = UNSET,
    session_id: None | Unset | UUID = UNSET,
    organization_id: None | Unset | UUID = UNSET,
    checked_in: bool | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Problem | RegistrationPage | None:
    """A forum's registrations

     Organizers see every registration of their forum (for the forum and for its sessions); a partner
    organization sees only its own delegates, with `email` and `phone` only of those who work for it now
    (null otherwise). Oldest first, cursor-paginated; with `Accept: text/csv` the same list as CSV, all
    pages at once.

    Args:
        forum_id (UUID):
        status (None | RegistrationStatus | Unset): Only this status.
        category (None | RegistrationCategory | Unset):
        session_id (None | Unset | UUID): Only the seats of this session of the forum.
        organization_id (None | Unset | UUID): Only this organization's delegates.
        checked_in (bool | None | Unset): Checked in, or not yet.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPage
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            status=status,
            category=category,
            session_id=session_id,
            organization_id=organization_id,
            checked_in=checked_in,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
