"""Who may act for an organization: one rule, used by the organization, people and affiliation writers."""

from __future__ import annotations

from uuid import UUID

from app.lib.principal import CallerKind, Principal


def speaks_for(principal: Principal, organization_id: UUID) -> bool:
    """The caller may write on the organization's behalf: a platform admin, one of its admins (users), or
    one of its read-write API keys. Plain members read what it sees, but keep its records through its admins."""
    if principal.is_admin or organization_id in principal.admin_of:
        return True
    return principal.kind is CallerKind.API_KEY and principal.can_write and organization_id in principal.member_of
