"""OpenAPI helpers: every error an operation can answer is documented as application/problem+json."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING

from litestar._openapi.schema_generation.plugins.struct import StructSchemaPlugin
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Schema

from app.lib.errors import PROBLEM_JSON, Problem

if TYPE_CHECKING:
    from litestar._openapi.schema_generation import SchemaCreator
    from litestar.typing import FieldDefinition

# Security scheme names, declared in app/asgi.py and referenced by guarded controllers.
BEARER = "BearerAuth"
API_KEY = "ApiKeyAuth"

_DESCRIPTIONS = {
    401: "No credentials, or credentials that are not valid.",
    403: "The credentials cannot do this (a read-only API key writing, an API key where a person is needed).",
    429: "Too many attempts; the Retry-After header says when to try again.",
    400: "The request is malformed: a bad parameter, cursor or unknown query parameter.",
    404: "No such object, or not one the caller may see.",
    409: "The request conflicts with the current state.",
    412: "The If-Match ETag is not the object's current version: read it again.",
    422: "The payload is well-formed but not acceptable, or an Idempotency-Key was reused for another request.",
    428: "The update has no If-Match header.",
    503: "A dependency (the database) is unavailable.",
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


class StrictStructSchemaPlugin(StructSchemaPlugin):
    """Litestar's schema for a msgspec Struct, plus `additionalProperties: false` when the Struct forbids unknown
    fields: the spec then says what the server refuses, so generated clients and the fuzzer follow the same rule."""

    def to_openapi_schema(self, field_definition: FieldDefinition, schema_creator: SchemaCreator) -> Schema:
        schema = super().to_openapi_schema(field_definition, schema_creator)
        if field_definition.type_.__struct_config__.forbid_unknown_fields:
            schema.additional_properties = False
        return schema
