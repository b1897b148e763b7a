"""OpenAPI helpers: every error an operation can answer is documented as application/problem+json."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, ClassVar

import msgspec
from litestar import Litestar
from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import (
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Reference,
    Schema,
)
from litestar.routes import HTTPRoute

from app.lib.errors import PROBLEM_JSON, Problem
from app.lib.guards import SAFE_METHODS

if TYPE_CHECKING:
    from litestar._openapi.schema_generation import SchemaCreator
    from litestar.typing import FieldDefinition

# Security scheme names, declared in app/asgi.py and referenced by guarded controllers.
BEARER = "BearerAuth"
API_KEY = "ApiKeyAuth"

_DESCRIPTIONS = {
    401: "No credentials, or credentials that are not valid.",
    403: "The credentials cannot do this (a read-only API key writing, an API key where a person is needed).",
    429: "Too many requests from this caller; the Retry-After header says when to try again.",
    400: "The request is malformed: a bad parameter, cursor or unknown query parameter, or a body the schema (or "
    "a rule between its fields) refuses; `errors` names each field.",
    404: "No such object, or not one the caller may see.",
    409: "The request conflicts with the current state.",
    412: "The If-Match ETag is not the object's current version: read it again.",
    422: "The body is valid but names something that cannot be used (an id of nothing the caller may see, or of "
    "the wrong kind, an email no account has; `errors` names the field), or an Idempotency-Key was reused for "
    "another request.",
    428: "The update has no If-Match header.",
    503: "The database is unavailable or busy (restarting, or a wait ran out); retry after the Retry-After seconds.",
}


def problems(*statuses: int) -> dict[int, ResponseSpec]:
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_JSON,
            description=_DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
            generate_examples=False,
        )
        for status in statuses
    }


# Answers every operation of a kind can give, documented here once rather than on each handler: any operation
# answers 401 to credentials that are presented and do not check out (a public read included: the client learns
# at once that its key is bad), and every write can answer 429 (app/domain/accounts/rate_limit.py); any
# operation can answer 503 when the database is away or a bounded wait runs out (checking presented credentials
# reads it too). 429 and 503 always carry Retry-After.
_PROBLEM = {PROBLEM_JSON: OpenAPIMediaType(schema=Reference(ref="#/components/schemas/Problem"))}
_RETRY_AFTER = OpenAPIHeader(
    schema=Schema(type=OpenAPIType.INTEGER, minimum=1),
    description="Seconds to wait before trying again.",
    required=True,
)


def _problem(status: int) -> OpenAPIResponse:
    return OpenAPIResponse(description=_DESCRIPTIONS[status], content=dict(_PROBLEM))


@dataclass
class _DocumentedOperation(Operation):
    writes: ClassVar[bool] = False

    def __post_init__(self) -> None:
        responses = self.responses if self.responses is not None else {}
        responses.setdefault("401", _problem(401))
        if self.writes:
            responses.setdefault("429", _problem(429))
        responses.setdefault("503", _problem(503))
        for status in ("429", "503"):
            answer = responses.get(status)
            if isinstance(answer, OpenAPIResponse):
                answer.headers = {**(answer.headers or {}), "Retry-After": _RETRY_AFTER}
        self.responses = responses


@dataclass
class _WriteOperation(_DocumentedOperation):
    writes: ClassVar[bool] = True


def document_central_responses(app: Litestar) -> None:
    """Give every operation of `app` the answers documented centrally (above). Call once, before the spec is
    first built: it sets each handler's `operation_class`, which Litestar builds the operation with."""
    for route in app.routes:
        if isinstance(route, HTTPRoute):
            for handler in route.route_handlers:
                writes = bool(handler.http_methods - SAFE_METHODS)
                handler.operation_class = _WriteOperation if writes else _DocumentedOperation


class StrictStructSchemaPlugin(StructSchemaPlugin):
    """Litestar's schema for a msgspec Struct, plus `additionalProperties: false` when the Struct forbids unknown
    fields: the spec then says what the server refuses, so generated clients and the fuzzer follow the same rule."""

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: SchemaCreator) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        struct = field_definition.type_
        # Fields that go together (a session's starts_at and ends_at): msgspec has no way to say it, so the input
        # names them, its service checks them, and the spec states the rule.
        dependent_required = getattr(struct, "__dependent_required__", None)
        if dependent_required:
            schema.dependent_required = dependent_required
        if struct.__struct_config__.forbid_unknown_fields:
            schema.additional_properties = False
            # Litestar reads a field's own Meta but not that of the items of a list or the keys and values of a
            # dict (`list[TopicSlug]` came out as plain strings), and loses bounds of 0: copy what msgspec
            # enforces.
            info = msgspec.inspect.type_info(struct)
            if isinstance(info, msgspec.inspect.StructType):
                for field in info.fields:
                    prop = (schema.properties or {}).get(field.encode_name)
                    if isinstance(prop, Schema):
                        _inner_constraints(prop, field.type)
        return schema


def _scalar_constraints(schema: Schema, kind: msgspec.inspect.Type) -> None:
    if isinstance(kind, msgspec.inspect.StrType):
        schema.min_length = schema.min_length if schema.min_length is not None else kind.min_length
        schema.max_length = schema.max_length if schema.max_length is not None else kind.max_length
        schema.pattern = schema.pattern or kind.pattern
    elif isinstance(kind, msgspec.inspect.IntType | msgspec.inspect.FloatType):
        # `is not None`: Litestar drops a bound of 0 (`ge=0` came out with no minimum), a falsy-value check.
        schema.minimum = schema.minimum if schema.minimum is not None else kind.ge
        schema.maximum = schema.maximum if schema.maximum is not None else kind.le
        if schema.exclusive_minimum is None and kind.gt is not None:
            schema.exclusive_minimum = kind.gt
        if schema.exclusive_maximum is None and kind.lt is not None:
            schema.exclusive_maximum = kind.lt


def _inner_constraints(schema: Schema, kind: msgspec.inspect.Type) -> None:
    """Constraints of the items of `kind` (a list, or a dict's keys and values), onto `schema` and its
    alternatives (an optional field's schema is a oneOf)."""
    if isinstance(kind, msgspec.inspect.Metadata):
        kind = kind.type
    if isinstance(kind, msgspec.inspect.UnionType):
        for alternative in kind.types:
            _inner_constraints(schema, alternative)
        return
    if isinstance(kind, msgspec.inspect.IntType | msgspec.inspect.FloatType):
        _scalar_constraints(schema, kind)  # where Litestar puts a field's own bounds: beside its oneOf
        return
    for candidate in [schema, *(schema.one_of or [])]:
        if isinstance(candidate, Schema):
            _container_constraints(candidate, kind)


def _container_constraints(schema: Schema, kind: msgspec.inspect.Type) -> None:
    if isinstance(kind, msgspec.inspect.ListType | msgspec.inspect.SetType) and isinstance(schema.items, Schema):
        _scalar_constraints(schema.items, kind.item_type)
    elif isinstance(kind, msgspec.inspect.DictType) and schema.type == OpenAPIType.OBJECT:
        if isinstance(schema.additional_properties, Schema):
            _scalar_constraints(schema.additional_properties, kind.value_type)
        if isinstance(kind.key_type, msgspec.inspect.StrType) and schema.property_names is None:
            names = Schema(type=OpenAPIType.STRING)
            _scalar_constraints(names, kind.key_type)
            if names.pattern or names.max_length:
                schema.property_names = names
