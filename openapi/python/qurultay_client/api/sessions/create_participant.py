from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_detail import ParticipantDetail
from ...models.participant_input import ParticipantInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
    *,
    body: ParticipantInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["accept-language"] = accept_language

    if not isinstance(idempotency_key, Unset):
        headers["idempotency-key"] = idempotency_key

    params: dict[str, Any] = {}

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    else:
        json_lang = lang
    params["lang"] = json_lang

    params["translations"] = translations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sessions/{session_id}/participants".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParticipantDetail | Problem | None:
    if response.status_code == 201:
        response_201 = ParticipantDetail.from_dict(response.json())

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
) -> Response[ParticipantDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ParticipantDetail | Problem]:
    """Put a person on a session

     For the organizers of the session's forum. The affiliation and title default to the person's current
    affiliation and are kept as they were even when it changes later. A person is on a session once, and
    never on two sessions at overlapping times (declined and withdrawn invitations and cancelled
    sessions do not count): 409 names the other session.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (ParticipantInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantDetail | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ParticipantDetail | Problem | None:
    """Put a person on a session

     For the organizers of the session's forum. The affiliation and title default to the person's current
    affiliation and are kept as they were even when it changes later. A person is on a session once, and
    never on two sessions at overlapping times (declined and withdrawn invitations and cancelled
    sessions do not count): 409 names the other session.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (ParticipantInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantDetail | Problem
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ParticipantDetail | Problem]:
    """Put a person on a session

     For the organizers of the session's forum. The affiliation and title default to the person's current
    affiliation and are kept as they were even when it changes later. A person is on a session once, and
    never on two sessions at overlapping times (declined and withdrawn invitations and cancelled
    sessions do not count): 409 names the other session.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (ParticipantInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantDetail | Problem]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ParticipantInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ParticipantDetail | Problem | None:
    """Put a person on a session

     For the organizers of the session's forum. The affiliation and title default to the person's current
    affiliation and are kept as they were even when it changes later. A person is on a session once, and
    never on two sessions at overlapping times (declined and withdrawn invitations and cancelled
    sessions do not count): 409 names the other session.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (ParticipantInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantDetail | Problem
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
            lang=lang,
            translations=translations,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
