"""The caller's personal agenda as an iCalendar feed (RFC 5545): the sessions they hold a confirmed seat on or
speak on, each timed in its forum's time zone; dated but untimed sessions are all-day events, cancelled ones stay
in the feed marked CANCELLED (a calendar must learn they are off)."""

from __future__ import annotations

import datetime
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

from app.db.base import utcnow
from app.db.models.enums import SessionStatus
from app.domain.registrations.access import Caller
from app.domain.registrations.queries import RegistrationQueries

PRODID = "-//Qurultay//Personal agenda//EN"


def _text(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or next(iter(texts.values()), "")


def _event(row: Any) -> icalendar.Event:  # noqa: ANN401 - a result row of RegistrationQueries.agenda
    event = icalendar.Event()
    event.add("uid", f"session-{row.id}@qurultay")
    event.add("dtstamp", utcnow())
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


class AgendaService:
    def __init__(self, queries: RegistrationQueries, caller: Caller) -> None:
        self.queries = queries
        self.caller = caller

    async def ics(self) -> bytes:
        """Sessions the caller holds a seat on or speaks on, each in its forum's time zone (RFC 5545)."""
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", "My Qurultay agenda")
        person_id = await self.caller.person_id()
        for row in await self.queries.agenda(person_id) if person_id is not None else []:
            calendar.add_component(_event(row))
        calendar.add_missing_timezones()
        return bytes(calendar.to_ical())
