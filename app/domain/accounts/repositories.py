from __future__ import annotations

import datetime
from uuid import UUID

import msgspec
from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.db.models import ApiKey, ForumOrganizerGrant, OrganizationMember, RefreshToken, User
from app.db.models.forums import Forum
from app.db.models.organizations import Organization
from app.db.read import Reader, json_sql, sql


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_email(self, email: str) -> User | None:
        return (await self.session.execute(select(User).where(User.email == email))).scalar_one_or_none()

    async def get(self, user_id: UUID) -> User | None:
        return await self.session.get(User, user_id)

    async def add(self, user: User) -> User:
        self.session.add(user)
        await self.session.flush()
        return user

    async def flush(self) -> None:
        await self.session.flush()


class RefreshTokenRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, token: RefreshToken) -> None:
        self.session.add(token)
        await self.session.flush()

    async def by_hash(self, token_hash: str) -> RefreshToken | None:
        statement = select(RefreshToken).where(RefreshToken.token_hash == token_hash)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def lock(self, token_hash: str) -> RefreshToken | None:
        """The token, row-locked for the rest of the request's transaction: concurrent refreshes of one token
        take turns here (each waiting at most lock_timeout), and each sees what the one before it committed."""
        statement = (
            select(RefreshToken)
            .where(RefreshToken.token_hash == token_hash)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def mark_rotated(self, token: RefreshToken, at: datetime.datetime) -> None:
        token.rotated_at = at
        await self.session.flush()

    async def revoke_family(self, family_id: UUID, at: datetime.datetime) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=at)
        )


class GrantRepository:
    """Who may do what: organizer grants and organization memberships."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def forum_exists(self, forum_id: UUID) -> bool:
        return (await self.session.execute(select(Forum.id).where(Forum.id == forum_id))).first() is not None

    async def organization_exists(self, organization_id: UUID) -> bool:
        found = await self.session.execute(select(Organization.id).where(Organization.id == organization_id))
        return found.first() is not None

    async def grant_organizer(self, forum_id: UUID, user_id: UUID, granted_by: UUID | None) -> None:
        await self.session.execute(
            insert(ForumOrganizerGrant)
            .values(forum_id=forum_id, user_id=user_id, granted_by_id=granted_by)
            .on_conflict_do_nothing()
        )

    async def organizers(self, forum_id: UUID, *, user_id: UUID | None = None) -> list[tuple[User, datetime.datetime]]:
        statement = (
            select(User, ForumOrganizerGrant.created_at)
            .join(ForumOrganizerGrant, ForumOrganizerGrant.user_id == User.id)
            .where(ForumOrganizerGrant.forum_id == forum_id)
            .order_by(ForumOrganizerGrant.created_at, User.id)
        )
        if user_id is not None:
            statement = statement.where(User.id == user_id)
        return [(row[0], row[1]) for row in (await self.session.execute(statement)).all()]

    async def revoke_organizer(self, forum_id: UUID, user_id: UUID) -> bool:
        result = await self.session.execute(
            delete(ForumOrganizerGrant)
            .where(ForumOrganizerGrant.forum_id == forum_id, ForumOrganizerGrant.user_id == user_id)
            .returning(ForumOrganizerGrant.user_id)
        )
        return result.first() is not None

    async def upsert_member(self, organization_id: UUID, user_id: UUID, *, is_admin: bool) -> None:
        statement = insert(OrganizationMember).values(
            organization_id=organization_id, user_id=user_id, is_admin=is_admin
        )
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=["organization_id", "user_id"],
                set_={"is_admin": statement.excluded.is_admin, "updated_at": func.now()},
            )
        )

    async def members(self, organization_id: UUID, *, user_id: UUID | None = None) -> list[tuple[User, bool]]:
        statement = (
            select(User, OrganizationMember.is_admin)
            .join(OrganizationMember, OrganizationMember.user_id == User.id)
            .where(OrganizationMember.organization_id == organization_id)
            .order_by(User.email)
        )
        if user_id is not None:
            statement = statement.where(User.id == user_id)
        return [(row[0], row[1]) for row in (await self.session.execute(statement)).all()]

    async def remove_member(self, organization_id: UUID, user_id: UUID) -> bool:
        result = await self.session.execute(
            delete(OrganizationMember)
            .where(OrganizationMember.organization_id == organization_id, OrganizationMember.user_id == user_id)
            .returning(OrganizationMember.user_id)
        )
        return result.first() is not None


class ApiKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, key: ApiKey) -> ApiKey:
        self.session.add(key)
        await self.session.flush()
        return key

    async def for_organization(self, organization_id: UUID) -> list[ApiKey]:
        statement = select(ApiKey).where(ApiKey.organization_id == organization_id).order_by(ApiKey.id.desc())
        return list((await self.session.execute(statement)).scalars())

    async def revoke(self, key: ApiKey, at: datetime.datetime) -> None:
        key.revoked_at = at
        await self.session.flush()

    async def get(self, organization_id: UUID, key_id: UUID) -> ApiKey | None:
        statement = select(ApiKey).where(ApiKey.id == key_id, ApiKey.organization_id == organization_id)
        return (await self.session.execute(statement)).scalar_one_or_none()


# Authentication runs before the request's own transaction exists, on a connection of its own.


# Every authenticated request runs this first, so it takes the lean read path (app/db/read.py): one prepared
# statement on the driver, no ORM compile and no transaction round trips. It measured a sixth of the server's
# time per registration under contention when it went through the ORM (bench/README.md).
_GRANTS_OF_USER = """
    u.is_admin,
    (SELECT coalesce(json_agg(g.forum_id), '[]') FROM forum_organizer_grants g WHERE g.user_id = u.id),
    (SELECT coalesce(json_agg(m.organization_id), '[]') FROM organization_members m WHERE m.user_id = u.id),
    (SELECT coalesce(json_agg(m.organization_id), '[]') FROM organization_members m
     WHERE m.user_id = u.id AND m.is_admin),
    u.person_id"""
_GRANTS = json_sql(f"""
SELECT json_build_array({_GRANTS_OF_USER})
FROM users u WHERE u.id = CAST(:user_id AS uuid)
""")
# A person's write also counts against the write limit (app/domain/accounts/rate_limit.py) in the same
# statement, so the limit costs the hot write path (attendees registering) no round trip of its own. The count
# is committed with the statement, before the request's transaction begins. (Not json_sql: a data-modifying
# WITH must stand at the top.)
_GRANTS_COUNTING_A_WRITE = sql(f"""
WITH counted AS (
    INSERT INTO rate_limit_counters (bucket, window_start, hits)
    VALUES (:bucket, CAST(:window_start AS timestamptz), 1)
    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1, updated_at = now()
    RETURNING hits)
