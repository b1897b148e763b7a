"""Who is reading, as the visibility rules need it: the one place that turns a caller into a `Viewer`.

The SQL side of the same rules (what the public sees, what editors also see) is in app/db/fragments.py; the
statements compiled for non-public viewers bind `Viewer.params()`.

`person` is not a visibility rule: it is whose own things a read adds (the caller's registration on a session),
bound as `:me` only by the statements compiled for viewers that have one, so the public ones never pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from uuid import UUID

from litestar.di import NamedDependency

from app.lib.principal import Principal


@dataclass(frozen=True, slots=True)
class Viewer:
    see_all: bool = False
    forums: tuple[UUID, ...] = ()
    organizations: tuple[UUID, ...] = ()
    # The person the caller's account is (people only, never an API key), or None.
    person: UUID | None = None

    @property
    def is_public(self) -> bool:
        """Sees only what anyone sees: the public statements apply."""
        return not self.see_all and not self.forums

    def params(self) -> dict[str, object]:
        return {
            "see_all": self.see_all,
            "my_forums": list(self.forums),
            "my_orgs": list(self.organizations),
            "me": self.person,
        }


PUBLIC = Viewer()
# How a writer renders what it changed (for If-Match and its answer): every field, drafts included. Only after
# the writer's own access checks passed.
EDITOR = Viewer(see_all=True)


def viewer_of(principal: Principal) -> Viewer:
    return Viewer(
        see_all=principal.is_admin,
        forums=tuple(sorted(principal.organizer_of)),
        organizations=tuple(sorted(principal.member_of)),
        person=principal.person_id,
    )


def editor_for(principal: Principal) -> Viewer:
    """EDITOR, plus the caller's own things: for a writer whose representation carries them (a session's
    `my_registration`), so its answer and the ETag its If-Match is checked against are what the caller's GET
    gives."""
    return replace(EDITOR, person=principal.person_id)


def provide_viewer(principal: NamedDependency[Principal]) -> Viewer:
    """The `viewer` dependency: handlers that read take the caller's Viewer, never build one."""
    return viewer_of(principal)
