"""The registrations domain's writes, its locks, and the reads its rules decide with (in the request's
transaction). The seat path's statements are in seats.py, the lists' reads in queries.py."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from sqlalchemy import Boolean, and_, case, exists, func, literal_column, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.db.models import Affiliation, DelegationQuota, Forum, Organization, Person, Registration, User
from app.db.models.enums import RegistrationStatus
from app.db.models.forums import AFTER_WINDOW, BEFORE_WINDOW, OVER
from app.db.models.registrations import ACTIVE_STATUSES
from app.domain.audit.repositories import created_event_sql

ACTIVE = ACTIVE_STATUSES
# What counts against a forum's capacity and a partner's quota: a pending registration may yet be approved.
HOLDS_A_PLACE = (RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED)


# An account's person, made on its first registration: lock the account, insert the person from it, link them
# and write the audit event (`created_event_sql`: audit.record's shape), as one statement. It runs on every
# first registration, so under a rush of new accounts it is one round trip rather than five. A second first
# registration of the same account waits for the lock and then finds the person made (READ COMMITTED re-reads
# the locked row).
_PERSON_MADE = created_event_sql(
    object_type="person",
    object_id="made.id",
    forum_id="NULL",
    fields={"user_id": "CAST(:user_id AS text)"},
    source="made",
)
_MAKE_PERSON = text(f"""
WITH account AS (
    SELECT id, full_name, email, person_id FROM users WHERE id = CAST(:user_id AS uuid) FOR UPDATE
), made AS (
    -- "und": BCP 47 for undetermined; an attendee's person has no bio, so no language of its own yet.
    INSERT INTO people (id, full_name, email, language)
    SELECT CAST(:person_id AS uuid), full_name, email, 'und' FROM account WHERE person_id IS NULL
    RETURNING id
), linked AS (
    UPDATE users SET person_id = made.id, updated_at = now() FROM made WHERE users.id = CAST(:user_id AS uuid)
    RETURNING users.id
), audited AS (
    {_PERSON_MADE}
)
SELECT coalesce((SELECT id FROM made), (SELECT person_id FROM account)) AS person_id, EXISTS (SELECT FROM made) AS made
""")


class ForumRefusal(StrEnum):
    """Why a published forum takes no registration now, decided in forum_to_join's statement."""

    OVER = "over"
    NOT_YET_OPEN = "not_yet_open"
    CLOSED = "closed"


# The rules of app/db/models/forums.py over the locked forum row, in the order TAKE_SEAT tests them.
_FORUM_REFUSAL = case(
    *(
        (literal_column(rule.format(forum="forums", at="statement_timestamp()"), Boolean), refusal.value)
        for rule, refusal in (
            (OVER, ForumRefusal.OVER),
            (BEFORE_WINDOW, ForumRefusal.NOT_YET_OPEN),
            (AFTER_WINDOW, ForumRefusal.CLOSED),
        )
    )
)


class CheckInRefusal(StrEnum):
    """Why the check-in statement let nobody in, decided in it from the ticket's locked row."""

    CHECKED_IN = "checked_in"
    # Pending, waitlisted, rejected or cancelled: only a confirmed registration gets in.
    UNCONFIRMED = "unconfirmed"
    # A seat on a session of a forum that approves or counts its attendees, whose holder it has not confirmed.
    NOT_ADMITTED = "not_admitted"


@dataclass(frozen=True, slots=True)
class CheckedIn:
    """What the check-in statement did: the registration it checked in, or why none, with the ticket's status
    and check-in time as it judged them (for the answer)."""

    registration: Registration | None
    refusal: CheckInRefusal | None
    status: RegistrationStatus
    checked_in_at: datetime.datetime | None


class RegistrationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def flush(self) -> None:
        await self.session.flush()

    # People and accounts

    async def person_of_user(self, user_id: UUID) -> UUID | None:
        return await self.session.scalar(select(User.person_id).where(User.id == user_id))

    async def create_person_for_user(
        self,
        user_id: UUID,
        *,
        person_id: UUID,
        event_id: UUID,
        actor_user_id: UUID | None,
        actor_api_key_id: UUID | None,
    ) -> tuple[UUID, bool]:
        """The account's person, made from the account (as `person_id`, its audit event as `event_id`) unless it
        has one, and whether it was made now. The account row is locked, so two first registrations of one
        account at once make one person."""
        parameters = {
            "user_id": user_id,
            "person_id": person_id,
            "event_id": event_id,
            "actor_user_id": actor_user_id,
            "actor_api_key_id": actor_api_key_id,
        }
        row = (await self.session.execute(_MAKE_PERSON, parameters)).one()
        return row.person_id, row.made

    async def existing_people(self, ids: Sequence[UUID]) -> set[UUID]:
        return set(await self.session.scalars(select(Person.id).where(Person.id.in_(ids))))

    async def add_people(self, people: Sequence[Person]) -> None:
        self.session.add_all(people)
        await self.session.flush()

    async def working_for(self, organization_id: UUID, person_ids: Sequence[UUID]) -> set[UUID]:
        """Those of `person_ids` who work for the organization now: an affiliation that has not ended, as
        PersonWriteRepository.current_organizations has it (a partner's people)."""
        statement = select(Affiliation.person_id).where(
            Affiliation.organization_id == organization_id,
            Affiliation.person_id.in_(person_ids),
            or_(Affiliation.ends_on.is_(None), Affiliation.ends_on >= func.current_date()),
        )
        return set(await self.session.scalars(statement))

    async def add_affiliations(self, affiliations: Sequence[Affiliation]) -> None:
        self.session.add_all(affiliations)
        await self.session.flush()

    async def person(self, person_id: UUID) -> Person | None:
        return await self.session.get(Person, person_id)

    async def organization_exists(self, organization_id: UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(Organization.id == organization_id))))

    # Forums, quotas

    async def forum(self, forum_id: UUID, *, lock: bool = False) -> Forum | None:
        """The forum; locked, forum-wide decisions (capacity, quotas) are made one at a time."""
        statement = select(Forum).where(Forum.id == forum_id)
        if lock:
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def forum_to_join(self, forum_id: UUID) -> tuple[Forum, ForumRefusal | None] | None:
        """The forum, locked (capacity and quotas are decided one registration at a time), and why it takes no
        registration now whatever its status (None: it does)."""
        statement = select(Forum, _FORUM_REFUSAL.label("refusal")).where(Forum.id == forum_id).with_for_update()
        row = (await self.session.execute(statement)).one_or_none()
        if row is None:
            return None
        return row.Forum, None if row.refusal is None else ForumRefusal(row.refusal)

    async def places_held(self, forum_id: UUID, *, organization_id: UUID | None = None) -> int:
        """Forum registrations (not session ones) that hold a place, of the whole forum or of one partner."""
        criteria = [
            Registration.forum_id == forum_id,
            Registration.session_id.is_(None),
            Registration.status.in_(HOLDS_A_PLACE),
        ]
        if organization_id is not None:
            criteria.append(Registration.organization_id == organization_id)
        return int(await self.session.scalar(select(func.count()).select_from(Registration).where(*criteria)) or 0)

    async def quota(self, forum_id: UUID, organization_id: UUID) -> int | None:
        quota: int | None = await self.session.scalar(
            select(DelegationQuota.quota).where(
                DelegationQuota.forum_id == forum_id, DelegationQuota.organization_id == organization_id
            )
        )
        return quota

    async def set_quota(self, forum_id: UUID, organization_id: UUID, quota: int) -> None:
        statement = insert(DelegationQuota).values(forum_id=forum_id, organization_id=organization_id, quota=quota)
        statement = statement.on_conflict_do_update(
            index_elements=[DelegationQuota.forum_id, DelegationQuota.organization_id],
            set_={"quota": quota, "updated_at": func.now()},
        )
        await self.session.execute(statement)

    # Registrations

    async def has_active(
        self, person_id: UUID, *, forum_id: UUID | None = None, session_id: UUID | None = None
    ) -> bool:
        """An active registration of the person for the session, or (session None) for the forum itself."""
        where = (
            [Registration.forum_id == forum_id, Registration.session_id.is_(None)]
            if session_id is None
            else [Registration.session_id == session_id]
        )
        criteria = (*where, Registration.person_id == person_id, Registration.status.in_(ACTIVE))
        return bool(await self.session.scalar(select(exists().where(*criteria))))

    async def registered_among(self, forum_id: UUID, person_ids: Sequence[UUID]) -> set[UUID]:
        """Those of `person_ids` with an active registration for the forum itself."""
        statement = select(Registration.person_id).where(
            Registration.forum_id == forum_id,
            Registration.session_id.is_(None),
            Registration.status.in_(ACTIVE),
            Registration.person_id.in_(person_ids),
        )
        return set(await self.session.scalars(statement))

    async def add_all(self, registrations: Sequence[Registration]) -> None:
        self.session.add_all(registrations)
        await self.session.flush()

    async def get(self, registration_id: UUID, *, lock: bool = False) -> Registration | None:
        statement = select(Registration).where(Registration.id == registration_id)
        if lock:
            statement = statement.with_for_update().execution_options(populate_existing=True)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def check_in(self, forum_id: UUID, code: str, at: datetime.datetime) -> CheckedIn | None:
        """Check the ticket in if it is a confirmed one not yet used, and one the forum admits (a seat on a
        session of a forum that approves or counts its attendees needs its holder's confirmed forum
        registration, as taking the seat did), or say why not: one statement. None: no such ticket.

        The ticket's row is locked before it is judged, so of two scans of one ticket at once exactly one checks
        it in; the other waits, then judges the row the first one wrote (READ COMMITTED re-reads a locked row)."""
        forum_admission = aliased(Registration)
        gated = exists().where(Forum.id == forum_id, or_(Forum.requires_approval, Forum.capacity.is_not(None)))
        admitted = exists().where(
            forum_admission.forum_id == forum_id,
            forum_admission.session_id.is_(None),
            forum_admission.person_id == Registration.person_id,
            forum_admission.status == RegistrationStatus.CONFIRMED,
        )
        # Why not (CheckInRefusal: its order is the order of these tests); NULL: let in.
        refusal = case(
            (Registration.checked_in_at.is_not(None), CheckInRefusal.CHECKED_IN.value),
            (Registration.status != RegistrationStatus.CONFIRMED, CheckInRefusal.UNCONFIRMED.value),
            (and_(Registration.session_id.is_not(None), gated, ~admitted), CheckInRefusal.NOT_ADMITTED.value),
        )
        ticket = (
            select(Registration.id, Registration.status, Registration.checked_in_at, refusal.label("refusal"))
            .where(Registration.forum_id == forum_id, Registration.ticket_code == code)
            .with_for_update(of=Registration)
            .cte("ticket")
        )
        checked = (
            update(Registration)
            .where(Registration.id == ticket.c.id, ticket.c.refusal.is_(None))
            .values(checked_in_at=at, updated_at=at)
            .returning(*Registration.__table__.columns)
            .cte("checked")
        )
        registration = aliased(Registration, checked)
        statement = (
            select(ticket.c.refusal, ticket.c.status, ticket.c.checked_in_at, registration)
            .select_from(ticket)
            .outerjoin(registration, registration.id == ticket.c.id)
            .execution_options(populate_existing=True)
        )
        row = (await self.session.execute(statement)).one_or_none()
        if row is None:
            return None
        why = None if row.refusal is None else CheckInRefusal(row.refusal)
        return CheckedIn(registration=row[3], refusal=why, status=row.status, checked_in_at=row.checked_in_at)


__all__ = ["ACTIVE", "HOLDS_A_PLACE", "CheckInRefusal", "CheckedIn", "ForumRefusal", "RegistrationRepository"]
