"""Unknown query parameters are an error, not silently ignored: `?limt=5` should not quietly page by 20.

The allowed names come from each handler's own signature and its dependencies, so a new parameter is allowed
the moment it is declared, and documented in the OpenAPI spec by the same declaration.

A NUL character is refused in any query or path parameter: PostgreSQL text cannot hold one, so no valid value
contains it, and passed on it would fail in the database as a 500 instead of a 400.

The same goes for a NUL (`\\u0000`) anywhere in a JSON body. (A string holding the six characters
backslash-u-0000, escaped as `\\\\u0000`, is refused too: a false alarm we accept for one simple check.)

A parameter given twice (`?limit=1&limit=2`) is refused too: no operation takes a list, and silently using one
of the values would hide the client's mistake.

A JSON body is read only if it is UTF-8 (RFC 8259) and nested at most MAX_BODY_DEPTH arrays and objects deep
(and holds at most MAX_BODY_CONTAINERS of them).
No operation's schema goes past 5 levels; msgspec decodes recursively and, a few hundred levels down from
where Litestar calls it, raised RecursionError (a 500 on the open sign-up), and bytes that are not UTF-8
raised UnicodeDecodeError. Both are checked here, before any decoding, for every body.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from litestar import Request
from litestar.constants import RESERVED_KWARGS
from litestar.di import Provide
from litestar.enums import ParamType
from litestar.handlers import BaseRouteHandler
from litestar.params import DependencyKwarg, ParameterKwarg
from litestar.utils.signature import ParsedSignature

from app.lib.errors import BadRequestError, FieldError

# Per app, in its state: handler ids are unique only while the app that holds the handlers lives, and a process
# that builds apps one after another (the tests) would otherwise find another handler's names under a reused id.
_CACHE_KEY = "_qurultay_allowed_query_params"


def _query_names(signature: ParsedSignature, dependencies: dict[str, Provide], skip: set[str]) -> set[str]:
    names: set[str] = set()
    for name, field in signature.parameters.items():
        if name in RESERVED_KWARGS or name in skip:
            continue
        if name in dependencies:
            names |= _query_names(dependencies[name].parsed_fn_signature, dependencies, skip)
            continue
        definition = field.kwarg_definition
        if isinstance(definition, DependencyKwarg):
            continue
        if isinstance(definition, ParameterKwarg):
            if definition.param_type is not ParamType.QUERY:
                continue
            names.add(definition.name or definition.query or name)
        else:
            names.add(name)
    return names


def allowed_query_params(handler: BaseRouteHandler, path_params: set[str]) -> frozenset[str]:
    return frozenset(_query_names(handler.parsed_fn_signature, handler.resolve_dependencies(), path_params))


async def check_parameters(request: Request[Any, Any, Any]) -> None:
    """The app's before-request hook."""
    reject_nul_characters(request)
    reject_unknown_query_params(request)
    reject_repeated_query_params(request)
    if request.method in _BODY_METHODS:
        await reject_unreadable_body(request)


_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# JSON can carry NUL only as this escape; PostgreSQL text and jsonb cannot store it at all.
_JSON_NUL = b"\\u0000"
MAX_BODY_DEPTH = 32
# The largest body any schema allows has a few hundred; the cap keeps the depth scan's cost bounded (a dense
# 1 MiB body holds some 200,000 brackets, 20 ms of scanning).
MAX_BODY_CONTAINERS = 5_000
# Everything but brackets and quotes, to delete; and each bracket's step in depth, by byte.
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'[]{}"')
_DEPTH_STEP = [0] * 256
_DEPTH_STEP[ord("[")] = _DEPTH_STEP[ord("{")] = 1
_DEPTH_STEP[ord("]")] = _DEPTH_STEP[ord("}")] = -1


def _body_problem(detail: str, message: str) -> BadRequestError:
    return BadRequestError(detail, errors=[FieldError(source="body", field="", message=message)])


def json_depth(body: bytes) -> int:
    """How deep arrays and objects nest in a JSON text (a malformed one is the decoder's to refuse): the
    strings taken out, then a running sum over the brackets left, all of it in C (replace, translate, map)."""
    return max(accumulate(map(_DEPTH_STEP.__getitem__, _brackets(body))), default=0)


def _brackets(body: bytes) -> bytes:
    """The brackets outside strings. Backslashes occur only in strings, each starting an escape: escaped
    backslashes go first (pairs, left to right, as a decoder reads them), then escaped quotes; every quote left
    opens or closes a string, so the brackets outside strings are in the even pieces between quotes."""
    unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"") if b"\\" in body else body
    return b"".join(unescaped.translate(None, _NOT_STRUCTURE).split(b'"')[::2])


def json_shape_problem(body: bytes) -> str | None:
    """What is wrong with the nesting of a JSON body, if anything."""
    if body.count(b"[") + body.count(b"{") <= MAX_BODY_DEPTH:
        return None  # nearly every body: too few brackets to nest too deep, and no scan needed
    brackets = _brackets(body)
    if len(brackets) > 2 * MAX_BODY_CONTAINERS:
        return f"holds more than {MAX_BODY_CONTAINERS} arrays and objects"
    if max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0) > MAX_BODY_DEPTH:
        return f"nests arrays and objects more than {MAX_BODY_DEPTH} deep"
    return None


async def reject_unreadable_body(request: Request[Any, Any, Any]) -> None:
    body = await request.body()
    if _JSON_NUL in body:
        raise _body_problem(
            "the body contains a NUL character (\\u0000), which no text field can hold", "contains a NUL character"
        )
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _body_problem(f"the body is not UTF-8 (at byte {exc.start})", "is not UTF-8") from None
    if problem := json_shape_problem(body):
        raise _body_problem(f"the body {problem}", problem)


def reject_repeated_query_params(request: Request[Any, Any, Any]) -> None:
    if not request.scope.get("query_string"):
        return
    names = [name for name, _ in request.query_params.multi_items()]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise BadRequestError(
            "query parameter(s) given more than once: " + ", ".join(repeated),
            errors=[FieldError(source="query", field=name, message="is given more than once") for name in repeated],
        )


def reject_nul_characters(request: Request[Any, Any, Any]) -> None:
    bad = [("path", name) for name, value in request.path_params.items() if isinstance(value, str) and "\x00" in value]
    if request.scope.get("query_string"):
        bad += [("query", name) for name, value in request.query_params.multi_items() if "\x00" in value]
    if bad:
        raise BadRequestError(
            "parameter(s) contain a NUL character: " + ", ".join(name for _, name in bad),
            errors=[FieldError(source=source, field=name, message="contains a NUL character") for source, name in bad],
        )


def reject_unknown_query_params(request: Request[Any, Any, Any]) -> None:
    if not request.scope.get("query_string"):
        return
    cache: dict[int, frozenset[str]] = request.app.state.setdefault(_CACHE_KEY, {})
    handler = request.route_handler
    allowed = cache.get(id(handler))
    if allowed is None:
        allowed = cache[id(handler)] = allowed_query_params(handler, set(request.path_params))
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise BadRequestError(
            "unknown query parameter(s): " + ", ".join(unknown),
            errors=[FieldError(source="query", field=name, message="is not a parameter of this operation")
                    for name in unknown],
        )  # fmt: skip
