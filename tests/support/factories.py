"""Arrange test data through the real models. Each maker flushes, so rows exist in foreign-key order;
the test commits when the app should see them."""

from __future__ import annotations

import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import new_id
from app.db.models import (
    Affiliation,
    Citation,
    Forum,
    ForumSession,
    Organization,
    Person,
    Room,
    SessionParticipant,
    Statement,
    StatementTopic,
    Topic,
)
from app.db.models.enums import (
    ForumStatus,
    InvitationState,
    LegalForm,
    ParticipantRole,
    SessionKind,
    SessionStatus,
    StatementKind,
    StatementStatus,
)

UTC = datetime.UTC
T = TypeVar("T")


async def _add(db: AsyncSession, row: T) -> T:
    db.add(row)
    await db.flush()
    return row


async def make_forum(db: AsyncSession, **overrides: Any) -> Forum:
    fields: dict[str, Any] = {
        "id": new_id(),
        "slug": f"forum-{new_id().hex[-12:]}",
        "title": {"en": "Test Forum"},
        "language": "en",
        "city": "Astana",
        "country_code": "KZ",
        "timezone": "Asia/Almaty",
        "starts_on": datetime.date(2026, 5, 1),
        "ends_on": datetime.date(2026, 5, 3),
        "status": ForumStatus.PUBLISHED,
    }
    return await _add(db, Forum(**(fields | overrides)))


async def make_room(db: AsyncSession, forum: Forum, **overrides: Any) -> Room:
    fields: dict[str, Any] = {"id": new_id(), "forum_id": forum.id, "name": f"Hall {new_id().hex[-6:]}"}
    return await _add(db, Room(**(fields | overrides)))


async def make_session(db: AsyncSession, forum: Forum, **overrides: Any) -> ForumSession:
    fields: dict[str, Any] = {
        "id": new_id(),
        "forum_id": forum.id,
        "kind": SessionKind.PANEL,
        "title": {"en": "A Panel"},
        "language": "en",
        "day": forum.starts_on,
        "status": SessionStatus.PUBLISHED,
    }
    fields |= overrides
    room = fields.pop("room", None)
    if room is not None:
        fields |= {"room_id": room.id, "room_seq": room.seq}
    return await _add(db, ForumSession(**fields))


async def make_organization(db: AsyncSession, **overrides: Any) -> Organization:
    fields: dict[str, Any] = {
        "id": new_id(),
        "name": {"en": f"Organization {new_id().hex[-6:]}"},
        "language": "en",
        "legal_form": LegalForm.NGO,
        "country_code": "KZ",
    }
    return await _add(db, Organization(**(fields | overrides)))


async def make_person(db: AsyncSession, **overrides: Any) -> Person:
    fields: dict[str, Any] = {"id": new_id(), "full_name": f"Person {new_id().hex[-6:]}", "language": "en"}
    return await _add(db, Person(**(fields | overrides)))


async def make_speaker(
    db: AsyncSession,
    session: ForumSession,
    *,
    person: Person | None = None,
    organization: Organization | None = None,
    title: str = "Chair",
    position: int = 1,
    invitation: InvitationState = InvitationState.CONFIRMED,
) -> SessionParticipant:
    person = person or await make_person(db)
    organization = organization or await make_organization(db)
    affiliation = await _add(
        db,
        Affiliation(
            id=new_id(), person_id=person.id, organization_id=organization.id, title={"en": title}, language="en"
        ),
    )
    return await _add(
        db,
        SessionParticipant(
            id=new_id(),
            session_id=session.id,
            person_id=person.id,
            role=ParticipantRole.SPEAKER,
            position=position,
            invitation=invitation,
            affiliation_id=affiliation.id,
            organization_id=organization.id,
            title={"en": title},
            title_language="en",
        ),
    )


async def make_statement(
    db: AsyncSession,
    participant: SessionParticipant,
    *,
    text: dict[str, str] | None = None,
    language: str = "en",
    position: int = 1,
    status: StatementStatus = StatementStatus.PUBLISHED,
    published_at: datetime.datetime | None = None,
    topics: tuple[Topic, ...] = (),
    **overrides: Any,
) -> Statement:
    published = status in {StatementStatus.PUBLISHED, StatementStatus.RETRACTED}
    fields: dict[str, Any] = {
        "id": new_id(),
        "session_id": participant.session_id,
        "participant_id": participant.id,
        "language": language,
        "text": text or {"en": "Civil society needs stronger cooperation."},
        "kind": StatementKind.PARAPHRASE,
        "reporting_verb": "said",
        "position": position,
        "status": status,
        "published_at": (published_at or datetime.datetime(2026, 5, 1, 10, tzinfo=UTC)) if published else None,
        "retraction_reason": "Misattributed" if status == StatementStatus.RETRACTED else None,
    }
    statement = await _add(db, Statement(**(fields | overrides)))
    for topic in topics:
        await _add(db, StatementTopic(statement_id=statement.id, topic_id=topic.id))
    await _add(
        db,
        Citation(id=new_id(), statement_id=statement.id, outlet="Report", published_at=statement.published_at),
    )
    return statement


async def make_topic(db: AsyncSession, slug: str, name: str) -> Topic:
    return await _add(db, Topic(id=new_id(), slug=slug, name={"en": name}, language="en"))


def local_day(forum: Forum, starts_at: datetime.datetime) -> datetime.date:
    """The day a moment falls on in the forum's own time zone: what a writer stores in `forum_sessions.day`."""
    return starts_at.astimezone(ZoneInfo(forum.timezone)).date()


async def make_timed_session(
    db: AsyncSession,
    forum: Forum,
    starts_at: datetime.datetime,
    *,
    minutes: int = 60,
    **overrides: Any,
) -> ForumSession:
    """A session with a start and an end, dated consistently with the forum's time zone."""
    fields: dict[str, Any] = {
        "day": local_day(forum, starts_at),
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(minutes=minutes),
    }
    return await make_session(db, forum, **(fields | overrides))


async def make_participant(
    db: AsyncSession,
    session: ForumSession,
    *,
    role: ParticipantRole = ParticipantRole.SPEAKER,
    title: str = "Chair",
    position: int = 1,
    invitation: InvitationState = InvitationState.CONFIRMED,
    person: Person | None = None,
    organization: Organization | None = None,
) -> SessionParticipant:
    """A participant in any role (make_speaker always makes a speaker)."""
    participant = await make_speaker(
        db, session, person=person, organization=organization, title=title, position=position, invitation=invitation
    )
    participant.role = role
    await db.flush()
    return participant


async def make_affiliation(
    db: AsyncSession,
    person: Person,
    organization: Organization,
    *,
    title: str = "Chair",
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
    **overrides: Any,
) -> Affiliation:
    fields: dict[str, Any] = {
        "id": new_id(),
        "person_id": person.id,
        "organization_id": organization.id,
        "title": {"en": title},
        "language": "en",
        "starts_on": starts_on,
        "ends_on": ends_on,
    }
    return await _add(db, Affiliation(**(fields | overrides)))
