"""Who is reading, as the visibility rules need it: the one place that turns a caller into a `Viewer`.

The SQL side of the same rules (what the public sees, what editors also see) is in app/db/fragments.py; the
statements compiled for non-public viewers bind `Viewer.params()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from litestar.di import NamedDependency

from app.lib.principal import Principal


@dataclass(frozen=True, slots=True)
class Viewer:
    see_all: bool = False
    forums: tuple[UUID, ...] = ()
    organizations: tuple[UUID, ...] = ()

    @property
    def is_public(self) -> bool:
        """Sees only what anyone sees: the public statements apply."""
        return not self.see_all and not self.forums

    def params(self) -> dict[str, object]:
        return {"see_all": self.see_all, "my_forums": list(self.forums), "my_orgs": list(self.organizations)}


PUBLIC = Viewer()
# How a writer renders what it changed (for If-Match and its answer): every field, drafts included. Only after
# the writer's own access checks passed.
EDITOR = Viewer(see_all=True)


def viewer_of(principal: Principal) -> Viewer:
    return Viewer(
        see_all=principal.is_admin,
        forums=tuple(sorted(principal.organizer_of)),
        organizations=tuple(sorted(principal.member_of)),
    )


def provide_viewer(principal: NamedDependency[Principal]) -> Viewer:
    """The `viewer` dependency: handlers that read take the caller's Viewer, never build one."""
    return viewer_of(principal)
