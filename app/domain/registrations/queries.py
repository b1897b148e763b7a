"""The reads behind the registration lists: a forum's registrations (organizers, partners), the caller's own, and
the sessions of the caller's agenda. Read only, never locking; they run on the request's session and answer ORM
rows, like the rest of the domain (not yet the Reader's SQL-JSON path the public reads take)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Row, exists, func, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Affiliation, Forum, ForumSession, Person, Registration, Room, SessionParticipant
from app.db.models.enums import ForumStatus, InvitationState, RegistrationStatus, SessionStatus
from app.domain.registrations.inputs import RegistrationFilter


class RegistrationQueries:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(
        self, forum_id: UUID, where: RegistrationFilter, *, after: UUID | None, limit: int | None
    ) -> list[tuple[Registration, Person, bool]]:
        """A forum's registrations with their people, oldest first (ids are UUIDv7: creation order), and
        whether the reader may see each person's contact data (`where.contact_of`)."""
        criteria: list[Any] = [Registration.forum_id == forum_id]
        for column, value in (
            (Registration.status, where.status),
            (Registration.category, where.category),
            (Registration.session_id, where.session_id),
            (Registration.organization_id, where.organization_id),
        ):
            if value is not None:
                criteria.append(column == value)
        if where.checked_in is not None:
            criteria.append(
                Registration.checked_in_at.is_not(None) if where.checked_in else Registration.checked_in_at.is_(None)
            )
        if where.organizations is not None:
            criteria.append(Registration.organization_id.in_(where.organizations))
        if after is not None:
            criteria.append(Registration.id > after)
        sees_contact: Any = true()
        if where.contact_of is not None:
            sees_contact = exists().where(
                Affiliation.person_id == Person.id,
                Affiliation.organization_id.in_(where.contact_of),
                or_(Affiliation.ends_on.is_(None), Affiliation.ends_on >= func.current_date()),
            )
        statement = (
            select(Registration, Person, sees_contact.label("sees_contact"))
            .join(Person, Person.id == Registration.person_id)
            .where(*criteria)
        ).order_by(Registration.id)
        if limit is not None:
            statement = statement.limit(limit)
        return list((await self.session.execute(statement)).tuples())

    async def of_person(self, person_id: UUID, *, after: UUID | None, limit: int) -> list[Registration]:
        criteria = [Registration.person_id == person_id] + ([Registration.id > after] if after is not None else [])
        statement = select(Registration).where(*criteria).order_by(Registration.id).limit(limit)
        return list(await self.session.scalars(statement))

    async def agenda(self, person_id: UUID) -> list[Row[Any]]:
        """The sessions the person holds a seat on or speaks on, with the forum's time zone; drafts excluded,
        cancelled sessions included (a calendar must learn they are off)."""
        seated = exists().where(
            Registration.session_id == ForumSession.id,
            Registration.person_id == person_id,
            Registration.status == RegistrationStatus.CONFIRMED,
        )
        speaking = exists().where(
            SessionParticipant.session_id == ForumSession.id,
            SessionParticipant.person_id == person_id,
            SessionParticipant.invitation.in_((InvitationState.INVITED, InvitationState.CONFIRMED)),
        )
        statement = (
            select(
                ForumSession.id,
                ForumSession.title,
                ForumSession.language,
                ForumSession.day,
                ForumSession.starts_at,
                ForumSession.ends_at,
                ForumSession.status,
                ForumSession.updated_at,
                Forum.title.label("forum_title"),
                Forum.language.label("forum_language"),
                Forum.timezone,
                Forum.venue,
                Forum.city,
                Room.name.label("room"),
                speaking.label("speaking"),
            )
            .join(Forum, Forum.id == ForumSession.forum_id)
            .outerjoin(Room, Room.id == ForumSession.room_id)
            .where(
                or_(seated, speaking),
                ForumSession.status != SessionStatus.DRAFT,
                Forum.status != ForumStatus.DRAFT,
            )
            .order_by(ForumSession.day, ForumSession.starts_at.nulls_last(), ForumSession.id)
        )
        return list(await self.session.execute(statement))
