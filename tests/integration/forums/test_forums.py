"""Public reads of forums: list, detail by id or slug, visibility, pagination, errors, ETags."""

from __future__ import annotations

import datetime
import gzip
import time
import uuid
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlsplit

import pytest
from litestar import Litestar
from litestar.testing import AsyncTestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Forum, ForumOrganizer
from app.db.models.enums import ForumStatus
from app.demo.baku import DEMO_FORUM_SLUG, FORUM_TITLE
from app.lib.pagination import encode_cursor
from tests.support.api import assert_problem, error_fields, ids, next_link, walk
from tests.support.factories import make_forum, make_organization, make_room

Client = AsyncTestClient[Litestar]


async def test_list_contains_the_demo_forum(demo_client: Client) -> None:
    response = await demo_client.get("/api/v1/forums")

    assert response.status_code == 200
    body = response.json()
    assert body["next"] is None
    assert response.headers.get("link") is None
    [forum] = body["items"]
    assert forum["slug"] == DEMO_FORUM_SLUG
    assert forum["title"] == {"lang": "en", "text": FORUM_TITLE}
    assert forum["city"] == "Baku"
    assert forum["country"]["code"] == "AZ"
    assert forum["timezone"] == "Asia/Baku"
    assert forum["starts_on"] == forum["ends_on"] == "2025-11-24"
    assert forum["status"] == "published"


async def test_detail_by_id_and_by_slug_is_the_same_forum(demo_client: Client) -> None:
    [summary] = (await demo_client.get("/api/v1/forums")).json()["items"]

    by_id = await demo_client.get(f"/api/v1/forums/{summary['id']}")
    by_slug = await demo_client.get(f"/api/v1/forums/{DEMO_FORUM_SLUG}")

    assert by_id.status_code == by_slug.status_code == 200
    assert by_id.json() == by_slug.json()
    detail = by_id.json()
    assert detail["id"] == summary["id"]
    assert detail["slug"] == DEMO_FORUM_SLUG
    assert detail["title"]["text"] == FORUM_TITLE
    assert {"organizers", "rooms", "registration", "venue", "description"} <= detail.keys()


async def test_detail_shows_organizers_and_rooms(client: Client, db: AsyncSession) -> None:
    forum = await make_forum(db, capacity=300, requires_approval=True)
    organizer = await make_organization(db, name={"en": "Eurasian NGO Council"}, country_code="UZ")
    await make_room(db, forum, name="Hall B", capacity=40)
    await make_room(db, forum, name="Hall A", capacity=120)
    db.add(ForumOrganizer(forum_id=forum.id, organization_id=organizer.id))
    await db.commit()

    detail = (await client.get(f"/api/v1/forums/{forum.slug}")).json()

    assert [(r["name"], r["capacity"]) for r in detail["rooms"]] == [("Hall A", 120), ("Hall B", 40)]
    [org] = detail["organizers"]
    assert org["id"] == str(organizer.id)
    assert org["name"]["text"] == "Eurasian NGO Council"
    assert org["country"]["code"] == "UZ"
    assert detail["registration"]["capacity"] == 300
    assert detail["registration"]["requires_approval"] is True


async def test_drafts_are_invisible(client: Client, db: AsyncSession) -> None:
    draft = await make_forum(db, status=ForumStatus.DRAFT)
    public = await make_forum(db)
    await db.commit()

    listed = (await client.get("/api/v1/forums")).json()["items"]

    assert ids(listed) == [str(public.id)]
    assert_problem(await client.get(f"/api/v1/forums/{draft.id}"), 404)
    assert_problem(await client.get(f"/api/v1/forums/{draft.slug}"), 404)


@pytest.mark.parametrize("status", [ForumStatus.CANCELLED, ForumStatus.ARCHIVED])
async def test_cancelled_and_archived_forums_are_visible(client: Client, db: AsyncSession, status: ForumStatus) -> None:
    forum = await make_forum(db, status=status)
    await db.commit()

    [listed] = (await client.get("/api/v1/forums")).json()["items"]
    detail = await client.get(f"/api/v1/forums/{forum.id}")

    assert listed["id"] == str(forum.id)
    assert listed["status"] == status.value
    assert detail.status_code == 200
    assert detail.json()["status"] == status.value


