"""Arrange the statement workflow: a published forum's session with a speaker of partner organization A and one
of another organization, and the callers around them (tests/support/writers.py's team plus partner B)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import ForumSession, Organization, SessionParticipant
from tests.support.accounts import add_member, bearer, make_api_key, make_user
from tests.support.factories import make_organization, make_session, make_speaker
from tests.support.writers import SETTINGS, Team, build_team

Client = AsyncTestClient[Litestar]


@dataclass
class Stage:
    team: Team
    session: ForumSession
    speaker_a: SessionParticipant  # speaks for the partner organization A (team.partner_org)
    speaker_other: SessionParticipant  # speaks for organization B
    org_b: Organization
    partner_b: dict[str, str]  # organization B's read-write API key
    partner_a_admin: dict[str, str]  # an org-admin user of A
    partner_a_member: dict[str, str]  # a member of A who is not its admin
    partner_a_admin_id: Any
    partner_b_key_id: Any

    @property
    def statements_url(self) -> str:
        return f"/api/v1/sessions/{self.session.id}/statements"


async def build_stage(db: AsyncSession) -> Stage:
    team = await build_team(db)
    session = await make_session(db, team.forum)
    speaker_a = await make_speaker(db, session, organization=team.partner_org, position=1)
    org_b = await make_organization(db)
    speaker_other = await make_speaker(db, session, organization=org_b, position=2)
    key_b, secret_b = await make_api_key(db, org_b.id)
    admin_a, member_a = await make_user(db), await make_user(db)
    await add_member(db, team.partner_org.id, admin_a.id, is_admin=True)
    await add_member(db, team.partner_org.id, member_a.id)
    await db.commit()
    return Stage(
        team=team,
        session=session,
        speaker_a=speaker_a,
        speaker_other=speaker_other,
        org_b=org_b,
        partner_b={"X-API-Key": secret_b},
        partner_a_admin=bearer(admin_a.id, SETTINGS),
        partner_a_member=bearer(member_a.id, SETTINGS),
        partner_a_admin_id=admin_a.id,
        partner_b_key_id=key_b.id,
    )


def statement_body(participant: SessionParticipant, **changes: Any) -> dict[str, Any]:
    body = {
        "participant_id": str(participant.id),
        "text": {"en": "Civil society must have a voice in regional cooperation."},
        "language": "en",
        "kind": "paraphrase",
        "reporting_verb": "stressed",
        "citations": [
            {
                "outlet": "Report.az",
                "title": "NGO forum opens in Baku",
                "url": "https://report.az/en/ngo-forum",
                "published_at": "2025-11-24T12:20:00+04:00",
            }
        ],
    }
    return body | changes


async def etag_of(client: Client, url: str, headers: dict[str, str]) -> str:
    response = await client.get(url, headers=headers)
    assert response.status_code == 200, response.text
    etag: str = response.headers["etag"]
    return etag


async def listed(client: Client, url: str, headers: dict[str, str] | None = None) -> list[str]:
    """The ids a list answers (its first page of 100)."""
    response = await client.get(url, params={"limit": 100}, headers=headers or {})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]
