"""Dependencies are resolved one after another, in the request's own task.

Litestar resolves the dependencies a handler needs in batches, and every batch of two or more in an anyio task
group: one new task per dependency, on every request (litestar-org/litestar#4563). Ours are all constructors
that do no I/O (a reader, a service, the caller's languages), so running them side by side saves no waiting
and the tasks are pure cost: a quarter of the server's CPU on a request for one session (finding 8 in
bench/README.md). Resolving each batch in order keeps Litestar's order between batches (a dependency after
the ones it takes) and its cleanup of generator dependencies; only the tasks go.

This replaces one method of a private Litestar class, so `tests/unit/test_di.py` checks that create_app puts
it in place and that it still resolves, orders and cleans up as Litestar does; an upgrade that breaks it fails
there.
"""

from __future__ import annotations

from typing import Any

from litestar._kwargs.cleanup import DependencyCleanupGroup
from litestar._kwargs.dependencies import resolve_dependency
from litestar._kwargs.kwargs_model import KwargsModel
from litestar.connection import ASGIConnection

# Litestar's own, kept so a test can show what the replacement saves.
LITESTAR_RESOLVE = KwargsModel.resolve_dependencies


async def _resolve_in_order(
    self: KwargsModel, connection: ASGIConnection[Any, Any, Any, Any], kwargs: dict[str, Any]
) -> DependencyCleanupGroup:
    cleanup_group = DependencyCleanupGroup()
    for batch in self.dependency_batches:
        for dependency in batch:
            await resolve_dependency(dependency, connection, kwargs, cleanup_group)
    return cleanup_group


def resolve_dependencies_in_order() -> None:
    """Install the in-order resolution (idempotent): called by create_app before any request."""
    KwargsModel.resolve_dependencies = _resolve_in_order  # type: ignore[method-assign]