@pytest.mark.parametrize(("limit", "sizes"), [(1, [1, 1, 1, 1, 1]), (2, [2, 2, 1]), (5, [5]), (100, [5])])
async def test_pagination_walks_every_forum_once_newest_first(
    client: Client, db: AsyncSession, limit: int, sizes: list[int]
) -> None:
    # Three forums share the newest start date, so only the id can order them, across page boundaries.
    dates = [(2026, 9, 1), (2026, 3, 1), (2026, 9, 1), (2025, 1, 1), (2026, 9, 1)]
    forums = [
        await make_forum(db, starts_on=datetime.date(*d), ends_on=datetime.date(*d) + datetime.timedelta(days=1))
        for d in dates
    ]
    await make_forum(
        db, status=ForumStatus.DRAFT, starts_on=datetime.date(2026, 6, 1), ends_on=datetime.date(2026, 6, 2)
    )
    await db.commit()
    expected = [str(f.id) for f in sorted(forums, key=lambda f: (f.starts_on, f.id), reverse=True)]

    pages = await walk(client, f"/api/v1/forums?limit={limit}")

    assert [len(p) for p in pages] == sizes
    assert [item for page in pages for item in ids(page)] == expected


async def test_link_header_keeps_other_query_parameters(client: Client, db: AsyncSession) -> None:
    for _ in range(3):
        await make_forum(db)
    await db.commit()

    first = await client.get("/api/v1/forums", params={"limit": 2, "lang": "ru"})

    link = next_link(first)
    assert link is not None
    url = urlsplit(link)
    assert url.path == "/api/v1/forums"
    assert dict(parse_qsl(url.query)) == {"limit": "2", "lang": "ru", "cursor": first.json()["next"]}
    second = await client.get(link)
    assert second.status_code == 200
    assert len(second.json()["items"]) == 1
    assert second.json()["next"] is None
    assert not set(ids(first.json()["items"])) & set(ids(second.json()["items"]))


async def test_cursor_of_another_list_is_rejected(demo_client: Client) -> None:
    [session] = (await demo_client.get(f"/api/v1/forums/{await _demo_id(demo_client)}/sessions")).json()["items"]
    statements_cursor = (await demo_client.get(f"/api/v1/sessions/{session['id']}/statements?limit=1")).json()["next"]
    assert statements_cursor is not None

    body = assert_problem(await demo_client.get("/api/v1/forums", params={"cursor": statements_cursor}), 400)

    assert error_fields(body) == ["cursor"]


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage!",
        "bm90IGpzb24",  # "not json"
        encode_cursor("forums", ("not-a-date", "48cf7603-c54d-4dae-956d-1835ce2ed49b")),
        encode_cursor("forums", ("2025-01-01",)),
        "x" * 600,
    ],
)
async def test_garbage_cursor_is_400(client: Client, cursor: str) -> None:
    body = assert_problem(await client.get("/api/v1/forums", params={"cursor": cursor}), 400)
    assert error_fields(body) == ["cursor"]


@pytest.mark.parametrize("limit", ["0", "101", "-1", "ten"])
async def test_limit_out_of_range_is_400(client: Client, limit: str) -> None:
    body = assert_problem(await client.get("/api/v1/forums", params={"limit": limit}), 400)
    assert error_fields(body) == ["limit"]


async def test_limit_bounds_are_accepted(client: Client, db: AsyncSession) -> None:
    await make_forum(db)
    await make_forum(db)
    await db.commit()

    assert len((await client.get("/api/v1/forums?limit=1")).json()["items"]) == 1
    assert len((await client.get("/api/v1/forums?limit=100")).json()["items"]) == 2


async def test_unknown_query_parameter_is_400_and_named(client: Client) -> None:
    body = assert_problem(await client.get("/api/v1/forums", params={"limt": "5", "limit": "5"}), 400)
    assert error_fields(body) == ["limt"]
    assert "limt" in body["detail"]


