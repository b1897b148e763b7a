"""A forum's organizations (issue 20): those whose people speak there or who registered a delegation, with
their counts, public fields only."""

from __future__ import annotations

import uuid

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import ForumStatus, InvitationState, RegistrationStatus, SessionStatus
from tests.support.api import assert_problem, walk
from tests.support.factories import make_forum, make_organization, make_participant, make_person, make_session
from tests.support.registrations import make_registration

Client = AsyncTestClient[Litestar]


async def test_speaking_and_delegating_organizations_are_listed_with_their_counts(
    client: Client, db: AsyncSession
) -> None:
    forum = await make_forum(db)
    panel = await make_session(db, forum)
    other_panel = await make_session(db, forum)
    draft = await make_session(db, forum, status=SessionStatus.DRAFT)
    speaking = await make_organization(db, name={"en": "Alpha Union"}, website="https://alpha.example.org")
    both = await make_organization(db, name={"en": "Beta Foundation", "ru": "Фонд Бета"}, country_code="AZ")
    delegating = await make_organization(db, name={"en": "Gamma Association"})
    invited_only = await make_organization(db, name={"en": "Delta Invited"})
    draft_only = await make_organization(db, name={"en": "Epsilon Draft"})
    cancelled_only = await make_organization(db, name={"en": "Zeta Cancelled"})
    elsewhere = await make_organization(db, name={"en": "Eta Elsewhere"})

    # One person on two panels for Alpha counts once.
    alpha_speaker = await make_person(db)
    await make_participant(db, panel, person=alpha_speaker, organization=speaking)
    await make_participant(db, other_panel, person=alpha_speaker, organization=speaking)
    await make_participant(db, panel, organization=speaking)
    await make_participant(db, panel, organization=both)
    await make_participant(db, panel, organization=invited_only, invitation=InvitationState.INVITED)
    await make_participant(db, draft, organization=draft_only)
    for organization, status in (
        (both, RegistrationStatus.CONFIRMED),
        (both, RegistrationStatus.PENDING),
        (delegating, RegistrationStatus.WAITLISTED),
        (cancelled_only, RegistrationStatus.CANCELLED),
    ):
        position = 1 if status is RegistrationStatus.WAITLISTED else None
        await make_registration(
            db, forum_id=forum.id, organization_id=organization.id, status=status, waitlist_position=position
        )
    other_forum = await make_forum(db)
    await make_registration(db, forum_id=other_forum.id, organization_id=elsewhere.id)
    await db.commit()

    response = await client.get(f"/api/v1/forums/{forum.id}/organizations?lang=ru")

    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [(item["name"]["text"], item["speakers"], item["delegates"]) for item in items] == [
        ("Alpha Union", 2, 0),
        ("Фонд Бета", 1, 2),
        ("Gamma Association", 0, 1),
    ]
    assert items[1]["country"] == {"code": "AZ", "name": "Azerbaijan"}
    assert set(items[0]) == {"id", "name", "legal_form", "country", "speakers", "delegates"}


async def test_pages_and_unknown_forums(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db)
    panel = await make_session(db, forum)
    for name in ("C", "A", "E", "B", "D"):
        await make_participant(db, panel, organization=await make_organization(db, name={"en": name}))
    draft_forum = await make_forum(db, status=ForumStatus.DRAFT)
    await make_participant(db, await make_session(db, draft_forum))
    await db.commit()

    pages = await walk(client, f"/api/v1/forums/{forum.id}/organizations?limit=2")

    assert [[item["name"]["text"] for item in page] for page in pages] == [["A", "B"], ["C", "D"], ["E"]]
    assert_problem(await client.get(f"/api/v1/forums/{draft_forum.id}/organizations"), 404)
    assert_problem(await client.get(f"/api/v1/forums/{uuid.uuid4()}/organizations"), 404)
    empty = await make_forum(db)
    await db.commit()
    assert (await client.get(f"/api/v1/forums/{empty.id}/organizations")).json() == {"items": [], "next": None}
