from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affiliation_detail import AffiliationDetail
from ...models.affiliation_input import AffiliationInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    person_id: UUID,
    *,
    body: AffiliationInput,
    lang: None | str | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/people/{person_id}/affiliations".format(
            person_id=quote(str(person_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffiliationDetail | Problem | None:
    if response.status_code == 201:
        response_201 = AffiliationDetail.from_dict(response.json())

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
) -> Response[AffiliationDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AffiliationInput,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AffiliationDetail | Problem]:
    """Add an affiliation to a person

     For platform admins, organizers of a forum the person is on, and the partners (admins, read-write
    keys) of an organization the person works for now. A partner adds affiliations to its own
    organization only.

    Args:
        person_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (AffiliationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffiliationDetail | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
        lang=lang,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AffiliationInput,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> AffiliationDetail | Problem | None:
    """Add an affiliation to a person

     For platform admins, organizers of a forum the person is on, and the partners (admins, read-write
    keys) of an organization the person works for now. A partner adds affiliations to its own
    organization only.

    Args:
        person_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (AffiliationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffiliationDetail | Problem
    """

    return sync_detailed(
        person_id=person_id,
        client=client,
        body=body,
        lang=lang,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AffiliationInput,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AffiliationDetail | Problem]:
    """Add an affiliation to a person

     For platform admins, organizers of a forum the person is on, and the partners (admins, read-write
    keys) of an organization the person works for now. A partner adds affiliations to its own
    organization only.

    Args:
        person_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (AffiliationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffiliationDetail | Problem]
    """

    kwargs = _get_kwargs(
        person_id=person_id,
        body=body,
        lang=lang,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    person_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AffiliationInput,
    lang: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> AffiliationDetail | Problem | None:
    """Add an affiliation to a person

     For platform admins, organizers of a forum the person is on, and the partners (admins, read-write
    keys) of an organization the person works for now. A partner adds affiliations to its own
    organization only.

    Args:
        person_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (AffiliationInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffiliationDetail | Problem
    """

    return (
        await asyncio_detailed(
            person_id=person_id,
            client=client,
            body=body,
            lang=lang,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
