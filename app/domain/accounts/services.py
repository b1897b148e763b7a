"""Sign-up, log-in, token refresh with rotation, log-out, and the caller's own account (AuthService); granting
access: forum organizers, organization members, partner API keys (AccessService)."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
from uuid import UUID

from app.config import Settings
from app.db.base import new_id
from app.db.models import ApiKey as ApiKeyRow
from app.db.models import RefreshToken, User
from app.domain.accounts.emails import email_lookup_key, normalize_email
from app.domain.accounts.errors import AuthenticationError, RefreshTokenReusedError, UnknownAccountError
from app.domain.accounts.passwords import require_strong_password
from app.domain.accounts.rate_limit import RateLimiter
from app.domain.accounts.repositories import ApiKeyRepository, GrantRepository, RefreshTokenRepository, UserRepository
from app.domain.accounts.schemas import (
    ApiKey,
    ApiKeyCreated,
    ApiKeyInput,
    ApiKeyList,
    LoginInput,
    Me,
    Member,
    MemberInput,
    MemberList,
    OrganizationRole,
    Organizer,
    OrganizerInput,
    OrganizerList,
    SignupInput,
    TokenPair,
)
from app.lib.errors import ConflictError, NotFoundError
from app.lib.principal import Principal
from app.lib.security import (
    DUMMY_PASSWORD_HASH,
    fingerprint,
    hash_password,
    issue_access_token,
    new_secret,
    verify_password,
)

# The backoff window of one address at one account, and how many ordinary windows' worth of attempts it allows.
BACKOFF_SECONDS = 3600
BACKOFF_WINDOWS = 3
API_KEY_PREFIX = "qk"
VISIBLE_KEY_CHARS = 10


def successor_of(token_hash: str, secret: str) -> str:
    """The refresh token that replaces the one with this hash: a keyed hash of it, so every rotation of one
    token yields the same successor, the database stores only hashes (no successor in plaintext), and nobody
    without the signing secret can compute it from a stolen table."""
    digest = hmac.new(secret.encode(), f"refresh-successor:{token_hash}".encode(), hashlib.sha256).digest()
    return "qrt_" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


async def make_admin(users: UserRepository, *, email: str, full_name: str, password: str) -> bool:
    """Create a platform admin, or promote the existing account with this email. True if created."""
    email = normalize_email(email)
    existing = await users.by_email(email)
    if existing is not None:
        existing.is_admin = True
        await users.flush()
        return False
    await users.add(
        User(id=new_id(), email=email, password_hash=await hash_password(password), full_name=full_name, is_admin=True)
    )
    return True


class AuthService:
    def __init__(
        self,
        users: UserRepository,
        refresh_tokens: RefreshTokenRepository,
        limiter: RateLimiter,
        settings: Settings,
    ) -> None:
        self.users = users
        self.refresh_tokens = refresh_tokens
        self.limiter = limiter
        self.settings = settings

    async def _limit(self, client: str, account: str) -> None:
        """Attempts per client address, and per account from that address; then, only for an attempt those let
        through, per account from every address (a higher ceiling against guessing from many addresses). So
        another address's wrong guesses never lock the owner's own client out, and attempts a narrower limit
        refused never use up the ceiling: one address hammering an account cannot lock everyone out.

        Backoff: an address that keeps at one account past a few windows' worth is held off for the rest of the
        hour, so a patient guesser gets BACKOFF_WINDOWS windows' worth an hour, not one every window."""
        window = self.settings.auth_rate_limit_window_seconds
        per_account = self.settings.auth_rate_limit_per_account
        pair = f"auth:account:{account}:client:{client}"
        await self.limiter.hit_windows(
            {
                f"auth:client:{client}": (self.settings.auth_rate_limit_per_client, window),
                pair: (per_account, window),
                f"{pair}:backoff": (per_account * BACKOFF_WINDOWS, max(BACKOFF_SECONDS, window)),
            }
        )
        await self.limiter.hit({f"auth:account:{account}": self.settings.auth_rate_limit_account_ceiling})

    async def signup(self, data: SignupInput, *, client: str) -> TokenPair:
        email = normalize_email(data.email)
        full_name = data.full_name.strip()
        await require_strong_password(data.password, email=email, full_name=full_name)
        await self._limit(client, email)
        # Hashed before looking the email up, so a taken email costs the same work as a new one: the answer
        # says the email is taken (an open sign-up that logs in at once cannot hide it, README.md), but a probe
        # is no cheaper than a sign-up, and the limits above bound how many a client makes.
        password_hash = await hash_password(data.password)
        if await self.users.by_email(email) is not None:
            raise ConflictError("an account with this email already exists; log in instead")
        user = User(id=new_id(), email=email, password_hash=password_hash, full_name=full_name)
        await self.users.add(user)
        return await self._issue(user.id, family_id=new_id())

    async def login(self, data: LoginInput, *, client: str) -> TokenPair:
        email = email_lookup_key(data.email)
        await self._limit(client, email)
        user = await self.users.by_email(email)
        # Verify against a dummy hash when there is no account, so timing does not reveal which emails exist.
        valid = await verify_password(user.password_hash if user else DUMMY_PASSWORD_HASH, data.password)
        if user is None or not valid:
            raise AuthenticationError("the email or the password is wrong")
        return await self._issue(user.id, family_id=new_id())

    async def refresh(self, refresh_token: str, *, client: str) -> TokenPair:
        """Rotate a refresh token. Its successor is derived from it (`successor_of`), so every concurrent refresh
        of one token (a mobile app refreshing from several requests at once) resolves to the same single
        rotation: they take turns on the token's row lock, the first rotates, and for `refresh_grace_seconds`
        after that the same token answers the same successor with a fresh access token. Presented again later,
        or after its successor was itself used, the token has leaked: the family is revoked, in this request's
        own transaction, and the answer is 401."""
        # Limited per client address only: a bucket per token stops no guesser (each guess is a new token) and
        # would refuse an app that refreshes from many requests at once, the very case the grace window serves.
        await self.limiter.hit({f"auth:client:{client}": self.settings.auth_rate_limit_per_client})
        token_hash = fingerprint(refresh_token)
        now = datetime.datetime.now(datetime.UTC)
        token = await self.refresh_tokens.lock(token_hash)
        if token is None or token.revoked_at is not None or token.expires_at <= now:
            raise AuthenticationError("the refresh token is not valid; log in again")
        successor = successor_of(token_hash, self.settings.jwt_secret)
        if token.rotated_at is None:
            await self.refresh_tokens.mark_rotated(token, now)
            return await self._issue(token.user_id, family_id=token.family_id, refresh=successor)
        if now - token.rotated_at <= datetime.timedelta(seconds=self.settings.refresh_grace_seconds):
            current = await self.refresh_tokens.by_hash(fingerprint(successor))
            if current is not None and current.rotated_at is None and current.revoked_at is None:
                return self._pair(token.user_id, successor)
        await self.refresh_tokens.revoke_family(token.family_id, now)
        raise RefreshTokenReusedError("the refresh token was already used; every session of it is revoked")

    async def logout(self, refresh_token: str) -> None:
        token = await self.refresh_tokens.by_hash(fingerprint(refresh_token))
        if token is not None:
            await self.refresh_tokens.revoke_family(token.family_id, datetime.datetime.now(datetime.UTC))

    async def _issue(self, user_id: UUID, *, family_id: UUID, refresh: str | None = None) -> TokenPair:
        refresh = refresh or new_secret("qrt")
        await self.refresh_tokens.add(
            RefreshToken(
                id=new_id(),
                user_id=user_id,
                family_id=family_id,
                token_hash=fingerprint(refresh),
                expires_at=datetime.datetime.now(datetime.UTC)
                + datetime.timedelta(seconds=self.settings.refresh_token_ttl_seconds),
            )
        )
        return self._pair(user_id, refresh)

    def _pair(self, user_id: UUID, refresh: str) -> TokenPair:
        access = issue_access_token(
            user_id, secret=self.settings.jwt_secret, ttl_seconds=self.settings.access_token_ttl_seconds
        )
        return TokenPair(
            access_token=access,
            refresh_token=refresh,
            token_type="Bearer",  # noqa: S106 - the OAuth 2 token type, not a secret
            expires_in=self.settings.access_token_ttl_seconds,
        )

    async def me(self, principal: Principal) -> Me:
        user = await self.users.get(principal.user_id) if principal.user_id else None
        if user is None:
            raise AuthenticationError("the account no longer exists")
        return Me(
            id=user.id,
            email=user.email,
            full_name=user.full_name,
            is_admin=user.is_admin,
            person_id=user.person_id,
            organizer_of=sorted(principal.organizer_of),
            organizations=[
                OrganizationRole(organization_id=org, is_admin=org in principal.admin_of)
                for org in sorted(principal.member_of)
            ],
            created_at=user.created_at,
        )


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
    """Granting access: forum organizers, organization members, partner API keys. Route guards have already
    decided the caller may manage the forum or organization named in the path; these methods check the objects
    themselves and make the change."""

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
