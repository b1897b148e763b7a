"""Recording statements: what is refused (naming the field), If-Match, Idempotency-Key, partner isolation,
languages, topics and order."""

from __future__ import annotations

import asyncio
from uuid import UUID

import asyncpg
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Statement, StatementRevision
from app.db.models.enums import SessionStatus, StatementStatus
from tests.support.api import assert_problem, error_fields
from tests.support.apps import racing_client
from tests.support.factories import make_session, make_speaker, make_statement, make_topic
from tests.support.postgres import libpq
from tests.support.statements import (
    Client,
    build_stage,
    etag_of,
    listed,
    statement_body,
)
from tests.support.writers import with_etag


async def test_bad_statements_are_refused_with_the_field_named(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    other_session = await make_session(db, stage.team.forum)
    elsewhere = await make_speaker(db, other_session)
    await db.commit()
    body = statement_body(stage.speaker_a)
    citation = body["citations"][0]
    cases = [
        (body | {"language": "ru"}, "text"),
        (body | {"text": {}}, "text"),
        (body | {"text": {"EN": "x"}}, "text"),
        (body | {"kind": "rumour"}, "kind"),
        (body | {"position": -1}, "position"),
        (body | {"status": "submitted"}, "status"),
        (body | {"status": "retracted"}, "status"),
        (body | {"participant_id": "not-a-uuid"}, "participant_id"),
        (body | {"citations": [citation | {"published_at": "2025-11-24T12:20:00"}]}, "citations.0.published_at"),
        (body | {"citations": [citation | {"url": "javascript:alert(1)"}]}, "citations.0.url"),
        (body | {"citations": [citation | {"outlet": " "}]}, "citations.0.outlet"),
        (body | {"unknown": 1}, "unknown"),
    ]
    for sent, field in cases:
        problem = assert_problem(await client.post(stage.statements_url, json=sent, headers=stage.team.organizer), 400)
        assert field in error_fields(problem), (sent, problem)
    # Valid bodies naming what cannot be used (no such topic; a speaker of another session): 422.
    for sent, field in (
        (body | {"topics": ["no-such-topic"]}, "topics.0"),
        (body | {"participant_id": str(elsewhere.id)}, "participant_id"),
    ):
        problem = assert_problem(await client.post(stage.statements_url, json=sent, headers=stage.team.organizer), 422)
        assert error_fields(problem) == [field], (sent, problem)
    assert (await db.scalars(select(Statement.id))).all() == []


async def test_updates_need_the_current_etag(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    team = stage.team
    created = await client.post(stage.statements_url, json=statement_body(stage.speaker_a), headers=team.organizer)
    url = f"/api/v1/statements/{created.json()['id']}"
    etag = created.headers["etag"]

    assert_problem(await client.patch(url, json={"kind": "quote"}, headers=team.organizer), 428)
    changed = await client.patch(url, json={"kind": "quote"}, headers=with_etag(team.organizer, etag))
    assert changed.status_code == 200, changed.text
    assert changed.json()["kind"] == "quote"
    stale = await client.patch(url, json={"kind": "summary"}, headers=with_etag(team.organizer, etag))
    assert_problem(stale, 412)
    assert stale.headers["etag"] == changed.headers["etag"] == await etag_of(client, url, team.organizer)
    # Publishing against a stale version is refused too; without If-Match it applies to the current one.
    assert_problem(await client.post(f"{url}/publish", headers=with_etag(team.organizer, etag)), 412)
    assert (await client.post(f"{url}/publish", headers=team.organizer)).status_code == 200
    # A refused update changed nothing and kept no version.
    assert (await client.get(url)).json()["kind"] == "quote"
    revisions = (await db.scalars(select(StatementRevision.number))).all()
    assert sorted(revisions) == [1, 2]


async def test_the_etag_is_per_rendering(client: Client, db: AsyncSession) -> None:
    """An editor reads every translation, in one language: the If-Match is for that reading."""
    stage = await build_stage(db)
    team = stage.team
    texts = {"en": "Youth need a common platform.", "ru": "Молодёжи нужна общая платформа."}
    created = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a, text=texts), headers=team.organizer
    )
    url = f"/api/v1/statements/{created.json()['id']}"

    in_russian = await client.get(url, params={"lang": "ru"}, headers=team.organizer | {"Accept-Language": "en"})
    assert in_russian.json()["text"] == {"lang": "ru", "text": texts["ru"]}
    assert in_russian.json()["available_languages"] == ["en", "ru"]
    by_header = await client.get(url, headers=team.organizer | {"Accept-Language": "ru-RU, en;q=0.5"})
    assert by_header.json()["text"]["lang"] == "ru"
    full = await client.get(url, params={"translations": "true"}, headers=team.organizer)
    assert full.json()["text"] == {"lang": "en", "text": texts["en"], "translations": texts}

    # The full reading's ETag is not the plain one's: send it with the same parameters.
    change = {"text": texts | {"kk": "Жастарға ортақ алаң керек."}}
    plain = with_etag(team.organizer, full.headers["etag"])
    assert_problem(await client.patch(url, json=change, headers=plain), 412)
    changed = await client.patch(url, params={"translations": "true"}, json=change, headers=plain)
    assert changed.status_code == 200, changed.text
    assert changed.json()["text"]["translations"]["kk"] == "Жастарға ортақ алаң керек."
    assert changed.headers["etag"] == await etag_of(client, f"{url}?translations=true", team.organizer)


