"""The OpenAPI document, rendered the same way every time so the committed copy can be compared byte for byte."""

from __future__ import annotations

import json

from app.asgi import create_app
from app.config import get_settings

# The spec does not depend on a database; the engine is created lazily and never connects.
_NO_DATABASE = "postgresql+asyncpg://spec@localhost/spec"


def render_spec() -> str:
    app = create_app(get_settings(), database_url=_NO_DATABASE)
    document = app.openapi_schema.to_schema()
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
