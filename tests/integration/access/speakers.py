"""Speakers: organizations, people, affiliations, and the people on sessions."""

from __future__ import annotations

import secrets

from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.access import ANY_VERSION, Call, Prepare
from tests.support.accounts import World
from tests.support.factories import make_affiliation, make_participant, make_person

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
create_organization          401   403   403   403   201   201   201   403   403
update_organization          401   404   200   404   404   404   200   200   403
create_person                401   403   201   403   201   201   201   201   403
list_people                  401   403   200   200   200   200   200   200   200
update_person                401   404   200   404   200   404   200   200   403
create_affiliation           401   404   201   404   201   404   201   201   403
get_affiliation              200   200   200   200   200   200   200   200   200
update_affiliation           401   404   200   404   200   404   200   200   403
delete_affiliation           401   404   204   404   204   404   204   204   403
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


async def _new_person(db: AsyncSession, world: World) -> Call:
    # For organization A: partners of A may register it, partners of B may not.
    affiliation = {"organization_id": str(world.org_a.id), "title": {"en": "Delegate"}, "language": "en"}
    # A new name each call: every role registers into one database, and a second Aigerim of A is a 409.
    body = {"full_name": f"Aigerim Nurlanovna {secrets.token_hex(3)}", "language": "en", "email": "aigerim@example.org"}
    return Call(body=body | {"affiliation": affiliation})


async def _a_person_of_a_on_x(db: AsyncSession, world: World) -> Call:
    """A person who works for A now and speaks on forum X: A's partners and X's organizers may change them."""
    person = await make_person(db)
    affiliation = await make_affiliation(db, person, world.org_a)
    await make_participant(db, world.session_x, person=person)
    return Call(params={"person_id": person.id, "affiliation_id": affiliation.id})


async def _person_change(db: AsyncSession, world: World) -> Call:
    call = await _a_person_of_a_on_x(db, world)
    return Call(params=call.params, body={"phone": "+7 701 555 0000"}, headers=ANY_VERSION)


async def _new_affiliation(db: AsyncSession, world: World) -> Call:
    call = await _a_person_of_a_on_x(db, world)
    body = {"organization_id": str(world.org_a.id), "title": {"en": "Secretary"}, "language": "en"}
    return Call(params=call.params, body=body | {"starts_on": "2026-01-01"})


async def _an_affiliation_of_the_speaker(db: AsyncSession, world: World) -> Call:
    affiliation = await make_affiliation(db, world.speaker, world.org_b)
    return Call(params={"affiliation_id": affiliation.id})


async def _affiliation_change(db: AsyncSession, world: World) -> Call:
    call = await _a_person_of_a_on_x(db, world)
    return Call(params=call.params, body={"ends_on": "2030-12-31"}, headers=ANY_VERSION)


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
    "create_person": _new_person,
    "update_person": _person_change,
    "create_affiliation": _new_affiliation,
    "get_affiliation": _an_affiliation_of_the_speaker,
    "update_affiliation": _affiliation_change,
    "delete_affiliation": _a_person_of_a_on_x,
    "create_organization": _new_organization,
    "update_organization": _organization_change,
    "create_participant": _new_participant,
    "get_participant": _a_participant_of_x,
    "update_participant": _a_participant_change,
    "delete_participant": _a_participant_of_x,
}
