from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.retraction_input import RetractionInput
from ...models.statement import Statement
from ...types import UNSET, Response, Unset


def _get_kwargs(
    statement_id: UUID,
    *,
    body: RetractionInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
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

    params["translations"] = translations

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/statements/{statement_id}/retract".format(
            statement_id=quote(str(statement_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Statement | None:
    if response.status_code == 200:
        response_200 = Statement.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Statement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    statement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RetractionInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | Statement]:
    """Retract a published statement

     The forum's organizers retract a published statement with a reason. It stays in every public read,
    shown as retracted with the reason, not silently gone. Any other state is 409. Send If-Match with
    the ETag you read to make sure you act on that version (412 if it changed); without it the
    transition applies to the current version.

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.
        body (RetractionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
        body=body,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    statement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RetractionInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | Statement | None:
    """Retract a published statement

     The forum's organizers retract a published statement with a reason. It stays in every public read,
    shown as retracted with the reason, not silently gone. Any other state is 409. Send If-Match with
    the ETag you read to make sure you act on that version (412 if it changed); without it the
    transition applies to the current version.

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.
        body (RetractionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
    """

    return sync_detailed(
        statement_id=statement_id,
        client=client,
        body=body,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    statement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RetractionInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | Statement]:
    """Retract a published statement

     The forum's organizers retract a published statement with a reason. It stays in every public read,
    shown as retracted with the reason, not silently gone. Any other state is 409. Send If-Match with
    the ETag you read to make sure you act on that version (412 if it changed); without it the
    transition applies to the current version.

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.
        body (RetractionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
        body=body,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    statement_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RetractionInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    if_match: None | str | Unset = UNSET,
) -> Problem | Statement | None:
    """Retract a published statement

     The forum's organizers retract a published statement with a reason. It stays in every public read,
    shown as retracted with the reason, not silently gone. Any other state is 409. Send If-Match with
    the ETag you read to make sure you act on that version (412 if it changed); without it the
    transition applies to the current version.

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):
        if_match (None | str | Unset): The ETag of the version this is done against (from a GET or
            the last write). Optional: when sent, a stale one answers 412.
        body (RetractionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
    """

    return (
        await asyncio_detailed(
            statement_id=statement_id,
            client=client,
            body=body,
            lang=lang,
            translations=translations,
            accept_language=accept_language,
            if_match=if_match,
        )
    ).parsed
