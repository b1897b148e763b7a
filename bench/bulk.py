"""The big tables of the benchmark dataset (statements with their topics and citations, and registrations),
as independent chunks: each is made by its own seeded generator, so chunks come out the same whether they are
made in order, out of order or in parallel processes (bench/loader.py forks two)."""

from __future__ import annotations

import base64
import datetime
import random
from uuid import UUID

from bench.dataset import (
    CHUNK,
    Batch,
    Dataset,
    ForumPlan,
    Row,
    SessionPlan,
    apportion,
    chance,
    js,
    pick,
    uuid7_at,
)
from bench.reference import COLUMNS
from bench.vocabulary import LANGUAGES, OUTLETS, REPORTING_VERBS

Job = tuple[str, int, int, int]  # (kind, part, first, last)


class Bulk:
    def __init__(self, data: Dataset) -> None:
        """Plan the chunks: how many statements each session gets, how many registrations each forum and each
        seat-limited session gets."""
        self.data = data
        rng = data.rng("statement-counts")
        self.plans: list[SessionPlan] = [plan for forum in data.forums for plan in forum.sessions]
        self.statement_counts = apportion(data.counts.statements, [rng.uniform(0.3, 1.7) for _ in self.plans], 0)
        forum_total = data.counts.registrations * 4 // 5
        self.forum_registrations = apportion(forum_total, [f.size for f in data.forums], 0, cap=len(data.people))
        self.limited = [s for s in self.plans if s.capacity]
        rest = data.counts.registrations - forum_total
        self.session_registrations = apportion(rest, [s.capacity or 0 for s in self.limited], 0)

    def jobs(self) -> list[Job]:
        """The chunks, each of about CHUNK rows."""
        out: list[Job] = []
        for kind, sizes in (
            ("statements", self.statement_counts),
            ("forum-registrations", self.forum_registrations),
            ("session-registrations", self.session_registrations),
        ):
            first = total = 0
            for i, size in enumerate(sizes):
                total += size
                if total >= CHUNK or i == len(sizes) - 1:
                    out.append((kind, len(out), first, i + 1))
                    first, total = i + 1, 0
        return out

    def chunk(self, kind: str, part: int, first: int, last: int) -> list[Batch]:
        rng = self.data.rng(kind, part)
        if kind == "statements":
            return self._statements(rng, first, last)
        if kind == "forum-registrations":
            return [("registrations", COLUMNS["registrations"], self._forum_registrations(rng, first, last))]
        return [("registrations", COLUMNS["registrations"], self._session_registrations(rng, first, last))]

    def _statements(self, rng: random.Random, first: int, last: int) -> list[Batch]:
        """Statements of sessions [first, last) with their topics and citations (statements first: the others
        refer to them)."""
        statements: list[Row] = []
        topics: list[Row] = []
        citations: list[Row] = []
        topic_weights = [1 / (rank + 2) for rank in range(len(self.data.topics))]
        for plan, count in zip(self.plans[first:last], self.statement_counts[first:last], strict=True):
            speakers = [p for p in plan.participants if p[2]] or plan.participants
            base = plan.ends_at or datetime.datetime.combine(plan.day, datetime.time(18), plan.forum.zone)
            for position in range(1, count + 1):
                participant_id, person, _ = rng.choice(speakers)
                own = self.data.people[person].language
                language = own if chance(rng, 0.8) else rng.choice(LANGUAGES)
                text = {language: self.data.text(rng, language, 10, 30)}
                for extra, share in (("en", 0.55), ("ru", 0.25)):
                    if extra not in text and chance(rng, share):
                        text[extra] = self.data.text(rng, extra, 10, 30)
                status = pick(rng, "published:88 retracted:3 submitted:5 draft:4")
                published = base + datetime.timedelta(minutes=5 * position + rng.randint(0, 600))
                created = published - datetime.timedelta(minutes=rng.randint(10, 120))
                public = status in {"published", "retracted"}
                statement_id = uuid7_at(created, rng)
                kind = pick(rng, "paraphrase:55 quote:25 summary:10 proposal:10")
                said = (language, js(text), kind, rng.choice(REPORTING_VERBS), position, status)
                reason = "Misattributed in the original report." if status == "retracted" else None
                times = (published if public else None, created, published if public else created)
                statements.append((statement_id, plan.id, participant_id, *said, reason, None, *times))
                chosen = set(rng.choices(self.data.topics, weights=topic_weights, k=rng.choice((0, 0, 0, 1, 1, 2))))
                topics += [(statement_id, topic, created, created) for topic in chosen]
                if public and chance(rng, 0.35):
                    for k in range(rng.choice((1, 1, 1, 2))):
                        at = published + datetime.timedelta(hours=rng.randint(1, 30))
                        outlet = rng.choice(OUTLETS)
                        title, url = (
                            self.data.text(rng, "en", 5, 10),
                            f"https://news.example.org/{statement_id.hex}/{k}",
                        )
                        citations.append((uuid7_at(at, rng), statement_id, outlet, title, url, at, at, at))
        return [
            ("statements", COLUMNS["statements"], statements),
            ("statement_topics", COLUMNS["statement_topics"], topics),
            ("citations", COLUMNS["citations"], citations),
        ]

    def _forum_registrations(self, rng: random.Random, first: int, last: int) -> list[Row]:
        """80% of the registrations are for forums: distinct people, waitlist positions from 1."""
        rows: list[Row] = []
        for forum, size in zip(self.data.forums[first:last], self.forum_registrations[first:last], strict=True):
            waitlist = 0
            for index in rng.sample(range(len(self.data.people)), size):
                status = pick(rng, "confirmed:72 pending:10 waitlisted:3 cancelled:10 rejected:5")
                waitlist += status == "waitlisted"
                rows.append(self._registration(rng, forum, None, index, status, waitlist))
        return rows

    def _session_registrations(self, rng: random.Random, first: int, last: int) -> list[Row]:
        """20% are for seat-limited sessions: never more confirmed than seats, the rest waitlisted in order."""
        rows: list[Row] = []
        for plan, size in zip(self.limited[first:last], self.session_registrations[first:last], strict=True):
            seats = plan.capacity or 0
            for n, index in enumerate(rng.sample(range(len(self.data.people)), min(size, len(self.data.people)))):
                status = "confirmed" if n < seats else "waitlisted"
                if chance(rng, 0.05):
                    status = "cancelled"
                rows.append(self._registration(rng, plan.forum, plan.id, index, status, n - seats + 1))
        return rows

    def _registration(
        self, rng: random.Random, forum: ForumPlan, session_id: UUID | None, person: int, status: str, waitlist: int
    ) -> Row:
        category = pick(rng, "participant:70 delegate:15 speaker:5 press:5 observer:5")
        affiliation = self.data.people[person].affiliation
        organization = affiliation[1] if category == "delegate" and affiliation else None
        at = forum.created_at + datetime.timedelta(days=30, minutes=rng.randint(0, 80 * 24 * 60))
        ticket = base64.urlsafe_b64encode(rng.getrandbits(192).to_bytes(24, "big")).decode()
        checked_in = None
        if status == "confirmed" and chance(rng, 0.4):
            checked_in = datetime.datetime.combine(forum.starts_on, datetime.time(8, 30), forum.zone)
        who = (self.data.people[person].id, organization, category, status)
        position = waitlist if status == "waitlisted" else None
        return (uuid7_at(at, rng), forum.id, session_id, *who, position, ticket, checked_in, at, at)


def csv(rows: list[Row]) -> bytes:
    """Rows as PostgreSQL CSV: NULL is an empty unquoted field, every string is quoted."""

    def field(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return '"' + value.replace('"', '""') + '"'
        return str(value)

    return "".join(",".join(map(field, row)) + "\n" for row in rows).encode()
