from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person import Person
from ...models.person_input import PersonInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PersonInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    allow_duplicate: bool | Unset = False,
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

    params["allow_duplicate"] = allow_duplicate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/people",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Person | Problem | None:
    if response.status_code == 201:
        response_201 = Person.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Person | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    allow_duplicate: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Person | Problem]:
    """Register a person

     Organizers and admins register speakers; a partner registers its delegates and proposed speakers,
    with an `affiliation` to its own organization made in the same request. `email` and `phone` are
    private (see get_person for who sees them). A person whose name folds (as list_people's `q` does) to
    that of someone the caller may find in the directory, with the same organization (or, sent with no
    affiliation, someone with none), is refused with 409 `likely-duplicate` naming them in
    `conflicting`; `allow_duplicate=true` registers the namesake anyway.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        allow_duplicate (bool | Unset): Register the person even though someone of the same name
            and organization is registered already (a namesake): without it, that is a 409 naming
            them. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (PersonInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
        translations=translations,
        allow_duplicate=allow_duplicate,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PersonInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    allow_duplicate: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Person | Problem | None:
    """Register a person

     Organizers and admins register speakers; a partner registers its delegates and proposed speakers,
    with an `affiliation` to its own organization made in the same request. `email` and `phone` are
    private (see get_person for who sees them). A person whose name folds (as list_people's `q` does) to
    that of someone the caller may find in the directory, with the same organization (or, sent with no
    affiliation, someone with none), is refused with 409 `likely-duplicate` naming them in
    `conflicting`; `allow_duplicate=true` registers the namesake anyway.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        allow_duplicate (bool | Unset): Register the person even though someone of the same name
            and organization is registered already (a namesake): without it, that is a 409 naming
            them. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (PersonInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        lang=lang,
        translations=translations,
        allow_duplicate=allow_duplicate,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    allow_duplicate: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Person | Problem]:
    """Register a person

     Organizers and admins register speakers; a partner registers its delegates and proposed speakers,
    with an `affiliation` to its own organization made in the same request. `email` and `phone` are
    private (see get_person for who sees them). A person whose name folds (as list_people's `q` does) to
    that of someone the caller may find in the directory, with the same organization (or, sent with no
    affiliation, someone with none), is refused with 409 `likely-duplicate` naming them in
    `conflicting`; `allow_duplicate=true` registers the namesake anyway.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        allow_duplicate (bool | Unset): Register the person even though someone of the same name
            and organization is registered already (a namesake): without it, that is a 409 naming
            them. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (PersonInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Person | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        lang=lang,
        translations=translations,
        allow_duplicate=allow_duplicate,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PersonInput,
    lang: None | str | Unset = UNSET,
    translations: bool | Unset = False,
    allow_duplicate: bool | Unset = False,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Person | Problem | None:
    """Register a person

     Organizers and admins register speakers; a partner registers its delegates and proposed speakers,
    with an `affiliation` to its own organization made in the same request. `email` and `phone` are
    private (see get_person for who sees them). A person whose name folds (as list_people's `q` does) to
    that of someone the caller may find in the directory, with the same organization (or, sent with no
    affiliation, someone with none), is refused with 409 `likely-duplicate` naming them in
    `conflicting`; `allow_duplicate=true` registers the namesake anyway.

    Args:
        lang (None | str | Unset): Language to read multilingual fields in (overrides Accept-
            Language).
        translations (bool | Unset): Also answer every stored language of each multilingual field
            (`translations`), for editors. Default: False.
        allow_duplicate (bool | Unset): Register the person even though someone of the same name
            and organization is registered already (a namesake): without it, that is a 409 naming
            them. Default: False.
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset): Any unique string (a UUID, say). A retry with the
            same key replays the first answer instead of creating a second object.
        body (PersonInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Person | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            lang=lang,
            translations=translations,
            allow_duplicate=allow_duplicate,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
