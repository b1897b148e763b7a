"""What organizers and partners send to record, change, publish and retract statements, and what a search of
statements filters on."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

import msgspec

from app.db.models.enums import StatementKind
from app.lib.inputs import (
    END,
    UNSET,
    WEB_ADDRESS,
    LanguageCode,
    LongTranslations,
    NewStatus,
    Text60,
    Text200,
    Text500,
    Text2000,
    UnsetType,
    years_meta,
)
from app.lib.schema import Input

Url = Annotated[
    str,
    msgspec.Meta(
        pattern=WEB_ADDRESS,
        max_length=1000,
        description="An http or https address.",
        examples=["https://report.az/en/ngo/solidarity-forum"],
    ),
]
Position = Annotated[int, msgspec.Meta(ge=0, le=100_000, description="Order within the session, lowest first.")]
TopicSlug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*" + END, max_length=100)]
Topics = Annotated[
    list[TopicSlug],
    msgspec.Meta(
        max_length=20,
        description="Slugs of existing topics (the topic vocabulary is curated: an unknown slug is refused).",
    ),
]


class CitationInput(Input, kw_only=True):
    """Where the statement was reported."""

    outlet: Text200
    title: Text500 | None = None
    url: Url | None = None
    published_at: Annotated[datetime.datetime | None, years_meta("RFC 3339 with a time zone offset.")] = None


Citations = Annotated[list[CitationInput], msgspec.Meta(max_length=20)]


class StatementInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A statement by a participant of the session. Organizers record a draft or publish directly; what a
    partner sends is always `submitted`, whatever `status` says, until an organizer publishes it."""

    participant_id: UUID
    text: LongTranslations
    # The language it was said in: one of the keys of `text`.
    language: LanguageCode
    kind: StatementKind
    reporting_verb: Text60 | None = None
    # Left out: after the session's last statement.
    position: Position | None = None
    topics: Topics = msgspec.field(default_factory=list)
    citations: Citations = msgspec.field(default_factory=list)
    status: NewStatus = "draft"


class StatementPatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Only the fields sent change; `topics` and `citations` replace the whole list. The status changes
    through publish and retract, not here."""

    participant_id: UUID | UnsetType = UNSET
    text: LongTranslations | UnsetType = UNSET
    language: LanguageCode | UnsetType = UNSET
    kind: StatementKind | UnsetType = UNSET
    reporting_verb: Text60 | UnsetType | None = UNSET
    position: Position | UnsetType = UNSET
    topics: Topics | UnsetType = UNSET
    citations: Citations | UnsetType = UNSET


class RetractionInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    # Shown publicly beside the retracted statement.
    reason: Text2000


@dataclass(frozen=True, slots=True)
class StatementFilters:
    """A statement search's filters: the query parameters of search_statements, or the person of
    list_person_statements."""

    q: str | None = None
    topic: str | None = None
    country: str | None = None
    organization_id: UUID | None = None
    forum_id: UUID | None = None
    forum_slug: str | None = None
    person_id: UUID | None = None
