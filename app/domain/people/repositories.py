"""Every query the people and affiliation writers make, through the request's ORM session."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import exists, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Affiliation, ForumSession, Organization, Person, SessionParticipant

# The duplicate guard's queue per folded name: the two-key form keeps it apart from the idempotency keys'
# one-key locks, and this first key from the seat queue's (registrations' SEAT_QUEUE, 7301).
NAME_QUEUE = 7302
_TAKE_NAME = text(f"SELECT pg_advisory_xact_lock({NAME_QUEUE}, hashtext(person_name_key(:full_name)))")


class PersonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock(self, person_id: UUID) -> Person | None:
        """The person, locked until the transaction ends. NO KEY: bookings of the person (which reference
        the row) are not held up by an edit of their bio."""
        statement = select(Person).where(Person.id == person_id).with_for_update(key_share=True)
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def queue_for_name(self, full_name: str) -> None:
        """Wait for any other registration of a person who folds to the same name to commit or roll back, so
        the duplicate check that follows sees it: two organizers registering one speaker at once make one
        person and one 409, not two people. Held until this transaction ends."""
        await self.session.execute(_TAKE_NAME, {"full_name": full_name})

    async def lock_affiliation(self, affiliation_id: UUID) -> Affiliation | None:
        statement = select(Affiliation).where(Affiliation.id == affiliation_id).with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def add(self, row: Person | Affiliation) -> None:
        self.session.add(row)
        await self.session.flush()

    async def delete(self, row: Affiliation) -> None:
        await self.session.delete(row)
        await self.session.flush()

    async def flush(self) -> None:
        await self.session.flush()

    async def organization_exists(self, organization_id: UUID) -> bool:
        return bool(await self.session.scalar(select(exists().where(Organization.id == organization_id))))

    async def on_forums(self, person_id: UUID, forum_ids: frozenset[UUID]) -> bool:
        """The person is on a session (any invitation) of one of these forums."""
        statement = exists().where(
            SessionParticipant.person_id == person_id,
            ForumSession.id == SessionParticipant.session_id,
            ForumSession.forum_id.in_(forum_ids),
        )
        return bool(forum_ids) and bool(await self.session.scalar(select(statement)))

    async def current_organizations(self, person_id: UUID) -> set[UUID]:
        """The organizations the person works for now: affiliations that have not ended."""
        statement = select(Affiliation.organization_id).where(
            Affiliation.person_id == person_id,
            or_(Affiliation.ends_on.is_(None), Affiliation.ends_on >= func.current_date()),
        )
        return set(await self.session.scalars(statement))
