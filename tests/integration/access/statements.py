"""The statement workflow: a partner (organization A) submits its speakers' statements, the forum's organizers
record, edit, publish and retract. The objects are A's: a speaker of A on forum X's session, and statements
A submitted, so each row shows what A's own callers get next to everyone else."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import SessionParticipant
from app.db.models.enums import StatementStatus
from tests.integration.access import ANY_VERSION, Call, Prepare
from tests.support.accounts import World
from tests.support.factories import make_speaker, make_statement

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
get_statement                404   404   200   404   200   404   200   200   200
create_statement             401   404   201   403   201   404   201   201   403
update_statement             401   404   200   404   200   404   200   200   403
publish_statement            401   404   403   404   200   404   200   403   403
retract_statement            401   404   403   404   200   404   200   403   403
list_statement_revisions     401   404   200   404   200   404   200   200   200
"""


async def _speaker_of_a(db: AsyncSession, world: World) -> SessionParticipant:
    return await make_speaker(db, world.session_x, organization=world.org_a)


async def _submitted_by_a(db: AsyncSession, world: World) -> Call:
    participant = await _speaker_of_a(db, world)
    statement = await make_statement(
        db, participant, status=StatementStatus.SUBMITTED, submitted_by_organization_id=world.org_a.id
    )
    return Call(params={"statement_id": statement.id})


async def _published_from_a(db: AsyncSession, world: World) -> Call:
    participant = await _speaker_of_a(db, world)
    statement = await make_statement(
        db, participant, status=StatementStatus.PUBLISHED, submitted_by_organization_id=world.org_a.id
    )
    return Call(params={"statement_id": statement.id}, body={"reason": "The speaker was misquoted."})


async def _new_statement_by_a_speaker(db: AsyncSession, world: World) -> Call:
    participant = await _speaker_of_a(db, world)
    body = {
        "participant_id": str(participant.id),
        "text": {"en": "Youth organizations need a common platform."},
        "language": "en",
        "kind": "paraphrase",
    }
    return Call(body=body)


async def _a_change_to_a_submission(db: AsyncSession, world: World) -> Call:
    call = await _submitted_by_a(db, world)
    return Call(params=call.params, body={"reporting_verb": "stressed"}, headers=ANY_VERSION)


PREPARE: dict[str, Prepare] = {
    "get_statement": _submitted_by_a,
    "create_statement": _new_statement_by_a_speaker,
    "update_statement": _a_change_to_a_submission,
    "publish_statement": _submitted_by_a,
    "retract_statement": _published_from_a,
    "list_statement_revisions": _submitted_by_a,
}
