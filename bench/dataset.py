"""The benchmark dataset: deterministic from a seed, at named scales, rows as the API would have written them.

Scale 1 is 50 forums, 2,000 sessions, 3,000 people, 100,000 statements in four languages (en, ru, tr, kk) and
50,000 registrations, plus 300 organizations, affiliations, rooms, participants, citations and 40 topics;
scale N is N times each (topics stay 40). Every row is a function of (seed, scale): ids are UUIDv7 built from
the row's own creation time and the seeded generator, so two loads of one dataset are identical.

Shapes follow the write path: multilingual maps with the original `language` among their keys, the closed
vocabularies of app/db/models/enums.py, room/time layouts that respect the no-overlap exclusion constraint, a
speaker never on two overlapping sessions (forums never overlap in time and a time slot's speakers are drawn
without replacement), one active registration per person per forum and per session, and waitlist positions
only on waitlisted registrations. `statements.search` is a generated column: PostgreSQL computes it.

This module only makes rows; bench/loader.py COPYs them into a database migrated by Alembic.
"""

from __future__ import annotations

import datetime
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from uuid import UUID
from zoneinfo import ZoneInfo

import msgspec

from bench.reference import COLUMNS, FORUM_TITLE, ORG_NAME, PLACES, SESSION_TITLE, SPOKEN, TITLES
from bench.vocabulary import (
    LANGUAGES,
    NAME_COUNTRIES,
    TOPICS,
    Vocabulary,
    build_vocabularies,
    person_name,
)

DATASET_VERSION = 1
DEFAULT_SEED = 20251124
CHUNK = 10_000
UTC = datetime.UTC

Row = tuple[object, ...]
# (table, columns, rows): one COPY.
Batch = tuple[str, tuple[str, ...], list[Row]]

LEGAL_FORMS = (
    "public_association:30 public_foundation:20 public_union:20 ngo:15 government_body:6 "
    "intergovernmental_organization:3 media:6"
)
SLOT_MINUTES = 90
SLOTS_PER_DAY = 8  # 09:00 to 21:00 local
TIMELINE_START = datetime.date(2019, 1, 7)
TIMELINE_DAYS = 7 * 365
_json = msgspec.json.Encoder()


def js(value: object) -> str:
    return _json.encode(value).decode()


def uuid7_at(moment: datetime.datetime, rng: random.Random) -> UUID:
    """A UUIDv7 for a row created at `moment`: as app.db.base.new_id would have made it then, but seeded."""
    ms = int(moment.timestamp() * 1000)
    rand = rng.getrandbits(74)
    return UUID(int=(ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1)))


