"""Each changed object as its own GET shows it to this caller: the feed runs each domain's own read statement,
so an item can never show more (or other) than the object's GET does."""

from __future__ import annotations

from uuid import UUID

from app.db.read import Reader
from app.domain.changes.schemas import Change, ChangeKind, ChangeType
from app.domain.forum_sessions.queries import SessionQueries
from app.domain.forums.queries import ForumQueries, RoomQueries
from app.domain.organizations.queries import OrganizationQueries
from app.domain.participants.queries import ParticipantQueries
from app.domain.people.queries import PersonQueries
from app.domain.statements.queries import StatementQueries
from app.lib.viewer import Viewer


class Renderer:
    def __init__(self, reader: Reader) -> None:
        self.forums = ForumQueries(reader)
        self.rooms = RoomQueries(reader)
        self.sessions = SessionQueries(reader)
        self.participants = ParticipantQueries(reader)
        self.people = PersonQueries(reader)
        self.organizations = OrganizationQueries(reader)
        self.statements = StatementQueries(reader)

    async def upsert(
        self, kind: ChangeKind, object_id: UUID, *, reason: str, cursor: str, langs: list[str], viewer: Viewer
    ) -> Change | None:
        """The object as this caller's GET would answer it now, or None when that GET would answer 404."""
        item = Change(kind=kind, id=object_id, change=ChangeType.UPSERT, reason=reason, cursor=cursor)
        match kind:
            case ChangeKind.FORUM:
                item.forum = await self.forums.get(forum_id=object_id, slug=None, langs=langs, viewer=viewer)
            case ChangeKind.ROOM:
                item.room = await self.rooms.get(object_id, viewer=viewer)
            case ChangeKind.SESSION:
                item.session = await self.sessions.get(object_id, langs=langs, viewer=viewer)
            case ChangeKind.PARTICIPANT:
                item.participant = await self.participants.get(object_id, langs=langs, viewer=viewer)
            case ChangeKind.PERSON:
                item.person = await self.people.get(object_id, langs=langs, viewer=viewer)
            case ChangeKind.ORGANIZATION:
                item.organization = await self.organizations.get(object_id, langs=langs)
            case ChangeKind.STATEMENT:
                item.statement = await self.statements.get(object_id, langs=langs, viewer=viewer)
        return item if getattr(item, kind.value) is not None else None
