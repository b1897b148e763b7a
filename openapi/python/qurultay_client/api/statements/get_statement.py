from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statement import Statement
from ...types import UNSET, Response, Unset


def _get_kwargs(
    statement_id: UUID,
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
        "url": "/api/v1/statements/{statement_id}".format(
            statement_id=quote(str(statement_id), safe=""),
        ),
        "params": params,
    }

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
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | Statement]:
    """Get a statement

     A statement as the caller may see it: anyone sees published and retracted ones (with the reason);
    the forum's organizers also drafts and submissions; a partner organization also what it submitted.
    The ETag is what an update sends in If-Match (read with the same `lang` and `translations`).

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    statement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> Problem | Statement | None:
    """Get a statement

     A statement as the caller may see it: anyone sees published and retracted ones (with the reason);
    the forum's organizers also drafts and submissions; a partner organization also what it submitted.
    The ETag is what an update sends in If-Match (read with the same `lang` and `translations`).

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Statement
    """

    return sync_detailed(
        statement_id=statement_id,
        client=client,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    statement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | Statement]:
    """Get a statement

     A statement as the caller may see it: anyone sees published and retracted ones (with the reason);
    the forum's organizers also drafts and submissions; a partner organization also what it submitted.
    The ETag is what an update sends in If-Match (read with the same `lang` and `translations`).

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Statement]
    """

    kwargs = _get_kwargs(
        statement_id=statement_id,
        lang=lang,
        translations=translations,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    statement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
) -> Problem | Statement | None:
    """Get a statement

     A statement as the caller may see it: anyone sees published and retracted ones (with the reason);
    the forum's organizers also drafts and submissions; a partner organization also what it submitted.
    The ETag is what an update sends in If-Match (read with the same `lang` and `translations`).

    Args:
        statement_id (UUID):
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        accept_language (None | str | Unset):

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
            lang=lang,
            translations=translations,
            accept_language=accept_language,
        )
    ).parsed
