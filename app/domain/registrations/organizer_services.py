"""Organizers' tools: the registration list (also CSV), check-in at the door, delegation quotas. Partners read
the same list, narrowed to their own delegates."""

from __future__ import annotations

import csv
import io
from uuid import UUID

from app.db.models import Person, Registration
from app.db.models.enums import ForumStatus, RegistrationStatus
from app.domain.audit.services import Audit, diff
from app.domain.registrations.repositories import RegistrationFilter, RegistrationRepository
from app.domain.registrations.rules import now
from app.domain.registrations.schemas import (
    CheckIn,
    DelegationQuotaView,
    RegisteredPerson,
    RegistrationPage,
    RegistrationRow,
    RegistrationView,
)
from app.lib.errors import ConflictError, NotFoundError
from app.lib.pagination import decode_cursor, split_page
from app.lib.principal import Principal

CURSOR = "forum-registrations"
CSV_COLUMNS = (
    "registration_id", "session_id", "person_id", "full_name", "email", "phone", "organization_id",
    "category", "status", "waitlist_position", "checked_in_at", "created_at",
)  # fmt: skip


def _row(registration: Registration, person: Person, *, sees_contact: bool) -> RegistrationRow:
    return RegistrationRow(
        registration=RegistrationView.of(registration),
        person=RegisteredPerson(
            id=person.id,
            full_name=person.full_name,
            email=person.email if sees_contact else None,
            phone=person.phone if sees_contact else None,
        ),
    )


def _cell(value: object) -> str:
    text = "" if value is None else str(getattr(value, "value", value))
    # A cell starting with these is run as a formula by spreadsheets (CSV injection): quote it as text.
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


class OrganizerService:
    def __init__(self, repository: RegistrationRepository, audit: Audit, principal: Principal) -> None:
        self.repository = repository
        self.audit = audit
        self.principal = principal

    async def _scope(self, forum_id: UUID, where: RegistrationFilter) -> RegistrationFilter:
        """Organizers see every registration of their forum, with contact data; a partner only its own
        delegates, and the contact data only of those who work for it now (CONTRIBUTING.md, Access)."""
        forum = await self.repository.forum(forum_id)
        organizes = self.principal.organizes(forum_id)
        if forum is None or (forum.status is ForumStatus.DRAFT and not organizes):
            raise NotFoundError(f"no forum {forum_id}")
        if organizes:
            return where
        if not self.principal.member_of:
            raise NotFoundError(f"no forum {forum_id} whose registrations you may read")
        return RegistrationFilter(
            status=where.status,
            category=where.category,
            session_id=where.session_id,
            organization_id=where.organization_id,
            checked_in=where.checked_in,
            organizations=tuple(sorted(self.principal.member_of)),
            contact_of=tuple(sorted(self.principal.member_of)),
        )

    async def page(
        self, forum_id: UUID, where: RegistrationFilter, *, limit: int, cursor: str | None
    ) -> RegistrationPage:
        scope = await self._scope(forum_id, where)
        after = decode_cursor(CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        rows = await self.repository.page(forum_id, scope, after=after, limit=limit + 1)
        items, next_cursor = split_page(
            [_row(registration, person, sees_contact=sees) for registration, person, sees in rows],
            limit,
            CURSOR,
            lambda last: (last.registration.id,),
        )
        return RegistrationPage(items=items, next=next_cursor)

    async def csv(self, forum_id: UUID, where: RegistrationFilter) -> str:
        """Every matching registration, oldest first, one CSV row each (RFC 4180, a header row first)."""
        scope = await self._scope(forum_id, where)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for registration, person, sees in await self.repository.page(forum_id, scope, after=None, limit=None):
            email, phone = (person.email, person.phone) if sees else (None, None)
            writer.writerow(
                _cell(value)
                for value in (
                    registration.id, registration.session_id, person.id, person.full_name, email, phone,
                    registration.organization_id, registration.category, registration.status,
                    registration.waitlist_position,
                    registration.checked_in_at.isoformat() if registration.checked_in_at else None,
                    registration.created_at.isoformat(),
                )
            )  # fmt: skip
        return out.getvalue()

    async def check_in(self, forum_id: UUID, ticket_code: str) -> CheckIn:
        registration = await self.repository.check_in(forum_id, ticket_code, now())
        if registration is None:
            found = await self.repository.by_ticket(forum_id, ticket_code)
            if found is None:
                raise NotFoundError("no ticket with this code for this forum")
            if found.checked_in_at is not None:
                raise ConflictError(f"this ticket was already checked in at {found.checked_in_at.isoformat()}")
            if found.status is not RegistrationStatus.CONFIRMED:
                raise ConflictError(f"this registration is {found.status}; only a confirmed one can check in")
            raise ConflictError(
                "this is a seat on a session, and the forum admits registered attendees only: its holder has no "
                "confirmed registration for the forum"
            )
        await self.audit.record(
            "check_in",
            "registration",
            registration.id,
            forum_id=forum_id,
            changes=diff({"checked_in_at": None}, {"checked_in_at": registration.checked_in_at}),
        )
        person = await self.repository.person(registration.person_id)
        assert person is not None  # noqa: S101 - people with registrations cannot be deleted (RESTRICT)
        # The door is the forum's organizers', who see the contact data of everyone registered for it.
        row = _row(registration, person, sees_contact=True)
        return CheckIn(registration=row.registration, person=row.person)

    async def set_quota(self, forum_id: UUID, organization_id: UUID, quota: int) -> DelegationQuotaView:
        if await self.repository.forum(forum_id, lock=True) is None:
            raise NotFoundError(f"no forum {forum_id}")
        if not await self.repository.organization_exists(organization_id):
            raise NotFoundError(f"no organization {organization_id}")
        before = await self.repository.quota(forum_id, organization_id)
        await self.repository.set_quota(forum_id, organization_id, quota)
        await self.audit.record(
            "set_quota",
            "organization",
            organization_id,
            forum_id=forum_id,
            changes=diff({"quota": before}, {"quota": quota}),
        )
        used = await self.repository.places_held(forum_id, organization_id=organization_id)
        return DelegationQuotaView(forum_id=forum_id, organization_id=organization_id, quota=quota, used=used)
