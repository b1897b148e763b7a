"""The declarative bases every table derives from.

advanced-alchemy's registry gives us its column types (GUID, DateTimeUTC, JsonB) and its constraint naming
convention. We do not use its ``UUIDv7AuditBase``: it adds an ``sa_orm_sentinel`` column to every table, and its
timestamps have no server default, which raw-SQL writers (the benchmark loader, COPY) need.
"""

from __future__ import annotations

import datetime
from uuid import UUID

from advanced_alchemy.base import AdvancedDeclarativeBase, orm_registry
from advanced_alchemy.types import DateTimeUTC
from sqlalchemy import func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncAttrs
from sqlalchemy.orm import Mapped, declarative_mixin, mapped_column
from uuid_utils.compat import uuid7


def utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def new_id() -> UUID:
    """A time-ordered UUIDv7: ids sort by creation, which keeps B-tree inserts local."""
    return uuid7()


def new_event_id() -> UUID:
    """An audit event's id, for `Audit.record` and for the statements that insert their event in SQL beside the
    write (registrations' seats): time-ordered like every id, which the audit log's newest-first order and its
    cursor rely on."""
    return new_id()


# Maps of language code to text ({"en": "Chair", "ru": "Председатель"}), stored as JSONB. An absent map is SQL
# NULL, never the JSON value `null`, which the SQL functions reading these maps cannot take.
Translations = dict[str, str]
orm_registry.update_type_annotation_map({Translations: JSONB(none_as_null=True)})


@declarative_mixin
class Timestamps:
    created_at: Mapped[datetime.datetime] = mapped_column(
        DateTimeUTC(timezone=True), default=utcnow, server_default=func.now(), sort_order=3000
    )
    updated_at: Mapped[datetime.datetime] = mapped_column(
        DateTimeUTC(timezone=True), default=utcnow, onupdate=utcnow, server_default=func.now(), sort_order=3001
    )


class ReferenceBase(Timestamps, AdvancedDeclarativeBase, AsyncAttrs):
    """Tables keyed by a natural code (countries), not by a UUID."""

    __abstract__ = True
    registry = orm_registry
    metadata = orm_registry.metadata


class Base(Timestamps, AdvancedDeclarativeBase, AsyncAttrs):
    """Every public object: a UUIDv7 that never changes nor gets reused, plus created and updated times."""

    __abstract__ = True
    registry = orm_registry
    metadata = orm_registry.metadata

    id: Mapped[UUID] = mapped_column(primary_key=True, default=new_id, sort_order=-100)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"
