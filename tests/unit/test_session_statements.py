"""The agenda and a session's detail compile one statement per viewer kind; only those for a caller with a person
read registrations (`my_registration`), so the public hot path never pays for it."""

from __future__ import annotations

from app.domain.forum_sessions.queries import _AGENDA_STATEMENTS, _DETAIL_STATEMENTS


def test_only_a_person_s_statements_bind_their_person_and_read_registrations() -> None:
    statements = [(key[1], statement) for key, statement in (_AGENDA_STATEMENTS | _DETAIL_STATEMENTS).items()]
    assert len(statements) == 24
    for mine, statement in statements:
        assert ("me" in statement.names) is mine
        assert ("FROM registrations" in statement.sql) is mine
