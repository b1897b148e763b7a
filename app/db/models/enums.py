"""Closed vocabularies of the domain. Stored as text with a CHECK constraint, so adding a value is a migration
that swaps one constraint rather than an ALTER TYPE that cannot run inside a transaction on older servers."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


class OtsStatus(StrEnum):
    MEMBER = "member"
    OBSERVER = "observer"


class LegalForm(StrEnum):
    PUBLIC_ASSOCIATION = "public_association"
    PUBLIC_FOUNDATION = "public_foundation"
    PUBLIC_UNION = "public_union"
    NGO = "ngo"
    GOVERNMENT_BODY = "government_body"
    INTERGOVERNMENTAL_ORGANIZATION = "intergovernmental_organization"
    MEDIA = "media"


class ForumStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"
    ARCHIVED = "archived"


class SessionKind(StrEnum):
    PANEL = "panel"
    PLENARY = "plenary"
    WORKSHOP = "workshop"
    SIDE_EVENT = "side_event"


class SessionStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class ParticipantRole(StrEnum):
    MODERATOR = "moderator"
    SPEAKER = "speaker"
    PANELIST = "panelist"
    KEYNOTE = "keynote"
    RAPPORTEUR = "rapporteur"


class InvitationState(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class StatementKind(StrEnum):
    QUOTE = "quote"
    PARAPHRASE = "paraphrase"
    SUMMARY = "summary"
    PROPOSAL = "proposal"


class StatementStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    PUBLISHED = "published"
    RETRACTED = "retracted"


class RegistrationCategory(StrEnum):
    PARTICIPANT = "participant"
    DELEGATE = "delegate"
    SPEAKER = "speaker"
    PRESS = "press"
    OBSERVER = "observer"


class RegistrationStatus(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    REJECTED = "rejected"


def text_enum(enum: type[StrEnum], name: str) -> Enum:
    """A VARCHAR column holding the enum's values, guarded by a named CHECK constraint."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
