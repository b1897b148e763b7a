from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statement import Statement
from ...models.statement_input import StatementInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: UUID,
    *,
    body: StatementInput,
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
        "url": "/api/v1/sessions/{session_id}/statements".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Statement | None:
    if response.status_code == 201:
        response_201 = Statement.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Statement]:
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
    body: StatementInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | Statement]:
    """Record or submit a statement

     The forum's organizers record a statement as a draft or publish it directly. A partner organization
    (an org-admin, or its read-write API key) submits statements of its own speakers (participants whose
    organization is its own): they are `submitted`, whatever `status` says, until an organizer publishes
    them. `text` holds the original (`language`) and any translations; `topics` name existing topics (an
    unknown slug is refused); `position` defaults to after the session's last statement. Send an
    Idempotency-Key to retry safely.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (StatementInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
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
    body: StatementInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | Statement | None:
    """Record or submit a statement

     The forum's organizers record a statement as a draft or publish it directly. A partner organization
    (an org-admin, or its read-write API key) submits statements of its own speakers (participants whose
    organization is its own): they are `submitted`, whatever `status` says, until an organizer publishes
    them. `text` holds the original (`language`) and any translations; `topics` name existing topics (an
    unknown slug is refused); `position` defaults to after the session's last statement. Send an
    Idempotency-Key to retry safely.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (StatementInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
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
    body: StatementInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | Statement]:
    """Record or submit a statement

     The forum's organizers record a statement as a draft or publish it directly. A partner organization
    (an org-admin, or its read-write API key) submits statements of its own speakers (participants whose
    organization is its own): they are `submitted`, whatever `status` says, until an organizer publishes
    them. `text` holds the original (`language`) and any translations; `topics` name existing topics (an
    unknown slug is refused); `position` defaults to after the session's last statement. Send an
    Idempotency-Key to retry safely.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (StatementInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
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
    body: StatementInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | Statement | None:
    """Record or submit a statement

     The forum's organizers record a statement as a draft or publish it directly. A partner organization
    (an org-admin, or its read-write API key) submits statements of its own speakers (participants whose
    organization is its own): they are `submitted`, whatever `status` says, until an organizer publishes
    them. `text` holds the original (`language`) and any translations; `topics` name existing topics (an
    unknown slug is refused); `position` defaults to after the session's last statement. Send an
    Idempotency-Key to retry safely.

    Args:
        session_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (StatementInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
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
