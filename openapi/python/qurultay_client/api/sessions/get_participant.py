from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_detail import ParticipantDetail
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    participant_id: UUID,
    *,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
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

    params["translations"] = translations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/participants/{participant_id}".format(
            participant_id=quote(str(participant_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParticipantDetail | Problem | None:
    if response.status_code == 200:
        response_200 = ParticipantDetail.from_dict(response.json())

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
) -> Response[ParticipantDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    participant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> Response[ParticipantDetail | Problem]:
    """Get a session participant

     Anyone sees the participants of public sessions whose invitation stands; the forum's organizers see
    every one.

    Args:
        participant_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantDetail | Problem]
    """

    kwargs = _get_kwargs(
        participant_id=participant_id,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    participant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> ParticipantDetail | Problem | None:
    """Get a session participant

     Anyone sees the participants of public sessions whose invitation stands; the forum's organizers see
    every one.

    Args:
        participant_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantDetail | Problem
    """

    return sync_detailed(
        participant_id=participant_id,
        client=client,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    participant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> Response[ParticipantDetail | Problem]:
    """Get a session participant

     Anyone sees the participants of public sessions whose invitation stands; the forum's organizers see
    every one.

    Args:
        participant_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantDetail | Problem]
    """

    kwargs = _get_kwargs(
        participant_id=participant_id,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    participant_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> ParticipantDetail | Problem | None:
    """Get a session participant

     Anyone sees the participants of public sessions whose invitation stands; the forum's organizers see
    every one.

    Args:
        participant_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantDetail | Problem
    """

    return (
        await asyncio_detailed(
            participant_id=participant_id,
            client=client,
            lang=lang,
            translations=translations,
            accept_language=accept_language,
        )
    ).parsed
