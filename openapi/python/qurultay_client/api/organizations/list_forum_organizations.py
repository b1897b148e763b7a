from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forum_organization_page import ForumOrganizationPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    forum_id: UUID,
    *,
    lang: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    params: dict[str, Any] = {}

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    else:
        json_lang = lang
    params["lang"] = json_lang

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
        "url": "/api/v1/forums/{forum_id}/organizations".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForumOrganizationPage | Problem | None:
    if response.status_code == 200:
        response_200 = ForumOrganizationPage.from_dict(response.json())

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
) -> Response[ForumOrganizationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[ForumOrganizationPage | Problem]:
    """A forum's organizations

     The organizations taking part in the forum: those its listed speakers spoke for (see
    list_forum_speakers) and those with an active delegation registration, with how many people of each.
    Public fields only, in alphabetical order of the name in the organization's own language.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForumOrganizationPage | Problem]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        lang=lang,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    forum_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> ForumOrganizationPage | Problem | None:
    """A forum's organizations

     The organizations taking part in the forum: those its listed speakers spoke for (see
    list_forum_speakers) and those with an active delegation registration, with how many people of each.
    Public fields only, in alphabetical order of the name in the organization's own language.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForumOrganizationPage | Problem
    """

    return sync_detailed(
        forum_id=forum_id,
        client=client,
        lang=lang,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[ForumOrganizationPage | Problem]:
    """A forum's organizations

     The organizations taking part in the forum: those its listed speakers spoke for (see
    list_forum_speakers) and those with an active delegation registration, with how many people of each.
    Public fields only, in alphabetical order of the name in the organization's own language.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForumOrganizationPage | Problem]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        lang=lang,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    forum_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> ForumOrganizationPage | Problem | None:
    """A forum's organizations

     The organizations taking part in the forum: those its listed speakers spoke for (see
    list_forum_speakers) and those with an active delegation registration, with how many people of each.
    Public fields only, in alphabetical order of the name in the organization's own language.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForumOrganizationPage | Problem
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            lang=lang,
            limit=limit,
            cursor=cursor,
            accept_language=accept_language,
        )
    ).parsed