async def _wait_for_two_waiters(watcher: asyncpg.Connection) -> bool:
    """Whether two backends of this database come to wait for a lock: both requests reached the statement.
    (`watcher` must be outside a transaction: inside one, pg_stat_activity answers the same snapshot.)"""
    for _ in range(600):  # up to half a minute on a busy machine
        waiting = await watcher.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        if waiting >= 2:  # the two requests
            return True
        await asyncio.sleep(0.05)
    return False


async def test_two_editors_with_one_etag_one_wins(database_url: str, db: AsyncSession) -> None:
    """Both read one version and send it. Held at the statement's row until both have arrived, they are let go
    together: without the writer's row lock both would pass the If-Match check before either wrote."""
    stage = await build_stage(db)
    team = stage.team
    holder, watcher = await asyncpg.connect(libpq(database_url)), await asyncpg.connect(libpq(database_url))
    try:
        async with racing_client(database_url) as client:
            created = await client.post(
                stage.statements_url, json=statement_body(stage.speaker_a), headers=team.organizer
            )
            url, etag = f"/api/v1/statements/{created.json()['id']}", created.headers["etag"]
            hold = holder.transaction()
            await hold.start()
            await holder.execute("SELECT FROM statements WHERE id = $1 FOR UPDATE", UUID(created.json()["id"]))
            racing = [
                asyncio.create_task(client.patch(url, json=change, headers=with_etag(who, etag)))
                for who, change in ((team.organizer, {"reporting_verb": "noted"}), (team.admin, {"kind": "summary"}))
            ]
            both_waited = await _wait_for_two_waiters(watcher)
            await hold.rollback()
            answers = await asyncio.gather(*racing)
            assert sorted(answer.status_code for answer in answers) == [200, 412], [a.text for a in answers]
            assert both_waited, "the two updates did not both reach the statement before they were let go"
            winner = next(answer for answer in answers if answer.status_code == 200).json()
            assert (await client.get(url, headers=team.organizer)).json() == winner
    finally:
        await holder.close()
        await watcher.close()
    assert len((await db.scalars(select(StatementRevision.id))).all()) == 1


async def test_one_idempotency_key_creates_one_statement(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    headers = stage.team.partner | {"Idempotency-Key": "statement-1"}
    body = statement_body(stage.speaker_a)
    first = await client.post(stage.statements_url, json=body, headers=headers)
    retry = await client.post(stage.statements_url, json=body, headers=headers)
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.headers["location"] == first.headers["location"]
    other = await client.post(stage.statements_url, json=body | {"kind": "quote"}, headers=headers)
    assert_problem(other, 422)
    assert len((await db.scalars(select(Statement.id))).all()) == 1


async def test_twenty_parallel_creates_with_one_key_make_one_statement(database_url: str, db: AsyncSession) -> None:
    stage = await build_stage(db)
    headers = stage.team.organizer | {"Idempotency-Key": "burst"}
    body = statement_body(stage.speaker_other)
    async with racing_client(database_url) as client:
        answers = await asyncio.gather(
            *(client.post(stage.statements_url, json=body, headers=headers) for _ in range(20))
        )
    statuses = [answer.status_code for answer in answers]
    assert set(statuses) <= {201, 409}, statuses
    created = [answer for answer in answers if answer.status_code == 201]
    assert len({answer.json()["id"] for answer in created}) == 1
    assert len([answer for answer in created if "idempotent-replayed" not in answer.headers]) == 1
    assert len((await db.scalars(select(Statement.id))).all()) == 1


async def test_partners_act_only_for_their_own_speakers(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    team = stage.team
    # Another organization's speaker, whom the partner can see on the agenda: 403.
    other = await client.post(stage.statements_url, json=statement_body(stage.speaker_other), headers=team.partner)
    assert_problem(other, 403)
    # A member of the organization who is not its admin cannot submit for it.
    member = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a), headers=stage.partner_a_member
    )
    assert_problem(member, 403)
    # Someone acting for no organization has nothing to add statements to.
    assert_problem(
        await client.post(stage.statements_url, json=statement_body(stage.speaker_a), headers=team.attendee), 404
    )
    # A session nobody outside the forum's organizers can see does not exist for a partner.
    draft_session = await make_session(db, team.forum, status=SessionStatus.DRAFT)
    hidden_speaker = await make_speaker(db, draft_session, organization=team.partner_org)
    await db.commit()
    hidden = await client.post(
        f"/api/v1/sessions/{draft_session.id}/statements", json=statement_body(hidden_speaker), headers=team.partner
    )
    assert_problem(hidden, 404)
    assert (await db.scalars(select(Statement.id))).all() == []
    # Nor can its own submission be moved onto another organization's speaker.
    own = await client.post(stage.statements_url, json=statement_body(stage.speaker_a), headers=team.partner)
    moved = await client.patch(
        f"/api/v1/statements/{own.json()['id']}",
        json={"participant_id": str(stage.speaker_other.id)},
        headers=team.partner | {"If-Match": own.headers["etag"]},
    )
    assert_problem(moved, 403)
    assert (await client.get(f"/api/v1/statements/{own.json()['id']}", headers=team.partner)).json() == own.json()


