"""Granting access: forum organizers, organization members, partner API keys.

Route guards have already decided the caller may manage the forum or organization named in the path; these
services check the objects themselves and make the change.
"""

from __future__ import annotations

import datetime
from uuid import UUID

from app.db.base import new_id
from app.db.models import ApiKey as ApiKeyRow
from app.domain.accounts.emails import normalize_email
from app.domain.accounts.errors import UnknownAccountError
from app.domain.accounts.repositories import ApiKeyRepository, GrantRepository, UserRepository
from app.domain.accounts.schemas import (
    ApiKey,
    ApiKeyCreated,
    ApiKeyInput,
    ApiKeyList,
    Member,
    MemberInput,
    MemberList,
    Organizer,
    OrganizerInput,
    OrganizerList,
)
from app.lib.errors import NotFoundError
from app.lib.principal import Principal
from app.lib.security import fingerprint, new_secret

API_KEY_PREFIX = "qk"
VISIBLE_KEY_CHARS = 10


def _api_key(row: ApiKeyRow) -> ApiKey:
    return ApiKey(
        id=row.id,
        organization_id=row.organization_id,
        name=row.name,
        prefix=row.prefix,
        scope="read-write" if row.scope == "read-write" else "read",
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


class AccessService:
    def __init__(self, users: UserRepository, grants: GrantRepository, api_keys: ApiKeyRepository) -> None:
        self.users = users
        self.grants = grants
        self.api_keys = api_keys

    async def _user_id_for(self, email: str) -> UUID:
        user = await self.users.by_email(normalize_email(email))
        if user is None:
            raise UnknownAccountError("no account has this email; ask them to sign up first")
        return user.id

    async def _require_forum(self, forum_id: UUID) -> None:
        if not await self.grants.forum_exists(forum_id):
            raise NotFoundError(f"no forum {forum_id}")

    async def _require_organization(self, organization_id: UUID) -> None:
        if not await self.grants.organization_exists(organization_id):
            raise NotFoundError(f"no organization {organization_id}")

    # Forum organizers

    async def add_organizer(self, forum_id: UUID, data: OrganizerInput, *, by: Principal) -> Organizer:
        await self._require_forum(forum_id)
        user_id = await self._user_id_for(data.email)
        await self.grants.grant_organizer(forum_id, user_id, by.user_id)
        ((user, granted_at),) = await self.grants.organizers(forum_id, user_id=user_id)
        return Organizer(user_id=user.id, email=user.email, full_name=user.full_name, granted_at=granted_at)

    async def list_organizers(self, forum_id: UUID) -> OrganizerList:
        await self._require_forum(forum_id)
        return OrganizerList(
            items=[
                Organizer(user_id=user.id, email=user.email, full_name=user.full_name, granted_at=granted_at)
                for user, granted_at in await self.grants.organizers(forum_id)
            ]
        )

    async def remove_organizer(self, forum_id: UUID, user_id: UUID) -> None:
        if not await self.grants.revoke_organizer(forum_id, user_id):
            raise NotFoundError(f"user {user_id} does not organize forum {forum_id}")

    # Organization members

    async def add_member(self, organization_id: UUID, data: MemberInput) -> Member:
        await self._require_organization(organization_id)
        user_id = await self._user_id_for(data.email)
        await self.grants.upsert_member(organization_id, user_id, is_admin=data.is_admin)
        ((user, is_admin),) = await self.grants.members(organization_id, user_id=user_id)
        return Member(user_id=user.id, email=user.email, full_name=user.full_name, is_admin=is_admin)

    async def list_members(self, organization_id: UUID) -> MemberList:
        await self._require_organization(organization_id)
        return MemberList(
            items=[
                Member(user_id=user.id, email=user.email, full_name=user.full_name, is_admin=is_admin)
                for user, is_admin in await self.grants.members(organization_id)
            ]
        )

    async def remove_member(self, organization_id: UUID, user_id: UUID) -> None:
        if not await self.grants.remove_member(organization_id, user_id):
            raise NotFoundError(f"user {user_id} is not a member of organization {organization_id}")

    # API keys

    async def create_api_key(self, organization_id: UUID, data: ApiKeyInput, *, by: Principal) -> ApiKeyCreated:
        await self._require_organization(organization_id)
        secret = new_secret(API_KEY_PREFIX)
        row = await self.api_keys.add(
            ApiKeyRow(
                id=new_id(),
                organization_id=organization_id,
                name=data.name.strip(),
                prefix=secret[:VISIBLE_KEY_CHARS],
                key_hash=fingerprint(secret),
                scope=data.scope,
                created_by_id=by.user_id,
            )
        )
        shown = _api_key(row)
        return ApiKeyCreated(**{field: getattr(shown, field) for field in shown.__struct_fields__}, key=secret)

    async def list_api_keys(self, organization_id: UUID) -> ApiKeyList:
        await self._require_organization(organization_id)
        return ApiKeyList(items=[_api_key(row) for row in await self.api_keys.for_organization(organization_id)])

    async def revoke_api_key(self, organization_id: UUID, key_id: UUID) -> None:
        row = await self.api_keys.get(organization_id, key_id)
        if row is None:
            raise NotFoundError(f"no API key {key_id}")
        if row.revoked_at is None:
            await self.api_keys.revoke(row, datetime.datetime.now(datetime.UTC))