async def test_a_parameter_given_twice_is_400_and_named(client: Client) -> None:
    body = assert_problem(await client.get("/api/v1/forums?limit=1&limit=2&lang=en"), 400)
    assert error_fields(body) == ["limit"]
    assert (await client.get("/api/v1/forums?limit=1&lang=en")).status_code == 200


async def test_unknown_id_and_slug_are_404(demo_client: Client) -> None:
    for key in (str(uuid.uuid4()), "no-such-forum"):
        body = assert_problem(await demo_client.get(f"/api/v1/forums/{key}"), 404)
        assert body["instance"] == f"/api/v1/forums/{key}"


async def test_every_200_get_has_an_etag_and_if_none_match_gives_304(demo_client: Client) -> None:
    forum_id = await _demo_id(demo_client)
    session_id = (await demo_client.get(f"/api/v1/forums/{forum_id}/sessions")).json()["items"][0]["id"]
    urls = [
        "/api/v1/forums",
        f"/api/v1/forums/{forum_id}",
        f"/api/v1/forums/{DEMO_FORUM_SLUG}",
        f"/api/v1/forums/{forum_id}/sessions",
        f"/api/v1/sessions/{session_id}",
        f"/api/v1/sessions/{session_id}/statements",
        "/api/v1/statements",
        "/api/v1/statements?q=NGO",
    ]
    for url in urls:
        first = await demo_client.get(url)
        assert first.status_code == 200, url
        etag = first.headers.get("etag")
        assert etag, url
        assert (await demo_client.get(url)).headers["etag"] == etag, url

        cached = await demo_client.get(url, headers={"If-None-Match": etag})

        assert cached.status_code == 304, url
        assert cached.content == b"", url
        assert cached.headers["etag"] == etag, url
        other = await demo_client.get(url, headers={"If-None-Match": '"something-else"'})
        assert other.status_code == 200, url


async def test_etag_changes_when_the_forum_changes(demo_client: Client, demo_db: AsyncSession) -> None:
    url = f"/api/v1/forums/{DEMO_FORUM_SLUG}"
    before = await demo_client.get(url)
    etag = before.headers["etag"]

    forum = (await demo_db.execute(select(Forum).where(Forum.slug == DEMO_FORUM_SLUG))).scalar_one()
    forum.title = {"en": "Solidarity Forum, renamed"}
    await demo_db.commit()

    after = await demo_client.get(url, headers={"If-None-Match": etag})
    assert after.status_code == 200
    assert after.headers["etag"] != etag
    assert after.json()["title"]["text"] == "Solidarity Forum, renamed"
    listed = await demo_client.get("/api/v1/forums", headers={"If-None-Match": etag})
    assert listed.status_code == 200


async def test_compressed_and_plain_answers_share_one_etag_as_the_clock_moves(
    demo_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Big enough to be gzipped; gzip writes the time of compression into its header.
    agenda = (await demo_client.get(f"/api/v1/forums/{await _demo_id(demo_client)}/sessions")).json()
    url = f"/api/v1/sessions/{agenda['items'][0]['id']}/statements"
    first = await demo_client.get(url, headers={"Accept-Encoding": "gzip"})
    assert first.headers["content-encoding"] == "gzip"

    monkeypatch.setattr(gzip, "time", SimpleNamespace(time=lambda: time.time() + 3600))
    later = await demo_client.get(url, headers={"Accept-Encoding": "gzip"})
    revalidated = await demo_client.get(
        url, headers={"Accept-Encoding": "gzip", "If-None-Match": first.headers["etag"]}
    )

    assert later.headers["etag"] == first.headers["etag"]
    assert later.json() == first.json()
    assert revalidated.status_code == 304
    identity = await demo_client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in identity.headers
    assert identity.json() == first.json()
    # The tag names the content, not its coding: an If-Match read from a gzipped answer must still match.
    assert identity.headers["etag"] == first.headers["etag"]


async def test_errors_carry_no_etag(client: Client) -> None:
    response = await client.get("/api/v1/forums/no-such-forum")
    assert_problem(response, 404)
    assert "etag" not in response.headers


async def _demo_id(client: Client) -> str:
    forum_id: str = (await client.get(f"/api/v1/forums/{DEMO_FORUM_SLUG}")).json()["id"]
    return forum_id
