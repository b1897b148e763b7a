import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_page import AuditEventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    object_id: None | Unset | UUID = UNSET,
    actor: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_object_id: None | str | Unset
    if isinstance(object_id, Unset):
        json_object_id = UNSET
    elif isinstance(object_id, UUID):
        json_object_id = str(object_id)
    else:
        json_object_id = object_id
    params["object_id"] = json_object_id

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    elif isinstance(actor, UUID):
        json_actor = str(actor)
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

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
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditEventPage.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditEventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    object_id: None | Unset | UUID = UNSET,
    actor: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """Who changed what

     Every write, newest first: who (a user or an API key), what, which object, when, and the change.
    Organizers see the events of the forums they organize; platform admins see all.

    Args:
        object_id (None | Unset | UUID): Only events about this object.
        actor (None | Unset | UUID): Only events by this user id or API key id.
        since (datetime.datetime | None | Unset): Only events at or after this time (RFC 3339,
            with a time zone). Years 1900 to 2200.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        actor=actor,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    object_id: None | Unset | UUID = UNSET,
    actor: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """Who changed what

     Every write, newest first: who (a user or an API key), what, which object, when, and the change.
    Organizers see the events of the forums they organize; platform admins see all.

    Args:
        object_id (None | Unset | UUID): Only events about this object.
        actor (None | Unset | UUID): Only events by this user id or API key id.
        since (datetime.datetime | None | Unset): Only events at or after this time (RFC 3339,
            with a time zone). Years 1900 to 2200.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return sync_detailed(
        client=client,
        object_id=object_id,
        actor=actor,
        since=since,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    object_id: None | Unset | UUID = UNSET,
    actor: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """Who changed what

     Every write, newest first: who (a user or an API key), what, which object, when, and the change.
    Organizers see the events of the forums they organize; platform admins see all.

    Args:
        object_id (None | Unset | UUID): Only events about this object.
        actor (None | Unset | UUID): Only events by this user id or API key id.
        since (datetime.datetime | None | Unset): Only events at or after this time (RFC 3339,
            with a time zone). Years 1900 to 2200.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        actor=actor,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    object_id: None | Unset | UUID = UNSET,
    actor: None | Unset | UUID = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """Who changed what

     Every write, newest first: who (a user or an API key), what, which object, when, and the change.
    Organizers see the events of the forums they organize; platform admins see all.

    Args:
        object_id (None | Unset | UUID): Only events about this object.
        actor (None | Unset | UUID): Only events by this user id or API key id.
        since (datetime.datetime | None | Unset): Only events at or after this time (RFC 3339,
            with a time zone). Years 1900 to 2200.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            object_id=object_id,
            actor=actor,
            since=since,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
