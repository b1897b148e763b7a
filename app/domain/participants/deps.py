from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.participants.overlap import SpeakerOverlapRepository
from app.domain.participants.queries import ParticipantQueries, SpeakerQueries
from app.domain.participants.repositories import ParticipantRepository
from app.domain.participants.services import ParticipantService, SpeakerListService
from app.lib.principal import Principal


def provide_participants(reader: NamedDependency[Reader]) -> ParticipantService:
    """For reads: the lean Reader, no ORM session (so no transaction) opened."""
    return ParticipantService(ParticipantQueries(reader))


def provide_speakers(reader: NamedDependency[Reader]) -> SpeakerListService:
    return SpeakerListService(SpeakerQueries(reader))


def provide_participant_writes(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> ParticipantService:
    """For writes: the request's transaction, read back through it so answers see the change."""
    return ParticipantService.writing(
        ParticipantQueries(TransactionReader(db_session)),
        ParticipantRepository(db_session),
        SpeakerOverlapRepository(db_session),
        audit,
        principal,
    )
