"""Accounts and who may do what: users, refresh tokens, per-forum organizer grants, organization
membership, and partner API keys."""

from __future__ import annotations

import datetime
from uuid import UUID

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, ReferenceBase


class User(Base):
    __tablename__ = "users"

    # Stored lower-cased: PostgreSQL's citext is a contrib extension the embedded server lacks.
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    full_name: Mapped[str] = mapped_column(String(200))
    is_admin: Mapped[bool] = mapped_column(default=False, server_default="false")
    # The person this account is, once known (an attendee registering, a speaker claiming a profile).
    person_id: Mapped[UUID | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), unique=True)

    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lower"),)


class RefreshToken(Base):
    """One refresh token of a rotation family. Only its SHA-256 is stored. Presenting a token that was already
    rotated means it leaked: the whole family is revoked."""

    __tablename__ = "refresh_tokens"

    user_id: Mapped[UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    family_id: Mapped[UUID] = mapped_column(index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime.datetime]
    rotated_at: Mapped[datetime.datetime | None]
    revoked_at: Mapped[datetime.datetime | None]


class ForumOrganizerGrant(ReferenceBase):
    """A user may manage this forum (its sessions, speakers, statements, registrations) and no other."""

    __tablename__ = "forum_organizer_grants"

    forum_id: Mapped[UUID] = mapped_column(ForeignKey("forums.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)
    granted_by_id: Mapped[UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class OrganizationMember(ReferenceBase):
    """A user acting for a partner organization; an org-admin manages its members and API keys."""

    __tablename__ = "organization_members"

    organization_id: Mapped[UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)
    is_admin: Mapped[bool] = mapped_column(default=False, server_default="false")


class ApiKey(Base):
    """A partner organization's key for the SDK. The secret is shown once; only its SHA-256 is stored (it is
    random and long, so a slow password hash would add nothing)."""

    __tablename__ = "api_keys"

    organization_id: Mapped[UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    # The first characters of the key, to tell keys apart in listings without revealing them.
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(10))
    created_by_id: Mapped[UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    last_used_at: Mapped[datetime.datetime | None]
    revoked_at: Mapped[datetime.datetime | None]

    __table_args__ = (
        CheckConstraint("scope IN ('read', 'read-write')", name="scope"),
        Index("ix_api_keys_organization_id", "organization_id", text("id DESC")),
    )


class RateLimitCounter(ReferenceBase):
    """Requests counted per bucket and fixed window, shared by every worker process."""

    __tablename__ = "rate_limit_counters"

    bucket: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime.datetime] = mapped_column(primary_key=True)
    hits: Mapped[int]
