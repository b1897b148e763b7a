"""A partner organization's journey through the generated Python SDK, against the real server: with its API
key it registers a delegation and submits its speaker's statement; the statement is not public until the
forum's organizer publishes it, and then it is."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

import pytest
from qurultay_client import AuthenticatedClient, Client
from qurultay_client.api.accounts import log_in
from qurultay_client.api.registrations import create_delegation, set_delegation_quota
from qurultay_client.api.statements import create_statement, list_session_statements, publish_statement
from qurultay_client.models import (
    Delegation,
    DelegationInput,
    DelegationQuotaInput,
    LoginInput,
    NewDelegate,
    Statement,
    StatementInput,
    StatementInputText,
    StatementPage,
    TokenPair,
)
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from tests.support.accounts import PASSWORD, grant_organizer, make_api_key, make_user
from tests.support.factories import make_forum, make_organization, make_session, make_speaker
from tests.support.registrations import upcoming

from .databases import scratch_database
from .server import running_server


@dataclass
class Partner:
    forum_id: UUID
    session_id: UUID
    organization_id: UUID
    participant_id: UUID
    api_key: str
    organizer_email: str


async def _arrange(url: str) -> Partner:
    engine = create_async_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as db:
            forum = await make_forum(db, **upcoming())  # a forum that is over takes no registrations
            session = await make_session(db, forum)
            organization = await make_organization(db)
            speaker = await make_speaker(db, session, organization=organization)
            organizer = await make_user(db)
            await grant_organizer(db, forum.id, organizer.id)
            _, secret = await make_api_key(db, organization.id, scope="read-write")
            await db.commit()
            return Partner(forum.id, session.id, organization.id, speaker.id, secret, organizer.email)
    finally:
        await engine.dispose()


@pytest.fixture
def served(server_url: str, template_url: str, tmp_path: Path) -> Iterator[tuple[str, Partner]]:
    with scratch_database(server_url, "partner") as url:
        partner = asyncio.run(_arrange(url))
        with running_server(url, tmp_path / "serve.log") as base:
            yield base, partner


def test_a_partner_registers_a_delegation_and_its_statement_is_published(served: tuple[str, Partner]) -> None:
    base, partner = served
    with (
        AuthenticatedClient(base_url=base, token=partner.api_key, prefix="", auth_header_name="X-API-Key") as sdk,
        Client(base_url=base) as public,
    ):
        tokens = log_in.sync(client=public, body=LoginInput(email=partner.organizer_email, password=PASSWORD))
        assert isinstance(tokens, TokenPair), tokens
        organizer = AuthenticatedClient(base_url=base, token=tokens.access_token)
        quota = set_delegation_quota.sync(
            partner.forum_id, partner.organization_id, client=organizer, body=DelegationQuotaInput(quota=3)
        )
        assert quota is not None
        assert getattr(quota, "quota", None) == 3, quota

        delegation = create_delegation.sync(
            partner.forum_id,
            client=sdk,
            body=DelegationInput(
                organization_id=partner.organization_id,
                delegates=[
                    NewDelegate(full_name="Aynur Mammadova", kind="new"),
                    NewDelegate(full_name="Daniyar Seitkali", kind="new"),
                ],
            ),
            idempotency_key="delegation-2026-1",
        )
        assert isinstance(delegation, Delegation), delegation
        assert len(delegation.registrations) == 2
        assert {str(r.category) for r in delegation.registrations} == {"delegate"}

        said = StatementInputText.from_dict({"en": "Civil society must have a seat at the table."})
        statement = create_statement.sync(
            partner.session_id,
            client=sdk,
            body=StatementInput(participant_id=partner.participant_id, text=said, language="en", kind="quote"),
        )
        assert isinstance(statement, Statement), statement
        assert str(statement.status) == "submitted"

        before = list_session_statements.sync(partner.session_id, client=public)
        assert isinstance(before, StatementPage), before
        assert statement.id not in [item.id for item in before.items]

        published = publish_statement.sync(statement.id, client=organizer)
        assert isinstance(published, Statement), published
        assert str(published.status) == "published"

        after = list_session_statements.sync(partner.session_id, client=public)
        assert isinstance(after, StatementPage), after
        assert [item.text.text for item in after.items if item.id == statement.id] == [
            "Civil society must have a seat at the table."
        ]
