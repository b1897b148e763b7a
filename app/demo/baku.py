"""The demo forum: one panel of the 2025 OTS NGO Solidarity Forum in Baku, as Report reported it
(`seed/baku-ngo-forum-2025.txt`).

Only what the report says is recorded. Whatever it leaves out (the venue, the panel's time of day, the speakers'
own countries, two organizations' countries, a URL, topics) stays empty rather than guessed, so the demo never
shows as fact something no source said.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.base import Base, new_id
from app.db.models import (
    Affiliation,
    Citation,
    Forum,
    ForumSession,
    Organization,
    Person,
    SessionParticipant,
    Statement,
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

DEMO_FORUM_SLUG = "ots-ngo-solidarity-forum-2025"

LANGUAGE = "en"
TIMEZONE = "Asia/Baku"
# The report's dateline is the only date it gives, so it stands for the forum's and the panel's day.
DAY = datetime.date(2025, 11, 24)

FORUM_TITLE = "Solidarity Forum of NGOs of the Organization of Turkic States"

REPORT_OUTLET = "Report"
# The report's en dash, kept so names match the source; spelled by name because linters take a literal one
# for a mistyped hyphen.
AZERBAIJAN_KAZAKHSTAN = "Azerbaijan\N{EN DASH}Kazakhstan"
PANEL_TITLE = f"{AZERBAIJAN_KAZAKHSTAN} NGO Cooperation Forum"
REPORT_TITLE = f'Baku hosts "{PANEL_TITLE}" panel'
REPORTED_AT = datetime.datetime(2025, 11, 24, 16, 20, tzinfo=ZoneInfo(TIMEZONE))


@dataclass(frozen=True, slots=True)
class Said:
    """One reported clause: the verb the report uses and what it attributes to the speaker."""

    verb: str
    text: str
    kind: StatementKind = StatementKind.PARAPHRASE


@dataclass(frozen=True, slots=True)
class Speaker:
    full_name: str
    title: str
    organization: str
    legal_form: LegalForm
    # The country the report gives the organization ("Kazakhstan's ..."); None where it names none.
    country_code: str | None
    said: tuple[Said, ...]


SPEAKERS: tuple[Speaker, ...] = (
    Speaker(
        full_name="Zhansayo Ismagulova",
        title="Chair",
        organization="Future with You Republican Public Association",
        legal_form=LegalForm.PUBLIC_ASSOCIATION,
        country_code="KZ",
        said=(
            Said("said", "The first Solidarity Forum opens doors to improving coordination among NGOs."),
            Said(
                "noted",
                "The platform will help harmonize public-initiative approaches, strengthen communication "
                "mechanisms, support analytical and methodological exchanges, and develop joint programs for "
                "enhancing human capital and social resilience in the region.",
            ),
        ),
    ),
    Speaker(
        full_name="Assiya Tikeyeva",
        title="Director",
        organization="Community Hub Public Foundation",
        legal_form=LegalForm.PUBLIC_FOUNDATION,
        country_code="KZ",
        said=(
            Said("emphasized", "Expanding cooperation among NGOs in Turkic states is important."),
            Said(
                "highlighted",
                "Shared values, roots, and languages unite the organizations of the Turkic world, and increased "
                "collaboration will lead to more effective experience-sharing and stronger outcomes.",
            ),
        ),
    ),
    Speaker(
        full_name="Ayan Turekulov",
        title="Head",
        organization="Second Republic Public Foundation",
        legal_form=LegalForm.PUBLIC_FOUNDATION,
        country_code="KZ",
        said=(
            Said(
                "underlined",
                "An open academy for exchanging experience on cultural heritage preservation within civil "
                "society needs to be created.",
                StatementKind.PROPOSAL,
            ),
            Said(
                "stressed",
                "Kazakhstan and Azerbaijan act as emerging common powers, expanding their role in global politics "
                "and multilateral cooperation, and through active interaction, Central Asia and Azerbaijan "
                "already function as a unified geopolitical and strategic space.",
            ),
        ),
    ),
    Speaker(
        full_name="Agil Jamal",
        title="Chairman",
        organization="Common Values Public Union",
        legal_form=LegalForm.PUBLIC_UNION,
        country_code="AZ",
        said=(
            # The report names only the subject he pointed to, so the text stays that subject.
            Said("pointed to", f"{AZERBAIJAN_KAZAKHSTAN} cooperation."),
            Said(
                "suggested",
                "Joint action should be taken against the Caspian Sea's shallowing problem.",
                StatementKind.PROPOSAL,
            ),
            Said("stated", "NGOs from both countries can effectively work together in this area."),
        ),
    ),
    Speaker(
        full_name="Shalala Hasanova",
        title="Chair",
        organization="Support for the Development of Public Relations Public Union",
        legal_form=LegalForm.PUBLIC_UNION,
        country_code=None,
        said=(
            Said("said", "New joint projects across the Turkic world are crucial."),
            Said(
                "noted",
                "With over 300 million Turks worldwide, shared history and values provide a strong foundation "
                "for unity, and new initiatives can play an essential role in deepening integration.",
            ),
        ),
    ),
    Speaker(
        full_name="Hajibay Heydarli",
        title="Member",
        organization="Public Union for Supporting the Socio-Economic Development of Youth",
        legal_form=LegalForm.PUBLIC_UNION,
        country_code=None,
        said=(
            Said(
                "added",
                "The topics discussed at the forum will serve as an important roadmap for NGOs across OTS member "
                "states.",
            ),
        ),
    ),
)


async def load_demo(session: AsyncSession) -> bool:
    """Load the demo forum unless a forum with DEMO_FORUM_SLUG exists. Returns True if it loaded.
    Does not commit (caller commits); does session.flush()."""
    if await session.scalar(select(Forum.id).where(Forum.slug == DEMO_FORUM_SLUG)) is not None:
        return False
    forum = Forum(
        id=new_id(),
        slug=DEMO_FORUM_SLUG,
        title={LANGUAGE: FORUM_TITLE},
        language=LANGUAGE,
        city="Baku",
        country_code="AZ",
        timezone=TIMEZONE,
        starts_on=DAY,
        ends_on=DAY,
        status=ForumStatus.PUBLISHED,
    )
    panel = ForumSession(
        id=new_id(),
        forum_id=forum.id,
        kind=SessionKind.PANEL,
        title={LANGUAGE: PANEL_TITLE},
        language=LANGUAGE,
        day=DAY,
        status=SessionStatus.PUBLISHED,
    )
    roots: list[Base] = [forum]
    affiliations: list[Base] = [panel]
    participants: list[Base] = []
    statements: list[Base] = []
    citations: list[Base] = []
    statement_positions = itertools.count(1)
    for participant_position, speaker in enumerate(SPEAKERS, start=1):
        organization, person, affiliation, participant = _speaker_rows(panel, speaker, participant_position)
        roots += [organization, person]
        affiliations.append(affiliation)
        participants.append(participant)
        for said in speaker.said:
            statement = _statement(participant, said, next(statement_positions))
            statements.append(statement)
            citations.append(_citation(statement))
    # The models declare no relationship(), so the unit of work cannot order INSERTs by foreign key:
    # each level is flushed before the rows that reference it.
    for level in (roots, affiliations, participants, statements, citations):
        session.add_all(level)
        await session.flush()
    return True


def _speaker_rows(
    panel: ForumSession, speaker: Speaker, position: int
) -> tuple[Organization, Person, Affiliation, SessionParticipant]:
    organization = Organization(
        id=new_id(),
        name={LANGUAGE: speaker.organization},
        language=LANGUAGE,
        legal_form=speaker.legal_form,
        country_code=speaker.country_code,
    )
    person = Person(id=new_id(), full_name=speaker.full_name, language=LANGUAGE)
    title = {LANGUAGE: speaker.title}
    affiliation = Affiliation(
        id=new_id(), person_id=person.id, organization_id=organization.id, title=title, language=LANGUAGE
    )
    participant = SessionParticipant(
        id=new_id(),
        session_id=panel.id,
        person_id=person.id,
        role=ParticipantRole.SPEAKER,
        position=position,
        invitation=InvitationState.CONFIRMED,
        affiliation_id=affiliation.id,
        organization_id=organization.id,
        # A snapshot, not a reference: the quote keeps the title even if the affiliation later changes.
        title=dict(title),
        title_language=LANGUAGE,
    )
    return organization, person, affiliation, participant


def _statement(participant: SessionParticipant, said: Said, position: int) -> Statement:
    return Statement(
        id=new_id(),
        session_id=participant.session_id,
        participant_id=participant.id,
        language=LANGUAGE,
        text={LANGUAGE: said.text},
        kind=said.kind,
        reporting_verb=said.verb,
        position=position,
        status=StatementStatus.PUBLISHED,
        published_at=REPORTED_AT,
    )


def _citation(statement: Statement) -> Citation:
    return Citation(statement_id=statement.id, outlet=REPORT_OUTLET, title=REPORT_TITLE, published_at=REPORTED_AT)