async def test_a_partner_never_sees_another_partners_submissions(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    theirs = await client.post(stage.statements_url, json=statement_body(stage.speaker_other), headers=stage.partner_b)
    assert theirs.status_code == 201, theirs.text
    url = f"/api/v1/statements/{theirs.json()['id']}"
    partner = stage.team.partner
    assert_problem(await client.get(url, headers=partner), 404)
    assert theirs.json()["id"] not in await listed(client, stage.statements_url, partner)
    assert_problem(await client.patch(url, json={"kind": "quote"}, headers=partner | {"If-Match": "*"}), 404)
    assert_problem(await client.get(f"{url}/revisions", headers=partner), 404)
    # Its own speaker's organization is what counts, not who the speaker is today: B's submission for a
    # speaker later re-attributed to A is still B's alone until published.
    stage.speaker_other.organization_id = stage.team.partner_org.id
    db.add(stage.speaker_other)
    await db.commit()
    assert_problem(await client.get(url, headers=partner), 404)
    assert (await client.get(url, headers=stage.partner_b)).status_code == 200


async def test_topics_and_order(client: Client, db: AsyncSession) -> None:
    stage = await build_stage(db)
    await make_topic(db, "youth", "Youth")
    await make_topic(db, "climate", "Climate")
    await make_statement(db, stage.speaker_other, position=5, status=StatementStatus.DRAFT)
    await db.commit()
    organizer = stage.team.organizer
    first = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a, topics=["youth", "climate"]), headers=organizer
    )
    assert first.status_code == 201, first.text
    # After the last statement of the session, drafts included; topics by slug.
    assert first.json()["position"] == 6
    assert [topic["slug"] for topic in first.json()["topics"]] == ["climate", "youth"]
    second = await client.post(stage.statements_url, json=statement_body(stage.speaker_a), headers=organizer)
    assert second.json()["position"] == 7
    placed = await client.post(
        stage.statements_url, json=statement_body(stage.speaker_a, position=0), headers=organizer
    )
    assert placed.json()["position"] == 0
    order = await listed(client, stage.statements_url, organizer)
    assert order[0] == placed.json()["id"]
    assert order[-2:] == [first.json()["id"], second.json()["id"]]

    url = f"/api/v1/statements/{first.json()['id']}"
    retopic = await client.patch(
        url, json={"topics": ["youth"], "citations": []}, headers=organizer | {"If-Match": "*"}
    )
    assert retopic.status_code == 200, retopic.text
    assert ([t["slug"] for t in retopic.json()["topics"]], retopic.json()["citations"]) == (["youth"], [])
    unknown = await client.patch(url, json={"topics": ["youth", "nope"]}, headers=organizer | {"If-Match": "*"})
    assert error_fields(assert_problem(unknown, 422)) == ["topics.1"]


async def test_parallel_creates_each_take_their_own_place(database_url: str, db: AsyncSession) -> None:
    """Without the session lock, creates running at once read the same last position and share it."""
    stage = await build_stage(db)
    body = statement_body(stage.speaker_a)
    async with racing_client(database_url) as client:
        answers = await asyncio.gather(
            *(client.post(stage.statements_url, json=body, headers=stage.team.organizer) for _ in range(8))
        )
    assert [answer.status_code for answer in answers] == [201] * 8
    assert sorted(answer.json()["position"] for answer in answers) == list(range(1, 9))
