"""The seat path writes its audit events in SQL (`created_event_sql`); they must be what `Audit.record` with
`created(...)` writes in Python, for a confirmed seat, a waitlisted one, and the person an account becomes."""

from __future__ import annotations

from uuid import UUID

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import AuditEvent
from app.domain.audit.services import created
from tests.support.accounts import bearer, make_user
from tests.support.factories import make_session
from tests.support.registrations import upcoming
from tests.support.writers import SETTINGS, build_team


async def _event(db: AsyncSession, object_id: str | UUID) -> AuditEvent:
    return (await db.execute(select(AuditEvent).where(AuditEvent.object_id == UUID(str(object_id))))).scalar_one()


async def test_seat_and_person_events_have_the_shape_of_created(
    client: AsyncTestClient[Litestar], db: AsyncSession
) -> None:
    team = await build_team(db, **upcoming())
    panel = await make_session(db, team.forum, capacity=1)
    users = [await make_user(db) for _ in range(2)]
    await db.commit()

    for user, status, position in zip(users, ("confirmed", "waitlisted"), (None, 1), strict=True):
        taken = await client.post(
            f"/api/v1/sessions/{panel.id}/registrations",
            json={"category": "participant"},
            headers=bearer(user.id, SETTINGS),
        )
        assert taken.status_code == 201, taken.text
        seat = taken.json()
        assert (seat["status"], seat["waitlist_position"]) == (status, position)

        event = await _event(db, seat["id"])
        fields = {
            "session_id": panel.id,
            "person_id": seat["person_id"],
            "category": "participant",
            "status": status,
            "waitlist_position": position,
        }
        assert (event.action, event.object_type, event.forum_id) == ("create", "registration", team.forum.id)
        assert (event.actor_user_id, event.actor_api_key_id) == (user.id, None)
        assert event.changes == created(fields)

        person = await _event(db, seat["person_id"])
        assert (person.action, person.object_type, person.forum_id) == ("create", "person", None)
        assert (person.actor_user_id, person.actor_api_key_id) == (user.id, None)
        assert person.changes == created({"user_id": user.id})
