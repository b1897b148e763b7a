from __future__ import annotations

from app.lib.schema import Schema


class HealthStatus(Schema):
    status: str
