"""Speakers: organizations, people, affiliations, and the people on sessions."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import make_participant, make_person
from tests.integration.access import ANY_VERSION, Call, Prepare
from tests.integration.accounts_helpers import World

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
create_organization          401   403   403   403   201   201   201   403   403
update_organization          401   404   200   404   404   404   200   200   403
create_participant           401   404   404   404   201   404   201   403   403
get_participant              200   200   200   200   200   200   200   200   200
update_participant           401   404   404   404   200   404   200   403   403
delete_participant           401   404   404   404   204   404   204   403   403
"""


async def _new_organization(db: AsyncSession, world: World) -> Call:
    body = {"name": {"en": "Youth Union", "kk": "Жастар одағы"}, "language": "en", "legal_form": "ngo"}
    return Call(body=body | {"country_code": "KZ", "website": "https://youth.example.kz"})


async def _organization_change(db: AsyncSession, world: World) -> Call:
    # Organization A: its admin partner_a and its key keep it; organizers may not (a partner manages it).
    return Call(body={"website": "https://a.example.org"}, headers=ANY_VERSION)


async def _new_participant(db: AsyncSession, world: World) -> Call:
    person = await make_person(db)
    return Call(body={"person_id": str(person.id), "role": "panelist"})


async def _a_participant_of_x(db: AsyncSession, world: World) -> Call:
    participant = await make_participant(db, world.session_x)
    return Call(params={"participant_id": participant.id})


async def _a_participant_change(db: AsyncSession, world: World) -> Call:
    participant = await make_participant(db, world.session_x)
    return Call(params={"participant_id": participant.id}, body={"role": "moderator"}, headers=ANY_VERSION)


PREPARE: dict[str, Prepare] = {
    "create_organization": _new_organization,
    "update_organization": _organization_change,
    "create_participant": _new_participant,
    "get_participant": _a_participant_of_x,
    "update_participant": _a_participant_change,
    "delete_participant": _a_participant_of_x,
}
