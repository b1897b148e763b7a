"""Registrations: attendees' own, partners' delegations, organizers' tools, tickets, my agenda."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models.enums import RegistrationStatus
from tests.integration.access import Call, Prepare
from tests.support.accounts import World
from tests.support.factories import make_forum, make_session
from tests.support.registrations import make_registration, person_of, upcoming

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
register_for_forum           401   201   201   201   201   201   201   403   403
register_for_session         401   201   201   201   201   201   201   403   403
get_registration             401   200   404   404   200   404   200   404   404
cancel_registration          401   200   404   404   200   404   200   404   403
get_ticket                   401   200   404   404   200   404   200   404   404
get_ticket_qr_svg            401   200   404   404   200   404   200   404   404
get_ticket_qr_png            401   200   404   404   200   404   200   404   404
approve_registration         401   404   404   404   200   404   200   403   403
reject_registration          401   404   404   404   200   404   200   403   403
list_forum_registrations     401   404   200   200   200   404   200   200   200
create_delegation            401   404   201   404   404   404   201   201   403
check_in                     401   404   404   404   200   404   200   403   403
set_delegation_quota         401   404   404   404   200   404   200   403   403
list_my_registrations        401   200   200   200   200   200   200   403   403
get_my_agenda                401   200   200   200   200   200   200   403   403
"""


async def _into_an_upcoming_forum(db: AsyncSession, world: World) -> Call:
    """Forum X is over (its dates are the factory's), and a forum that is over takes no registrations."""
    forum = await make_forum(db, **upcoming())
    return Call(params={"forum_id": forum.id}, body={"category": "participant"})


async def _onto_an_upcoming_session(db: AsyncSession, world: World) -> Call:
    session = await make_session(db, await make_forum(db, **upcoming()), capacity=10)
    return Call(params={"session_id": session.id}, body={"category": "participant"})


async def _attendees_registration(db: AsyncSession, world: World) -> Call:
    """A seat of the attendee's, on a session of forum X of its own (one active seat per person per session)."""
    person = await person_of(db, world.users["attendee"].id)
    session = await make_session(db, world.forum_x, capacity=10)
    registration = await make_registration(db, forum_id=world.forum_x.id, person_id=person.id, session=session)
    return Call(params={"registration_id": registration.id})


async def _pending_registration(db: AsyncSession, world: World) -> Call:
    registration = await make_registration(db, forum_id=world.forum_x.id, status=RegistrationStatus.PENDING)
    return Call(params={"registration_id": registration.id})


async def _a_ticket(db: AsyncSession, world: World) -> Call:
    registration = await make_registration(db, forum_id=world.forum_x.id)
    return Call(body={"ticket_code": registration.ticket_code})


async def _a_delegation(db: AsyncSession, world: World) -> Call:
    # Another organization's person in a delegation: access/contact.py (create_delegation:someone_elses).
    forum = await make_forum(db, **upcoming())
    return Call(
        params={"forum_id": forum.id},
        body={"organization_id": str(world.org_a.id), "delegates": [{"kind": "new", "full_name": "Aida Delegate"}]},
    )


async def _a_quota(db: AsyncSession, world: World) -> Call:
    return Call(body={"quota": 5})


PREPARE: dict[str, Prepare] = {
    "register_for_forum": _into_an_upcoming_forum,
    "register_for_session": _onto_an_upcoming_session,
    "get_registration": _attendees_registration,
    "cancel_registration": _attendees_registration,
    "get_ticket": _attendees_registration,
    "get_ticket_qr_svg": _attendees_registration,
    "get_ticket_qr_png": _attendees_registration,
    "approve_registration": _pending_registration,
    "reject_registration": _pending_registration,
    "create_delegation": _a_delegation,
    "check_in": _a_ticket,
    "set_delegation_quota": _a_quota,
}
