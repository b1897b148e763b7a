from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.directory_page import DirectoryPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
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

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_organization: None | str | Unset
    if isinstance(organization, Unset):
        json_organization = UNSET
    elif isinstance(organization, UUID):
        json_organization = str(organization)
    else:
        json_organization = organization
    params["organization"] = json_organization

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
        "url": "/api/v1/people",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DirectoryPage | Problem | None:
    if response.status_code == 200:
        response_200 = DirectoryPage.from_dict(response.json())

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
) -> Response[DirectoryPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[DirectoryPage | Problem]:
    """Find people

     The people directory, to find a speaker before registering them again: platform admins and
    organizers search everyone, a partner (any member or API key) the people who work for its
    organization now; anyone else is refused (403). Sorted by name as the speakers list is. `contact`
    only for those who may see it (see get_person).

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Words of the name, in any spelling: case, accents and script are
            folded (Исмагулова, Ismagulova and ISMAGULOVA are one), and each word matches the
            beginning of a word of the name (`ismag aig` finds Aigerim Ismagulova). Transliteration
            follows one table (anyascii), so a name spelled in another romanization (Aigerim for
            Айгерим, read Aygerim) is found by its other words.
        organization (None | Unset | UUID): Only people with an affiliation (ended or not) to it.
        country (None | str | Unset): Only people of this country (ISO 3166-1 alpha-2; an unknown
            code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectoryPage | Problem]
    """

    kwargs = _get_kwargs(
        lang=lang,
        q=q,
        organization=organization,
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
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> DirectoryPage | Problem | None:
    """Find people

     The people directory, to find a speaker before registering them again: platform admins and
    organizers search everyone, a partner (any member or API key) the people who work for its
    organization now; anyone else is refused (403). Sorted by name as the speakers list is. `contact`
    only for those who may see it (see get_person).

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Words of the name, in any spelling: case, accents and script are
            folded (Исмагулова, Ismagulova and ISMAGULOVA are one), and each word matches the
            beginning of a word of the name (`ismag aig` finds Aigerim Ismagulova). Transliteration
            follows one table (anyascii), so a name spelled in another romanization (Aigerim for
            Айгерим, read Aygerim) is found by its other words.
        organization (None | Unset | UUID): Only people with an affiliation (ended or not) to it.
        country (None | str | Unset): Only people of this country (ISO 3166-1 alpha-2; an unknown
            code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectoryPage | Problem
    """

    return sync_detailed(
        client=client,
        lang=lang,
        q=q,
        organization=organization,
        country=country,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[DirectoryPage | Problem]:
    """Find people

     The people directory, to find a speaker before registering them again: platform admins and
    organizers search everyone, a partner (any member or API key) the people who work for its
    organization now; anyone else is refused (403). Sorted by name as the speakers list is. `contact`
    only for those who may see it (see get_person).

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Words of the name, in any spelling: case, accents and script are
            folded (Исмагулова, Ismagulova and ISMAGULOVA are one), and each word matches the
            beginning of a word of the name (`ismag aig` finds Aigerim Ismagulova). Transliteration
            follows one table (anyascii), so a name spelled in another romanization (Aigerim for
            Айгерим, read Aygerim) is found by its other words.
        organization (None | Unset | UUID): Only people with an affiliation (ended or not) to it.
        country (None | str | Unset): Only people of this country (ISO 3166-1 alpha-2; an unknown
            code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirectoryPage | Problem]
    """

    kwargs = _get_kwargs(
        lang=lang,
        q=q,
        organization=organization,
        country=country,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> DirectoryPage | Problem | None:
    """Find people

     The people directory, to find a speaker before registering them again: platform admins and
    organizers search everyone, a partner (any member or API key) the people who work for its
    organization now; anyone else is refused (403). Sorted by name as the speakers list is. `contact`
    only for those who may see it (see get_person).

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Words of the name, in any spelling: case, accents and script are
            folded (Исмагулова, Ismagulova and ISMAGULOVA are one), and each word matches the
            beginning of a word of the name (`ismag aig` finds Aigerim Ismagulova). Transliteration
            follows one table (anyascii), so a name spelled in another romanization (Aigerim for
            Айгерим, read Aygerim) is found by its other words.
        organization (None | Unset | UUID): Only people with an affiliation (ended or not) to it.
        country (None | str | Unset): Only people of this country (ISO 3166-1 alpha-2; an unknown
            code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirectoryPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
            q=q,
            organization=organization,
            country=country,
            limit=limit,
            cursor=cursor,
            accept_language=accept_language,
        )
    ).parsed
