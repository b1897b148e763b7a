"""Arrange registrations straight through the models, as the app stores them. (Apart from
tests/support/factories.py, which several people edit at once.)"""

from __future__ import annotations

import datetime
import secrets
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.db.models import ForumSession, Person, Registration, User
from app.db.models.enums import RegistrationCategory, RegistrationStatus
from tests.support.factories import make_person


def upcoming(*, in_days: int = 30, days: int = 3) -> dict[str, datetime.date]:
    """Forum dates that are still ahead whenever the test runs: a forum that is over takes no registrations."""
    starts_on = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=in_days)
    return {"starts_on": starts_on, "ends_on": starts_on + datetime.timedelta(days=days - 1)}


async def person_of(db: AsyncSession, user_id: UUID) -> Person:
    """The person an account is, made (as the app would on first registration) if it has none yet."""
    user = (await db.execute(select(User).where(User.id == user_id))).scalar_one()
    if user.person_id is not None:
        person = await db.get(Person, user.person_id)
        assert person is not None
        return person
    person = await make_person(db, full_name=user.full_name, email=user.email)
    user.person_id = person.id
    await db.flush()
    return person


async def make_registration(
    db: AsyncSession,
    *,
    forum_id: UUID,
    person_id: UUID | None = None,
    session: ForumSession | None = None,
    status: RegistrationStatus = RegistrationStatus.CONFIRMED,
    waitlist_position: int | None = None,
    **overrides: Any,
) -> Registration:
    if person_id is None:
        person_id = (await make_person(db)).id
    fields: dict[str, Any] = {
        "id": new_id(),
        "forum_id": forum_id,
        "session_id": session.id if session is not None else None,
        "person_id": person_id,
        "category": RegistrationCategory.PARTICIPANT,
        "status": status,
        "waitlist_position": waitlist_position,
        "ticket_code": secrets.token_urlsafe(24),
    }
    registration = Registration(**(fields | overrides))
    db.add(registration)
    await db.flush()
    return registration
