"""What `make run` promises an attendee of the Baku demo. The demo forum (November 2025) is over, so its panel
takes no seats and says why; the same journey (sign up, take a seat, fetch the ticket's QR, see the session in
agenda.ics while registered, cancel) runs on a forum that is still ahead, in the same database."""

from __future__ import annotations

import datetime

import icalendar
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.baku import DEMO_FORUM_SLUG, PANEL_TITLE
from tests.support.api import assert_problem
from tests.support.factories import make_forum, make_session
from tests.support.registrations import upcoming

Client = AsyncTestClient[Litestar]


def _summaries(ics: bytes) -> dict[str, datetime.date]:
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(event["summary"]): event.decoded("dtstart") for event in calendar.walk("VEVENT")}


async def test_an_attendee_of_the_baku_panel(demo_client: Client, demo_db: AsyncSession) -> None:
    signup = {"email": "aysel@example.org", "password": "a long enough passphrase", "full_name": "Aysel Mammadova"}
    tokens = (await demo_client.post("/api/v1/auth/signup", json=signup)).json()
    me = {"Authorization": f"Bearer {tokens['access_token']}"}
    forum = (await demo_client.get(f"/api/v1/forums/{DEMO_FORUM_SLUG}")).json()
    agenda = (await demo_client.get(f"/api/v1/forums/{forum['id']}/sessions")).json()["items"]
    [panel] = [session for session in agenda if session["title"]["text"] == PANEL_TITLE]

    late = await demo_client.post(f"/api/v1/sessions/{panel['id']}/registrations", json={}, headers=me)
    assert "forum is over" in assert_problem(late, 409)["detail"]
    assert _summaries((await demo_client.get("/api/v1/me/agenda.ics", headers=me)).content) == {}

    ahead = await make_forum(demo_db, **upcoming())
    next_panel = await make_session(demo_db, ahead, title={"en": "Next year's panel"}, capacity=50)
    await demo_db.commit()
    seat = await demo_client.post(
        f"/api/v1/sessions/{next_panel.id}/registrations", json={}, headers=me | {"Idempotency-Key": "first-tap"}
    )
    assert seat.status_code == 201, seat.text
    assert seat.json()["status"] == "confirmed"
    ticket = (await demo_client.get(f"{seat.headers['location']}/ticket", headers=me)).json()
    qr = await demo_client.get(ticket["qr_png_url"], headers=me)
    assert qr.headers["content-type"] == "image/png"
    assert _summaries((await demo_client.get("/api/v1/me/agenda.ics", headers=me)).content) == {
        "Next year's panel": next_panel.day  # not yet timed: an all-day event on its day
    }

    cancelled = await demo_client.post(f"{seat.headers['location']}/cancel", headers=me)
    assert cancelled.json()["registration"]["status"] == "cancelled"
    assert _summaries((await demo_client.get("/api/v1/me/agenda.ics", headers=me)).content) == {}
