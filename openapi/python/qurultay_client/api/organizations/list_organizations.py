from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_page import OrganizationPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
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

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

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
        "url": "/api/v1/organizations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationPage | Problem | None:
    if response.status_code == 200:
        response_200 = OrganizationPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganizationPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[OrganizationPage | Problem]:
    """List organizations

     Organizations in alphabetical order of their name in their own language.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the organization's country.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationPage | Problem]
    """

    kwargs = _get_kwargs(
        lang=lang,
        country=country,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> OrganizationPage | Problem | None:
    """List organizations

     Organizations in alphabetical order of their name in their own language.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the organization's country.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationPage | Problem
    """

    return sync_detailed(
        client=client,
        lang=lang,
        country=country,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[OrganizationPage | Problem]:
    """List organizations

     Organizations in alphabetical order of their name in their own language.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the organization's country.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationPage | Problem]
    """

    kwargs = _get_kwargs(
        lang=lang,
        country=country,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> OrganizationPage | Problem | None:
    """List organizations

     Organizations in alphabetical order of their name in their own language.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the organization's country.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
            country=country,
            limit=limit,
            cursor=cursor,
            accept_language=accept_language,
        )
    ).parsed
