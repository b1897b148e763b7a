"""Who gets a person's private contact data (email, phone), from every response that can carry it.

A row is a case: an operation, the person whose contact data is at stake and how they are linked to the
callers, then per role (the order of ROLES) the status and, for a 2xx, `+` when the answer carries that
person's contact data or `-` when it does not. An error never carries it. The rule (CONTRIBUTING.md, Access):
platform admins, organizers of a forum the person is on, and the organization the person works for now; never
a caller who only made the link itself (put the person into its delegation).

test_access_matrix.py runs every row and checks that every operation whose answer can carry contact data has
at least one row here (or is an account's own login email, ACCOUNT_EMAILS).
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.changes.services import position_cursor
from tests.integration.access import ANY_VERSION, Call
from tests.support.accounts import World
from tests.support.factories import make_affiliation, make_forum, make_participant, make_person
from tests.support.registrations import make_registration, upcoming

# Status rows live in the other modules; this one adds the contact cases only.
TABLE = ""

CONTACT = """
#                                      anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
get_person:speaker_on_x                200-  200-  200-  200-  200+  200-  200+  200-  200-
get_person:works_for_a                 404   404   200+  404   200-  200-  200+  200+  200+
get_person:put_in_as_delegation_by_a   404   404   404   200+  200-  200-  200+  404   404
create_person:for_a                    401   403   201+  403   201-  201-  201+  201+  403
list_people:speaker_on_x               401   403   200-  200-  200+  200-  200+  200-  200-
list_people:works_for_a                401   403   200+  200-  200-  200-  200+  200+  200+
update_person:works_for_a_on_x         401   404   200+  404   200+  404   200+  200+  403
create_delegation:someone_elses        401   404   422   404   404   404   422   422   403
create_delegation:by_b_of_a_person     401   404   404   422   404   404   422   404   403
list_forum_registrations:works_for_a   401   404   200+  200-  200+  404   200+  200+  200+
list_forum_registrations:registered_by_a_only     401   404   200-  200-  200+  404   200+  200-  200-
list_forum_registrations.csv:works_for_a          401   404   200+  200-  200+  404   200+  200+  200+
list_forum_registrations.csv:registered_by_a_only 401   404   200-  200-  200+  404   200+  200-  200-
check_in:registered_by_a_only          401   404   404   404   200+  404   200+  403   403
list_forum_changes:speaker_on_x        200-  200-  200-  200-  200+  200-  200+  200-  200-
stream_forum_changes:speaker_on_x      200-  200-  200-  200-  200+  200-  200+  200-  200-
stream_session_statements:speaker_on_x 200-  200-  200-  200-  200-  200-  200-  200-  200-
"""

# Operations that make a link to a person without answering their contact data: a case here checks that the
# link cannot be made to someone else's person (which would then open the answers above).
LINKS = frozenset({"create_delegation"})

# Server-sent event streams: the spec types their body as text, but each event is a change-feed item, which can
# carry a person's profile. The scan cannot see that, so they are listed by hand.
STREAMS = frozenset({"stream_forum_changes", "stream_session_statements"})

# Operations whose answer carries an email that is an account's login, not a person's contact data: shown to
# the account itself and to those who manage its grants (rows in access/accounts.py).
ACCOUNT_EMAILS = frozenset(
    {"get_me", "list_forum_organizers", "add_forum_organizer", "list_organization_members", "add_organization_member"}
)


@dataclass
class Case:
    """One call, and the contact data that must reach only the right callers."""

    call: Call
    email: str
    phone: str


PrepareCase = Callable[[AsyncSession, World], Awaitable[Case]]


def _contact() -> tuple[str, str]:
    return f"private-{secrets.token_hex(6)}@example.org", f"+7 701 {secrets.randbelow(10**7):07d}"


async def _speaker_on_x(db: AsyncSession, world: World) -> Case:
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    await make_participant(db, world.session_x, person=person)
    return Case(Call(params={"person_id": person.id}), email, phone)


async def _works_for_a(db: AsyncSession, world: World) -> Case:
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    await make_affiliation(db, person, world.org_a)
    return Case(Call(params={"person_id": person.id}), email, phone)


async def _put_in_as_delegation_by_a(db: AsyncSession, world: World) -> Case:
    """A person of B's whom A's delegation holds (as it could before delegations were limited to a partner's
    own people): A made the link, the person is not A's."""
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    await make_affiliation(db, person, world.org_b)
    await make_registration(db, forum_id=world.forum_x.id, person_id=person.id, organization_id=world.org_a.id)
    return Case(Call(params={"person_id": person.id}), email, phone)


async def _listed_speaker_on_x(db: AsyncSession, world: World) -> Case:
    """The directory's first entry (the name sorts first): a person on forum X's session."""
    email, phone = _contact()
    person = await make_person(db, full_name=f"Aaron {secrets.token_hex(3)}", email=email, phone=phone)
    await make_participant(db, world.session_x, person=person)
    return Case(Call(), email, phone)


async def _listed_works_for_a(db: AsyncSession, world: World) -> Case:
    """The directory's first entry: a person who works for A now."""
    email, phone = _contact()
    person = await make_person(db, full_name=f"Aaron {secrets.token_hex(3)}", email=email, phone=phone)
    await make_affiliation(db, person, world.org_a)
    return Case(Call(), email, phone)


