"""Every table, imported here so Alembic and the tests see the whole metadata."""

from app.db.models.accounts import ApiKey, ForumOrganizerGrant, OrganizationMember, RateLimitCounter, RefreshToken, User
from app.db.models.audit import AuditEvent, IdempotencyRecord, Tombstone
from app.db.models.changes import ChangeEvent, ChangeLogState
from app.db.models.forum_sessions import ForumSession, SessionParticipant
from app.db.models.forums import Forum, ForumOrganizer, Room
from app.db.models.geography import Country
from app.db.models.organizations import Organization
from app.db.models.people import Affiliation, Person
from app.db.models.registrations import DelegationQuota, Registration
from app.db.models.statements import Citation, Statement, StatementRevision, StatementTopic, Topic

__all__ = [
    "Affiliation",
    "ApiKey",
    "AuditEvent",
    "ChangeEvent",
    "ChangeLogState",
    "Citation",
    "Country",
    "DelegationQuota",
    "Forum",
    "ForumOrganizer",
    "ForumOrganizerGrant",
    "ForumSession",
    "IdempotencyRecord",
    "Organization",
    "OrganizationMember",
    "Person",
    "RateLimitCounter",
    "RefreshToken",
    "Registration",
    "Room",
    "SessionParticipant",
    "Statement",
    "StatementRevision",
    "StatementTopic",
    "Tombstone",
    "Topic",
    "User",
]