def chance(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def weighted(rng: random.Random, options: tuple[str, ...], weights: tuple[float, ...]) -> str:
    return rng.choices(options, weights=weights)[0]


@cache
def _options(spec: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    pairs = [word.split(":") for word in spec.split()]
    return tuple(p[0] for p in pairs), tuple(int(p[1]) for p in pairs)


def pick(rng: random.Random, spec: str) -> str:
    """One of "value:weight value:weight ...", by weight."""
    options, weights = _options(spec)
    return rng.choices(options, weights=weights)[0]


@dataclass(frozen=True, slots=True)
class Counts:
    forums: int
    sessions: int
    people: int
    statements: int
    registrations: int
    organizations: int

    @classmethod
    def at(cls, scale: int) -> Counts:
        return cls(50 * scale, 2_000 * scale, 3_000 * scale, 100_000 * scale, 50_000 * scale, 300 * scale)


@dataclass(slots=True)
class PersonPlan:
    id: UUID
    language: str
    # The current affiliation, snapshotted onto participants: (affiliation id, organization id, title, language).
    affiliation: tuple[UUID, UUID, dict[str, str], str] | None


@dataclass(slots=True)
class ForumPlan:
    id: UUID
    index: int
    language: str
    zone: ZoneInfo
    starts_on: datetime.date
    days: int
    status: str
    created_at: datetime.datetime
    size: int
    sessions: list[SessionPlan] = field(default_factory=list)


@dataclass(slots=True)
class SessionPlan:
    id: UUID
    forum: ForumPlan
    day: datetime.date
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    status: str
    capacity: int | None
    language: str
    created_at: datetime.datetime
    # (participant id, person index, speaks): the confirmed participants are the ones statements quote.
    participants: list[tuple[UUID, int, bool]] = field(default_factory=list)


class Dataset:
    """Generates the tables in foreign-key order. Call `rooms()` and give `sessions()` the rooms' `seq`s."""

    plans: list[SessionPlan]
    limited: list[SessionPlan]
    statement_counts: list[int]
    forum_registrations: list[int]
    session_registrations: list[int]

    def __init__(self, scale: int, seed: int = DEFAULT_SEED) -> None:
        self.scale = scale
        self.seed = seed
        self.counts = Counts.at(scale)
        self.words: dict[str, Vocabulary] = build_vocabularies(seed)
        self.people: list[PersonPlan] = []
        self.organizations: list[UUID] = []
        self.topics: list[UUID] = []
        self.forums: list[ForumPlan] = []
        self.rooms_of: dict[UUID, list[UUID]] = {}

    def rng(self, stage: str, part: int = 0) -> random.Random:
        return random.Random(f"{self.seed}:{self.scale}:{stage}:{part}")

    def text(self, rng: random.Random, language: str, low: int, high: int) -> str:
        return self.words[language].sentence(rng, rng.randint(low, high))

    def head_word(self, rng: random.Random, language: str) -> str:
        return rng.choice(self.words[language].content[:50])

    def multilingual(self, rng: random.Random, template: dict[str, str], language: str, n: int) -> dict[str, str]:
        """The original plus an English (and sometimes Russian) version, as organizers enter them."""
        out = {language: template[language].format(*(self.head_word(rng, language) for _ in range(n)))}
        for extra, share in (("en", 0.8), ("ru", 0.4)):
            if extra not in out and chance(rng, share):
                out[extra] = template[extra].format(*(self.head_word(rng, extra) for _ in range(n)))
        return out

    def topics_and_organizations(self) -> Iterator[Batch]:
        rng = self.rng("reference")
        created = datetime.datetime(2018, 1, 1, 9, tzinfo=UTC)
        rows: list[Row] = []
        for slug in TOPICS:
            self.topics.append(uuid7_at(created, rng))
            label = {"en": slug.replace("-", " ").capitalize(), "ru": slug.replace("-", " ")}
            rows.append((self.topics[-1], slug, js(label), "en", created, created))
        yield "topics", COLUMNS["topics"], rows
        rows = []
        for i in range(self.counts.organizations):
            at = created + datetime.timedelta(hours=i)
            country = rng.choice((*NAME_COUNTRIES, None))
            language = weighted(rng, LANGUAGES, SPOKEN[country] if country else (1, 1, 1, 1))
            self.organizations.append(uuid7_at(at, rng))
            website = f"https://org{i}.example.org" if chance(rng, 0.6) else None
            legal = pick(rng, LEGAL_FORMS)
            name = js(self.multilingual(rng, ORG_NAME, language, 2))
            rows.append((self.organizations[-1], name, language, legal, country, website, at, at))
        yield "organizations", COLUMNS["organizations"], rows

    def people_and_affiliations(self) -> Iterator[Batch]:
        rng = self.rng("people")
        people: list[Row] = []
        affiliations: list[Row] = []
        start = datetime.datetime(2018, 3, 1, 8, tzinfo=UTC)
        for i in range(self.counts.people):
            at = start + datetime.timedelta(minutes=17 * i)
            country = rng.choice(NAME_COUNTRIES)
            language = weighted(rng, LANGUAGES, SPOKEN[country])
            person_id = uuid7_at(at, rng)
            bio = js({language: self.text(rng, language, 8, 20)}) if chance(rng, 0.4) else None
            photo = f"https://cdn.example.org/people/{i}.jpg" if chance(rng, 0.3) else None
            email = f"person{i}@example.org" if chance(rng, 0.6) else None
            phone = f"+99450{i:07d}" if chance(rng, 0.3) else None
            name = person_name(rng, country)
            people.append((person_id, name, bio, language, photo, country, email, phone, at, at))
            current = None
            for k in range(rng.choices((0, 1, 2), weights=(5, 70, 25))[0]):
                org = rng.choice(self.organizations)
                title = rng.choice(TITLES)
                since = TIMELINE_START - datetime.timedelta(days=rng.randint(200, 3000))
                ends = None if k == 0 else since + datetime.timedelta(days=rng.randint(100, 1500))
                affiliation_id = uuid7_at(at + datetime.timedelta(minutes=k + 1), rng)
                affiliations.append((affiliation_id, person_id, org, js(title), "en", since, ends, at, at))
                if k == 0:
                    current = (affiliation_id, org, title, "en")
            self.people.append(PersonPlan(person_id, language, current))
        yield "people", COLUMNS["people"], people
        yield "affiliations", COLUMNS["affiliations"], affiliations

    def forums_and_rooms(self) -> Iterator[Batch]:
        """Forums one after another on a seven-year timeline (so no two overlap), each with enough rooms for
        its sessions at eight 90-minute slots a day."""
        rng = self.rng("forums")
        stride = max(1, TIMELINE_DAYS // self.counts.forums)
        weights = [rng.lognormvariate(0, 0.8) for _ in range(self.counts.forums)]
        sizes = apportion(self.counts.sessions, weights, 4)
        forums: list[Row] = []
        organizers: list[Row] = []
        rooms: list[Row] = []
        for i, size in enumerate(sizes):
            country, city, zone = rng.choice(PLACES)
            language = weighted(rng, LANGUAGES, SPOKEN[country])
            days = max(1, min(5, stride, math.ceil(size / 40)))
            starts_on = TIMELINE_START + datetime.timedelta(days=i * stride + rng.randint(0, stride - days))
            status = pick(rng, "published:88 archived:6 cancelled:2 draft:4")
            created = datetime.datetime.combine(starts_on, datetime.time(10), UTC) - datetime.timedelta(days=120)
            plan = ForumPlan(
                uuid7_at(created, rng), i, language, ZoneInfo(zone), starts_on, days, status, created, size
            )
            self.forums.append(plan)
            opens = created + datetime.timedelta(days=30)
            title = js(self.multilingual(rng, FORUM_TITLE, language, 1))
            description = js({language: self.text(rng, language, 20, 40)})
            place = (f"{city} Congress Centre", city, country, zone)
            dates = (starts_on, starts_on + datetime.timedelta(days=days - 1), status, opens)
            registration = (opens + datetime.timedelta(days=80), rng.choice((None, 500, 1000, 3000)), chance(rng, 0.3))
            forums.append(
                (
                    plan.id,
                    f"forum-{i:05d}-{city.lower()}",
                    title,
                    description,
                    language,
                    *place,
                    *dates,
                    *registration,
                    created,
                    created,
                )
            )
            for position, org in enumerate(rng.sample(self.organizations, rng.randint(1, 3))):
                organizers.append((plan.id, org, position, created, created))
            n_rooms = max(2, math.ceil(size / (days * SLOTS_PER_DAY * 0.85)))
            self.rooms_of[plan.id] = []
            for r in range(n_rooms):
                room_id = uuid7_at(created + datetime.timedelta(minutes=r + 1), rng)
                self.rooms_of[plan.id].append(room_id)
                rooms.append((room_id, plan.id, f"Hall {r + 1}", rng.choice((None, 50, 120, 300)), created, created))
        yield "forums", COLUMNS["forums"], forums
        yield "forum_organizers", COLUMNS["forum_organizers"], organizers
        yield "rooms", COLUMNS["rooms"], rooms

    def sessions_and_participants(self, room_seq: dict[UUID, int]) -> Iterator[Batch]:
        rng = self.rng("sessions")
        sessions: list[Row] = []
        participants: list[Row] = []
        for forum in self.forums:
            size = forum.size
            rooms = self.rooms_of[forum.id]
            cells = [(d, s, r) for d in range(forum.days) for s in range(SLOTS_PER_DAY) for r in range(len(rooms))]
            untimed = sum(chance(rng, 0.05) for _ in range(size))
            timed = sorted(rng.sample(cells, size - untimed))
            pool = rng.sample(range(len(self.people)), min(len(self.people), max(80, 12 * len(rooms))))
            layout: list[tuple[tuple[int, int, int] | None, int, int]] = [(cell, cell[0], cell[1]) for cell in timed]
            layout += [(None, rng.randrange(forum.days), -1) for _ in range(untimed)]
            by_slot: dict[tuple[int, int], list[SessionPlan]] = {}
            for n, (cell, day_index, slot) in enumerate(layout):
                day = forum.starts_on + datetime.timedelta(days=day_index)
                status = "draft" if forum.status == "draft" else pick(rng, "published:93 draft:4 cancelled:3")
                language = forum.language if chance(rng, 0.7) else rng.choice(LANGUAGES)
                starts = ends = None
                room_id = room_seq_value = None
                if cell is not None:
                    local = datetime.datetime.combine(day, datetime.time(9), forum.zone)
                    starts = (local + datetime.timedelta(minutes=SLOT_MINUTES * slot)).astimezone(UTC)
                    ends = starts + datetime.timedelta(minutes=rng.choice((45, 60, 75, 90)))
                    room_id = rooms[cell[2]]
                    room_seq_value = room_seq[room_id]
                created = forum.created_at + datetime.timedelta(days=rng.randint(1, 60), minutes=n)
                capacity = rng.choice((40, 60, 100, 150, 300)) if chance(rng, 0.3) else None
                plan = SessionPlan(
                    uuid7_at(created, rng), forum, day, starts, ends, status, capacity, language, created
                )
                forum.sessions.append(plan)
                by_slot.setdefault((day_index, slot) if cell else (-1, n), []).append(plan)
                kind = pick(rng, "panel:50 plenary:10 workshop:25 side_event:15")
                description = js({language: self.text(rng, language, 15, 35)}) if chance(rng, 0.5) else None
                title = js(self.multilingual(rng, SESSION_TITLE, language, 2))
                when = (room_id, room_seq_value, day, starts, ends, capacity, status, created, created)
                sessions.append((plan.id, forum.id, kind, title, description, language, *when))
            for group in by_slot.values():  # one time slot: its speakers are all different people
                wanted = [rng.randint(2, 6) for _ in group]
                chosen = iter(rng.sample(pool, sum(wanted)))
                for plan, n_people in zip(group, wanted, strict=True):
                    participants += self._participants(rng, plan, [next(chosen) for _ in range(n_people)])
        yield "forum_sessions", COLUMNS["forum_sessions"], sessions
        yield "session_participants", COLUMNS["session_participants"], participants

    def _participants(self, rng: random.Random, plan: SessionPlan, people: list[int]) -> list[Row]:
        rows: list[Row] = []
        for position, index in enumerate(people, start=1):
            at = plan.created_at + datetime.timedelta(days=rng.randint(0, 20), minutes=position)
            role = (
                "moderator"
                if position == 1 and chance(rng, 0.8)
                else pick(rng, "speaker:60 panelist:30 keynote:7 rapporteur:3")
            )
            invitation = "confirmed" if position == 1 else pick(rng, "confirmed:85 invited:8 declined:4 withdrawn:3")
            participant_id = uuid7_at(at, rng)
            plan.participants.append((participant_id, index, invitation == "confirmed"))
            affiliation_id, org, title, language = self.people[index].affiliation or (None, None, None, None)
            person = (participant_id, plan.id, self.people[index].id, role, position, invitation)
            rows.append((*person, affiliation_id, org, js(title) if title else None, language, at, at))
        return rows


def apportion(total: int, weights: list[float], minimum: int, *, cap: int | None = None) -> list[int]:
    """Split `total` in proportion to `weights`, each part at least `minimum` (and at most `cap`)."""
    ceiling = cap if cap is not None else total
    scale = sum(weights) or 1.0
    parts = [min(ceiling, max(minimum, int(total * w / scale))) for w in weights]
    missing = total - sum(parts)
    i = 0
    while missing > 0 and any(p < ceiling for p in parts):  # hand out the rounding remainder one by one
        for j in range(len(parts)):
            if missing and parts[(i + j) % len(parts)] < ceiling:
                parts[(i + j) % len(parts)] += 1
                missing -= 1
        i += 1
    for j in sorted(range(len(parts)), key=parts.__getitem__, reverse=True):  # the minimum overshot: trim
        if missing >= 0:
            break
        cut = min(-missing, parts[j] - minimum)
        parts[j] -= cut
        missing += cut
    return parts