SELECT CAST(json_build_array({_GRANTS_OF_USER}, (SELECT hits FROM counted)) AS text)
FROM users u WHERE u.id = CAST(:user_id AS uuid)
""")


class UserGrants(msgspec.Struct, array_like=True, frozen=True):
    is_admin: bool
    organizer_of: frozenset[UUID]
    member_of: frozenset[UUID]
    admin_of: frozenset[UUID]
    person_id: UUID | None
    # This window's writes by the user, this one included, when the load counted a write; else 0.
    write_hits: int = 0


async def load_user_grants(
    reader: Reader, user_id: UUID, *, count_write: tuple[str, datetime.datetime] | None = None
) -> UserGrants | None:
    """The user's grants (forums organized, organizations belonged to and administered), or None when the
    account no longer exists. With `count_write` (bucket, window start), also counts one write. One round trip."""
    if count_write is None:
        return await reader.json(_GRANTS, {"user_id": user_id}, UserGrants)
    bucket, window_start = count_write
    params = {"user_id": user_id, "bucket": bucket, "window_start": window_start}
    return await reader.json(_GRANTS_COUNTING_A_WRITE, params, UserGrants)


async def find_active_api_key(connection: AsyncConnection, key_hash: str) -> tuple[UUID, UUID, str] | None:
    """(key id, organization id, scope) of a key that exists and is not revoked."""
    statement = select(ApiKey.id, ApiKey.organization_id, ApiKey.scope).where(
        ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None)
    )
    row = (await connection.execute(statement)).first()
    return (row[0], row[1], row[2]) if row else None


async def touch_api_key(connection: AsyncConnection, key_id: UUID, at: datetime.datetime) -> None:
    # At most one write a minute per key: "last used" needs no more precision, and a busy partner
    # should not turn every read into a write.
    await connection.execute(
        update(ApiKey)
        .where(
            ApiKey.id == key_id,
            (ApiKey.last_used_at.is_(None)) | (ApiKey.last_used_at < at - datetime.timedelta(minutes=1)),
        )
        .values(last_used_at=at)
    )


# Rate-limit counters: one statement counts a hit in every bucket and answers each bucket's count, autocommitted
# on a pooled connection of its own (Reader: no BEGIN/COMMIT round trips). Buckets come sorted, so two
# requests that count the same buckets lock their rows in the same order and never deadlock.
# (Not json_sql: a data-modifying WITH must stand at the top, so the statement casts its JSON to text itself.)
_COUNT_HITS = sql("""
WITH counted AS (
    INSERT INTO rate_limit_counters (bucket, window_start, hits)
    SELECT hit.bucket, hit.window_start, 1
    FROM unnest(CAST(:buckets AS text[]), CAST(:window_starts AS timestamptz[])) AS hit(bucket, window_start)
    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1, updated_at = now()
    RETURNING bucket, hits)
SELECT CAST(json_object_agg(bucket, hits) AS text) FROM counted
""")
_FORGET_OLD_WINDOWS = sql("DELETE FROM rate_limit_counters WHERE window_start < CAST(:before AS timestamptz)")


async def count_hits(reader: Reader, hits: dict[str, datetime.datetime]) -> dict[str, int]:
    """Count one hit in each bucket's window (bucket -> window start), atomically; each bucket's count so far.
    Committed at once: a request that fails afterwards still counts."""
    buckets = sorted(hits)
    params = {"buckets": buckets, "window_starts": [hits[bucket] for bucket in buckets]}
    return await reader.json(_COUNT_HITS, params, dict[str, int]) or {}


async def forget_old_windows(reader: Reader, before: datetime.datetime) -> None:
    await reader.value(_FORGET_OLD_WINDOWS, {"before": before})
