"""The attendee's own view: their registrations, and their personal agenda as an iCalendar feed."""

from __future__ import annotations

import datetime
import io
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

import icalendar
import segno

from app.db.models.enums import SessionStatus
from app.domain.registrations.repositories import RegistrationRepository
from app.domain.registrations.rules import Caller, now
from app.domain.registrations.schemas import MyRegistrationPage, RegistrationView
from app.lib.pagination import decode_cursor, split_page

CURSOR = "my-registrations"
PRODID = "-//Qurultay//Personal agenda//EN"


def _text(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or next(iter(texts.values()), "")


def _event(row: Any) -> icalendar.Event:  # noqa: ANN401 - a result row of RegistrationRepository.agenda
    event = icalendar.Event()
    event.add("uid", f"session-{row.id}@qurultay")
    event.add("dtstamp", now())
    event.add("last-modified", row.updated_at)
    event.add("summary", _text(row.title, row.language))
    if row.starts_at is not None:
        zone = ZoneInfo(row.timezone)
        event.add("dtstart", row.starts_at.astimezone(zone))
        event.add("dtend", row.ends_at.astimezone(zone))
    else:
        # Dated but not yet timed: an all-day event on its day.
        event.add("dtstart", row.day)
        event.add("dtend", row.day + datetime.timedelta(days=1))
    place = ", ".join(part for part in (row.room, row.venue, row.city) if part)
    if place:
        event.add("location", place)
    role = "You speak on this session. " if row.speaking else ""
    event.add("description", f"{role}{_text(row.forum_title, row.forum_language)}")
    event.add("status", "CANCELLED" if row.status is SessionStatus.CANCELLED else "CONFIRMED")
    return event


def qr_image(code: str, kind: str) -> bytes:
    """The ticket code as a QR image (svg or png): what the door scanner reads."""
    out = io.BytesIO()
    segno.make(code, error="m").save(out, kind=kind, scale=8, border=4)
    return out.getvalue()


class MeService:
    def __init__(self, repository: RegistrationRepository, caller: Caller) -> None:
        self.repository = repository
        self.caller = caller

    async def registrations(self, *, limit: int, cursor: str | None) -> MyRegistrationPage:
        after = decode_cursor(CURSOR, cursor, tuple[UUID])[0] if cursor is not None else None
        person_id = await self.caller.person_id()
        if person_id is None:
            return MyRegistrationPage(items=[], next=None)
        rows = await self.repository.of_person(person_id, after=after, limit=limit + 1)
        items, next_cursor = split_page([RegistrationView.of(row) for row in rows], limit, CURSOR, lambda v: (v.id,))
        return MyRegistrationPage(items=items, next=next_cursor)

    async def agenda(self) -> bytes:
        """Sessions the caller holds a seat on or speaks on, each in its forum's time zone (RFC 5545)."""
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", "My Qurultay agenda")
        person_id = await self.caller.person_id()
        for row in await self.repository.agenda(person_id) if person_id is not None else []:
            calendar.add_component(_event(row))
        calendar.add_missing_timezones()
        return bytes(calendar.to_ical())
