"""Unknown query parameters are an error, not silently ignored: `?limt=5` should not quietly page by 20.

The allowed names come from each handler's own signature and its dependencies, so a new parameter is allowed
the moment it is declared, and documented in the OpenAPI spec by the same declaration.
"""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.constants import RESERVED_KWARGS
from litestar.di import Provide
from litestar.enums import ParamType
from litestar.handlers import BaseRouteHandler
from litestar.params import DependencyKwarg, ParameterKwarg
from litestar.utils.signature import ParsedSignature

from app.lib.errors import BadRequestError, FieldError

_allowed_cache: dict[int, frozenset[str]] = {}


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
    key = id(handler)
    cached = _allowed_cache.get(key)
    if cached is None:
        cached = frozenset(_query_names(handler.parsed_fn_signature, handler.resolve_dependencies(), path_params))
        _allowed_cache[key] = cached
    return cached


def reject_unknown_query_params(request: Request[Any, Any, Any]) -> None:
    if not request.scope.get("query_string"):
        return
    allowed = allowed_query_params(request.route_handler, set(request.path_params))
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise BadRequestError(
            "unknown query parameter(s): " + ", ".join(unknown),
            errors=[FieldError(source="query", field=name, message="is not a parameter of this operation")
                    for name in unknown],
        )  # fmt: skip
