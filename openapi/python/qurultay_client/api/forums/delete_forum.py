from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    forum_id: UUID,
    *,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    params: dict[str, Any] = {}

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    else:
        json_lang = lang
    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/forums/{forum_id}".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Delete a draft forum

     Only a draft can be deleted (cancel or archive a published forum); its id is never reused.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        lang=lang,
        accept_language=accept_language,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Any | Problem | None:
    """Delete a draft forum

     Only a draft can be deleted (cancel or archive a published forum); its id is never reused.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        forum_id=forum_id,
        client=client,
        lang=lang,
        accept_language=accept_language,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Delete a draft forum

     Only a draft can be deleted (cancel or archive a published forum); its id is never reused.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        lang=lang,
        accept_language=accept_language,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    forum_id: UUID,
    *,
    client: AuthenticatedClient,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Any | Problem | None:
    """Delete a draft forum

     Only a draft can be deleted (cancel or archive a published forum); its id is never reused.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            lang=lang,
            accept_language=accept_language,
            if_match=if_match,
        )
    ).parsed
