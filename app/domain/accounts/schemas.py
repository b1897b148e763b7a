from __future__ import annotations

import datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec

from app.lib.inputs import Email
from app.lib.schema import Input, Schema

# 200 characters bound the Argon2 input; 10 is NIST SP 800-63B's floor of 8 plus a little.
NewPassword = Annotated[str, msgspec.Meta(min_length=10, max_length=200)]
Password = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
FullName = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
OpaqueToken = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]


class SignupInput(Input):
    email: Email
    password: NewPassword
    full_name: FullName


class LoginInput(Input):
    email: Email
    password: Password


class RefreshInput(Input):
    refresh_token: OpaqueToken


class TokenPair(Schema):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"]
    # Seconds until access_token expires.
    expires_in: int


class OrganizationRole(Schema):
    organization_id: UUID
    is_admin: bool


class Me(Schema):
    id: UUID
    email: str
    full_name: str
    is_admin: bool
    person_id: UUID | None
    organizer_of: list[UUID]
    organizations: list[OrganizationRole]
    created_at: datetime.datetime


class OrganizerInput(Input):
    email: Email


class Organizer(Schema):
    user_id: UUID
    email: str
    full_name: str
    granted_at: datetime.datetime


class OrganizerList(Schema):
    items: list[Organizer]


class MemberInput(Input):
    email: Email
    is_admin: bool = False


class Member(Schema):
    user_id: UUID
    email: str
    full_name: str
    is_admin: bool


class MemberList(Schema):
    items: list[Member]


ApiKeyScope = Literal["read", "read-write"]


class ApiKeyInput(Input):
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
    scope: ApiKeyScope


class ApiKey(Schema):
    id: UUID
    organization_id: UUID
    name: str
    # The first characters of the key, to tell keys apart.
    prefix: str
    scope: ApiKeyScope
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    revoked_at: datetime.datetime | None


class ApiKeyCreated(ApiKey):
    # The key itself: shown this once, stored only as a hash. Send it as the X-API-Key header.
    key: str


class ApiKeyList(Schema):
    items: list[ApiKey]
