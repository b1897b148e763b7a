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
    session_id: UUID,
    *,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions/{session_id}/live".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, response.text)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Follow a session's statements live

     The session's statements as they are published, corrected or retracted (the public never sees drafts
    or submissions). Server-sent events: each item is an `event: change` whose `data` is a Change (as in
    the change feed) and whose `id` is its cursor; the first event, `ready`, carries the start's cursor
    as its id. Reconnect with Last-Event-ID (or `since`) to resume with nothing missed; without either,
    the stream starts now. A comment line is sent every 15 s (QURULTAY_LIVE_HEARTBEAT) to keep the
    connection open; a client too slow to keep up gets `event: dropped` and should reconnect.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        accept_language (None | str | Unset):
        last_event_id (None | str | Unset): Sent by an EventSource that reconnects: the stream
            resumes after that event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        lang=lang,
        since=since,
        accept_language=accept_language,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Any | Problem | None:
    """Follow a session's statements live

     The session's statements as they are published, corrected or retracted (the public never sees drafts
    or submissions). Server-sent events: each item is an `event: change` whose `data` is a Change (as in
    the change feed) and whose `id` is its cursor; the first event, `ready`, carries the start's cursor
    as its id. Reconnect with Last-Event-ID (or `since`) to resume with nothing missed; without either,
    the stream starts now. A comment line is sent every 15 s (QURULTAY_LIVE_HEARTBEAT) to keep the
    connection open; a client too slow to keep up gets `event: dropped` and should reconnect.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        accept_language (None | str | Unset):
        last_event_id (None | str | Unset): Sent by an EventSource that reconnects: the stream
            resumes after that event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        lang=lang,
        since=since,
        accept_language=accept_language,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Follow a session's statements live

     The session's statements as they are published, corrected or retracted (the public never sees drafts
    or submissions). Server-sent events: each item is an `event: change` whose `data` is a Change (as in
    the change feed) and whose `id` is its cursor; the first event, `ready`, carries the start's cursor
    as its id. Reconnect with Last-Event-ID (or `since`) to resume with nothing missed; without either,
    the stream starts now. A comment line is sent every 15 s (QURULTAY_LIVE_HEARTBEAT) to keep the
    connection open; a client too slow to keep up gets `event: dropped` and should reconnect.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        accept_language (None | str | Unset):
        last_event_id (None | str | Unset): Sent by an EventSource that reconnects: the stream
            resumes after that event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        lang=lang,
        since=since,
        accept_language=accept_language,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    since: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Any | Problem | None:
    """Follow a session's statements live

     The session's statements as they are published, corrected or retracted (the public never sees drafts
    or submissions). Server-sent events: each item is an `event: change` whose `data` is a Change (as in
    the change feed) and whose `id` is its cursor; the first event, `ready`, carries the start's cursor
    as its id. Reconnect with Last-Event-ID (or `since`) to resume with nothing missed; without either,
    the stream starts now. A comment line is sent every 15 s (QURULTAY_LIVE_HEARTBEAT) to keep the
    connection open; a client too slow to keep up gets `event: dropped` and should reconnect.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        since (None | str | Unset): The `next` of the previous answer. Omit it for a first sync:
            the forum as it is, paged.
        accept_language (None | str | Unset):
        last_event_id (None | str | Unset): Sent by an EventSource that reconnects: the stream
            resumes after that event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            lang=lang,
            since=since,
            accept_language=accept_language,
            last_event_id=last_event_id,
        )
    ).parsed
