from __future__ import annotations

from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.read import Reader, TransactionReader
from app.domain.audit.services import Audit
from app.domain.participants.overlap import SpeakerOverlapRepository
from app.domain.participants.repositories import ParticipantReadRepository
from app.domain.participants.services import ParticipantWriteService
from app.domain.participants.write_repositories import ParticipantWriteRepository
from app.lib.principal import Principal


def provide_participant_reads(reader: NamedDependency[Reader]) -> ParticipantReadRepository:
    return ParticipantReadRepository(reader)


def provide_participant_writes(
    db_session: NamedDependency[AsyncSession], audit: NamedDependency[Audit], principal: NamedDependency[Principal]
) -> ParticipantWriteService:
    return ParticipantWriteService(
        ParticipantWriteRepository(db_session),
        SpeakerOverlapRepository(db_session),
        ParticipantReadRepository(TransactionReader(db_session)),
        audit,
        principal,
    )
