"""Dependencies resolve in the request's own task (app/lib/di.py), in Litestar's order, with generator
dependencies still cleaned up after the response."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from litestar import Litestar, get
from litestar._kwargs.kwargs_model import KwargsModel
from litestar.di import NamedDependency, Provide
from litestar.testing import AsyncTestClient

from app.asgi import create_app
from app.lib import di

# What each dependency and the handler saw, in the order they ran.
Seen = list[tuple[str, asyncio.Task[object] | None]]


def _app(seen: Seen) -> Litestar:
    def first() -> int:
        seen.append(("first", asyncio.current_task()))
        return 1

    async def second() -> AsyncIterator[int]:
        seen.append(("second", asyncio.current_task()))
        yield 2
        seen.append(("second cleaned up", None))

    def both(first: NamedDependency[int], second: NamedDependency[int]) -> int:
        seen.append(("both", asyncio.current_task()))
        return first + second

    @get("/")
    async def handler(first: NamedDependency[int], second: NamedDependency[int], both: NamedDependency[int]) -> int:
        seen.append(("handler", asyncio.current_task()))
        return first + second + both

    return Litestar(
        [handler],
        dependencies={
            "first": Provide(first, sync_to_thread=False),
            "second": Provide(second),
            "both": Provide(both, sync_to_thread=False),
        },
    )


async def _call(seen: Seen) -> None:
    async with AsyncTestClient(_app(seen)) as client:
        answer = await client.get("/")
    assert answer.json() == 1 + 2 + (1 + 2)


def _tasks(seen: Seen) -> dict[str, asyncio.Task[object] | None]:
    return dict(seen)


async def test_litestar_alone_spawns_a_task_per_dependency_of_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KwargsModel, "resolve_dependencies", di.LITESTAR_RESOLVE)
    seen: Seen = []
    await _call(seen)
    tasks = _tasks(seen)
    # `first` and `second` form one batch: each ran in a task of its own, not the handler's.
    assert tasks["first"] is not tasks["handler"]
    assert tasks["second"] is not tasks["handler"]


async def test_dependencies_run_in_the_requests_task_in_order_and_are_cleaned_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(KwargsModel, "resolve_dependencies", di.LITESTAR_RESOLVE)
    di.resolve_dependencies_in_order()
    seen: Seen = []
    await _call(seen)
    tasks = _tasks(seen)
    assert {tasks["first"], tasks["second"], tasks["both"]} == {tasks["handler"]}
    order = [name for name, _ in seen]
    assert order.index("both") > max(order.index("first"), order.index("second"))
    assert order.index("second cleaned up") > order.index("handler")


def test_the_app_installs_the_in_order_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KwargsModel, "resolve_dependencies", di.LITESTAR_RESOLVE)
    create_app(database_url="postgresql+asyncpg://qurultay@127.0.0.1:1/never-connected")
    assert KwargsModel.resolve_dependencies is not di.LITESTAR_RESOLVE