async def _new_person_for_a(db: AsyncSession, world: World) -> Case:
    email, phone = _contact()
    affiliation = {"organization_id": str(world.org_a.id), "title": {"en": "Delegate"}, "language": "en"}
    body = {"full_name": f"Aigerim Nurlanovna {secrets.token_hex(3)}", "language": "en", "email": email, "phone": phone}
    return Case(Call(body=body | {"affiliation": affiliation}), email, phone)


async def _change_of_a_person_of_a_on_x(db: AsyncSession, world: World) -> Case:
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    await make_affiliation(db, person, world.org_a)
    await make_participant(db, world.session_x, person=person)
    return Case(Call(params={"person_id": person.id}, body={"bio": None}, headers=ANY_VERSION), email, phone)


async def _someone_elses_into_as_delegation(db: AsyncSession, world: World) -> Case:
    """A's delegation to an upcoming forum, naming a person who works for B."""
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    await make_affiliation(db, person, world.org_b)
    forum = await make_forum(db, **upcoming())
    body = {"organization_id": str(world.org_a.id), "delegates": [{"kind": "existing", "person_id": str(person.id)}]}
    return Case(Call(params={"forum_id": forum.id}, body=body), email, phone)


async def _by_b_of_a_person(db: AsyncSession, world: World) -> Case:
    """B's delegation to an upcoming forum, naming a person who works for A (and not for B)."""
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    await make_affiliation(db, person, world.org_a)
    forum = await make_forum(db, **upcoming())
    body = {"organization_id": str(world.org_b.id), "delegates": [{"kind": "existing", "person_id": str(person.id)}]}
    return Case(Call(params={"forum_id": forum.id}, body=body), email, phone)


async def _a_delegate(db: AsyncSession, world: World, *, works_for_a: bool) -> Case:
    """A registration for forum X held by A's delegation, of a person who works for A now, or not (who left
    A last year)."""
    email, phone = _contact()
    person = await make_person(db, email=email, phone=phone)
    ended = None if works_for_a else datetime.date(2025, 1, 1)
    await make_affiliation(db, person, world.org_a, ends_on=ended)
    registration = await make_registration(
        db, forum_id=world.forum_x.id, person_id=person.id, organization_id=world.org_a.id
    )
    return Case(Call(body={"ticket_code": registration.ticket_code}), email, phone)


async def _delegate_of_a(db: AsyncSession, world: World) -> Case:
    return await _a_delegate(db, world, works_for_a=True)


async def _registered_by_a_only(db: AsyncSession, world: World) -> Case:
    return await _a_delegate(db, world, works_for_a=False)


def _as_csv(prepare: PrepareCase) -> PrepareCase:
    async def prepared(db: AsyncSession, world: World) -> Case:
        case = await prepare(db, world)
        case.call.headers["Accept"] = "text/csv"
        return case

    return prepared


def _streamed(prepare: PrepareCase) -> PrepareCase:
    """A stream resumed from before the case was prepared (Last-Event-ID), so its catch-up carries it."""

    async def prepared(db: AsyncSession, world: World) -> Case:
        horizon = (await db.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"))).scalar_one()
        case = await prepare(db, world)
        case.call.headers = case.call.headers | {"Last-Event-ID": position_cursor((int(horizon), 0))}
        return case

    return prepared


CASES: dict[str, PrepareCase] = {
    "get_person:speaker_on_x": _speaker_on_x,
    "get_person:works_for_a": _works_for_a,
    "get_person:put_in_as_delegation_by_a": _put_in_as_delegation_by_a,
    "create_person:for_a": _new_person_for_a,
    "list_people:speaker_on_x": _listed_speaker_on_x,
    "list_people:works_for_a": _listed_works_for_a,
    "update_person:works_for_a_on_x": _change_of_a_person_of_a_on_x,
    "create_delegation:someone_elses": _someone_elses_into_as_delegation,
    "create_delegation:by_b_of_a_person": _by_b_of_a_person,
    "list_forum_registrations:works_for_a": _delegate_of_a,
    "list_forum_registrations:registered_by_a_only": _registered_by_a_only,
    "list_forum_registrations.csv:works_for_a": _as_csv(_delegate_of_a),
    "list_forum_registrations.csv:registered_by_a_only": _as_csv(_registered_by_a_only),
    "check_in:registered_by_a_only": _registered_by_a_only,
    "list_forum_changes:speaker_on_x": _speaker_on_x,
    "stream_forum_changes:speaker_on_x": _streamed(_speaker_on_x),
    "stream_session_statements:speaker_on_x": _streamed(_speaker_on_x),
}


def parse_contact(table: str, roles: tuple[str, ...]) -> dict[str, dict[str, tuple[int, bool]]]:
    """Each case's (status, carries the contact data) per role."""
    rows: dict[str, dict[str, tuple[int, bool]]] = {}
    for line in table.strip().splitlines():
        if line.startswith("#"):
            continue
        name, *codes = line.split()
        assert len(codes) == len(roles), name
        rows[name] = {
            role: (int(code.rstrip("+-")), code.endswith("+")) for role, code in zip(roles, codes, strict=True)
        }
    return rows


def operation_of(case: str) -> str:
    return case.split(":", maxsplit=1)[0].removesuffix(".csv")
