from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    forum: str,
    *,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
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

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/forums/{forum}/changes".format(
            forum=quote(str(forum), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    forum: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    accept_language: None | str | Unset = UNSET,
) -> Response[ChangePage | Problem]:
    """What changed in a forum

     Offline sync. Without `since`: the forum as this caller may see it now (forum, organizations,
    people, rooms, sessions, participants, statements), paged, `snapshot` true. With `since`: each
    object that changed after it, once, as its own GET shows it to this caller (`upsert`), or a
    `tombstone` when it left this caller's view (deleted, unpublished, speaker_removed). Continue from
    `next` while `has_more`, and at the next sync. A cursor older than the log's retention answers 410:
    sync again without `since`.

    Args:
        forum (str): The forum's id or its slug.
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        forum=forum,
        lang=lang,
        since=since,
        limit=limit,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    forum: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    accept_language: None | str | Unset = UNSET,
) -> ChangePage | Problem | None:
    """What changed in a forum

     Offline sync. Without `since`: the forum as this caller may see it now (forum, organizations,
    people, rooms, sessions, participants, statements), paged, `snapshot` true. With `since`: each
    object that changed after it, once, as its own GET shows it to this caller (`upsert`), or a
    `tombstone` when it left this caller's view (deleted, unpublished, speaker_removed). Continue from
    `next` while `has_more`, and at the next sync. A cursor older than the log's retention answers 410:
    sync again without `since`.

    Args:
        forum (str): The forum's id or its slug.
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return sync_detailed(
        forum=forum,
        client=client,
        lang=lang,
        since=since,
        limit=limit,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    forum: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    accept_language: None | str | Unset = UNSET,
) -> Response[ChangePage | Problem]:
    """What changed in a forum

     Offline sync. Without `since`: the forum as this caller may see it now (forum, organizations,
    people, rooms, sessions, participants, statements), paged, `snapshot` true. With `since`: each
    object that changed after it, once, as its own GET shows it to this caller (`upsert`), or a
    `tombstone` when it left this caller's view (deleted, unpublished, speaker_removed). Continue from
    `next` while `has_more`, and at the next sync. A cursor older than the log's retention answers 410:
    sync again without `since`.

    Args:
        forum (str): The forum's id or its slug.
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        forum=forum,
        lang=lang,
        since=since,
        limit=limit,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    forum: str,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    accept_language: None | str | Unset = UNSET,
) -> ChangePage | Problem | None:
    """What changed in a forum

     Offline sync. Without `since`: the forum as this caller may see it now (forum, organizations,
    people, rooms, sessions, participants, statements), paged, `snapshot` true. With `since`: each
    object that changed after it, once, as its own GET shows it to this caller (`upsert`), or a
    `tombstone` when it left this caller's view (deleted, unpublished, speaker_removed). Continue from
    `next` while `has_more`, and at the next sync. A cursor older than the log's retention answers 410:
    sync again without `since`.

    Args:
        forum (str): The forum's id or its slug.
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        limit (int | Unset): Changes per page, 1 to 500. Default: 100.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return (
        await asyncio_detailed(
            forum=forum,
            client=client,
            lang=lang,
            since=since,
            limit=limit,
            accept_language=accept_language,
        )
    ).parsed
