from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_role import ParticipantRole
from ...models.problem import Problem
from ...models.speaker_page import SpeakerPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    forum_id: UUID,
    *,
    lang: None | str | Unset = UNSET,
    role: None | ParticipantRole | Unset = UNSET,
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

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, str):
        json_role = role
    else:
        json_role = role
    params["role"] = json_role

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
        "url": "/api/v1/forums/{forum_id}/speakers".format(
            forum_id=quote(str(forum_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SpeakerPage | None:
    if response.status_code == 200:
        response_200 = SpeakerPage.from_dict(response.json())

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
) -> Response[Problem | SpeakerPage]:
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
    role: None | ParticipantRole | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | SpeakerPage]:
    """A forum's speakers

     The people confirmed on the forum's sessions (cancelled ones and drafts aside), one entry each: the
    public profile, the title and organization they spoke under on their first session there, and their
    sessions in agenda order. Invited speakers are not listed until they confirm. Sorted by name as
    folded for search (transliterated to Latin letters, no case or accents), so every script sorts in
    one alphabet. The filters keep the people who match them on at least one session. The same list for
    every caller.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        role (None | ParticipantRole | Unset): Only those who have this role on a session.
        organization (None | Unset | UUID): Only those who spoke for this organization (its id).
        country (None | str | Unset): Only those who spoke for an organization of this country
            (ISO 3166-1 alpha-2; an unknown code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpeakerPage]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        lang=lang,
        role=role,
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
    forum_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    role: None | ParticipantRole | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | SpeakerPage | None:
    """A forum's speakers

     The people confirmed on the forum's sessions (cancelled ones and drafts aside), one entry each: the
    public profile, the title and organization they spoke under on their first session there, and their
    sessions in agenda order. Invited speakers are not listed until they confirm. Sorted by name as
    folded for search (transliterated to Latin letters, no case or accents), so every script sorts in
    one alphabet. The filters keep the people who match them on at least one session. The same list for
    every caller.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        role (None | ParticipantRole | Unset): Only those who have this role on a session.
        organization (None | Unset | UUID): Only those who spoke for this organization (its id).
        country (None | str | Unset): Only those who spoke for an organization of this country
            (ISO 3166-1 alpha-2; an unknown code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpeakerPage
    """

    return sync_detailed(
        forum_id=forum_id,
        client=client,
        lang=lang,
        role=role,
        organization=organization,
        country=country,
        limit=limit,
        cursor=cursor,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    forum_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    role: None | ParticipantRole | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | SpeakerPage]:
    """A forum's speakers

     The people confirmed on the forum's sessions (cancelled ones and drafts aside), one entry each: the
    public profile, the title and organization they spoke under on their first session there, and their
    sessions in agenda order. Invited speakers are not listed until they confirm. Sorted by name as
    folded for search (transliterated to Latin letters, no case or accents), so every script sorts in
    one alphabet. The filters keep the people who match them on at least one session. The same list for
    every caller.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        role (None | ParticipantRole | Unset): Only those who have this role on a session.
        organization (None | Unset | UUID): Only those who spoke for this organization (its id).
        country (None | str | Unset): Only those who spoke for an organization of this country
            (ISO 3166-1 alpha-2; an unknown code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpeakerPage]
    """

    kwargs = _get_kwargs(
        forum_id=forum_id,
        lang=lang,
        role=role,
        organization=organization,
        country=country,
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
    role: None | ParticipantRole | Unset = UNSET,
    organization: None | Unset | UUID = UNSET,
    country: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | SpeakerPage | None:
    """A forum's speakers

     The people confirmed on the forum's sessions (cancelled ones and drafts aside), one entry each: the
    public profile, the title and organization they spoke under on their first session there, and their
    sessions in agenda order. Invited speakers are not listed until they confirm. Sorted by name as
    folded for search (transliterated to Latin letters, no case or accents), so every script sorts in
    one alphabet. The filters keep the people who match them on at least one session. The same list for
    every caller.

    Args:
        forum_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        role (None | ParticipantRole | Unset): Only those who have this role on a session.
        organization (None | Unset | UUID): Only those who spoke for this organization (its id).
        country (None | str | Unset): Only those who spoke for an organization of this country
            (ISO 3166-1 alpha-2; an unknown code is 400).
        limit (int | Unset): Page size, 1 to 100. Default: 20.
        cursor (None | str | Unset): The `next` cursor of the previous page.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpeakerPage
    """

    return (
        await asyncio_detailed(
            forum_id=forum_id,
            client=client,
            lang=lang,
            role=role,
            organization=organization,
            country=country,
            limit=limit,
            cursor=cursor,
            accept_language=accept_language,
        )
    ).parsed
