from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statement_search_page import StatementSearchPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    topic: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    forum: None | str | Unset = UNSET,
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

    json_topic: None | str | Unset
    if isinstance(topic, Unset):
        json_topic = UNSET
    else:
        json_topic = topic
    params["topic"] = json_topic

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_organization: None | str | Unset
    if isinstance(organization, Unset):
        json_organization = UNSET
    elif isinstance(organization, UUID):
        json_organization = str(organization)
    else:
        json_organization = organization
    params["organization"] = json_organization

    json_forum: None | str | Unset
    if isinstance(forum, Unset):
        json_forum = UNSET
    else:
        json_forum = forum
    params["forum"] = json_forum

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
        "url": "/api/v1/statements",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StatementSearchPage | None:
    if response.status_code == 200:
        response_200 = StatementSearchPage.from_dict(response.json())

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
) -> Response[Problem | StatementSearchPage]:
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
    q: None | str | Unset = UNSET,
    topic: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    forum: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | StatementSearchPage]:
    """Search statements

     Published statements, and retracted ones shown as retracted with the reason; filtered and, with `q`,
    ranked by relevance; otherwise newest first.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Full-text search in every language statements are stored in: the
            1,000 most recent matches (after the other filters), ranked by relevance. Narrow the words
            or filter by forum, person or topic to reach older ones.
        topic (None | str | Unset): A topic's slug.
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the speaker's organization's
            country.
        organization (None | Unset | UUID): The id of the speaker's organization.
        forum (None | str | Unset): A forum's id or slug.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatementSearchPage]
    """

    kwargs = _get_kwargs(
        lang=lang,
        q=q,
        topic=topic,
        country=country,
        organization=organization,
        forum=forum,
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
    q: None | str | Unset = UNSET,
    topic: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    forum: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | StatementSearchPage | None:
    """Search statements

     Published statements, and retracted ones shown as retracted with the reason; filtered and, with `q`,
    ranked by relevance; otherwise newest first.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Full-text search in every language statements are stored in: the
            1,000 most recent matches (after the other filters), ranked by relevance. Narrow the words
            or filter by forum, person or topic to reach older ones.
        topic (None | str | Unset): A topic's slug.
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the speaker's organization's
            country.
        organization (None | Unset | UUID): The id of the speaker's organization.
        forum (None | str | Unset): A forum's id or slug.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatementSearchPage
    """

    return sync_detailed(
        client=client,
        lang=lang,
        q=q,
        topic=topic,
        country=country,
        organization=organization,
        forum=forum,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    topic: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    forum: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | StatementSearchPage]:
    """Search statements

     Published statements, and retracted ones shown as retracted with the reason; filtered and, with `q`,
    ranked by relevance; otherwise newest first.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Full-text search in every language statements are stored in: the
            1,000 most recent matches (after the other filters), ranked by relevance. Narrow the words
            or filter by forum, person or topic to reach older ones.
        topic (None | str | Unset): A topic's slug.
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the speaker's organization's
            country.
        organization (None | Unset | UUID): The id of the speaker's organization.
        forum (None | str | Unset): A forum's id or slug.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatementSearchPage]
    """

    kwargs = _get_kwargs(
        lang=lang,
        q=q,
        topic=topic,
        country=country,
        organization=organization,
        forum=forum,
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
    q: None | str | Unset = UNSET,
    topic: None | str | Unset = UNSET,
    country: None | str | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    forum: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | StatementSearchPage | None:
    """Search statements

     Published statements, and retracted ones shown as retracted with the reason; filtered and, with `q`,
    ranked by relevance; otherwise newest first.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        q (None | str | Unset): Full-text search in every language statements are stored in: the
            1,000 most recent matches (after the other filters), ranked by relevance. Narrow the words
            or filter by forum, person or topic to reach older ones.
        topic (None | str | Unset): A topic's slug.
        country (None | str | Unset): ISO 3166-1 alpha-2 code of the speaker's organization's
            country.
        organization (None | Unset | UUID): The id of the speaker's organization.
        forum (None | str | Unset): A forum's id or slug.
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatementSearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            lang=lang,
            q=q,
            topic=topic,
            country=country,
            organization=organization,
            forum=forum,
            limit=limit,
            cursor=cursor,
            accept_language=accept_language,
        )
    ).parsed
