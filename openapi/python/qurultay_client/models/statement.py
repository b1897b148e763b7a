from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_kind import StatementKind, check_statement_kind
from ..models.statement_status import StatementStatus, check_statement_status

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.localized_text import LocalizedText
    from ..models.speaker import Speaker
    from ..models.topic import Topic


T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """
    Attributes:
        available_languages (list[str]):
        citations (list[Citation]):
        created_at (datetime.datetime):
        forum_id (UUID):
        id (UUID):
        kind (StatementKind):
        language (str):
        position (int):
        published_at (datetime.datetime | None):
        reporting_verb (None | str):
        retraction_reason (None | str):
        session_id (UUID):
        speaker (Speaker):
        status (StatementStatus):
        text (LocalizedText):
        topics (list[Topic]):
        updated_at (datetime.datetime):
    """

    available_languages: list[str]
    citations: list[Citation]
    created_at: datetime.datetime
    forum_id: UUID
    id: UUID
    kind: StatementKind
    language: str
    position: int
    published_at: datetime.datetime | None
    reporting_verb: None | str
    retraction_reason: None | str
    session_id: UUID
    speaker: Speaker
    status: StatementStatus
    text: LocalizedText
    topics: list[Topic]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_languages = self.available_languages

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        created_at = self.created_at.isoformat()

        forum_id = str(self.forum_id)

        id = str(self.id)

        kind: str = self.kind

        language = self.language

        position = self.position

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        reporting_verb: None | str
        reporting_verb = self.reporting_verb

        retraction_reason: None | str
        retraction_reason = self.retraction_reason

        session_id = str(self.session_id)

        speaker = self.speaker.to_dict()

        status: str = self.status

        text = self.text.to_dict()

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_languages": available_languages,
                "citations": citations,
                "created_at": created_at,
                "forum_id": forum_id,
                "id": id,
                "kind": kind,
                "language": language,
                "position": position,
                "published_at": published_at,
                "reporting_verb": reporting_verb,
                "retraction_reason": retraction_reason,
                "session_id": session_id,
                "speaker": speaker,
                "status": status,
                "text": text,
                "topics": topics,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation  # noqa: PLC0415
        from ..models.localized_text import LocalizedText  # noqa: PLC0415
        from ..models.speaker import Speaker  # noqa: PLC0415
        from ..models.topic import Topic  # noqa: PLC0415

        d = dict(src_dict)
        available_languages = cast(list[str], d.pop("available_languages"))

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = Citation.from_dict(citations_item_data)

            citations.append(citations_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        forum_id = UUID(d.pop("forum_id"))

        id = UUID(d.pop("id"))

        kind = check_statement_kind(d.pop("kind"))

        language = d.pop("language")

        position = d.pop("position")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_reporting_verb(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reporting_verb = _parse_reporting_verb(d.pop("reporting_verb"))

        def _parse_retraction_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        retraction_reason = _parse_retraction_reason(d.pop("retraction_reason"))

        session_id = UUID(d.pop("session_id"))

        speaker = Speaker.from_dict(d.pop("speaker"))

        status = check_statement_status(d.pop("status"))

        text = LocalizedText.from_dict(d.pop("text"))

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = Topic.from_dict(topics_item_data)

            topics.append(topics_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        statement = cls(
            available_languages=available_languages,
            citations=citations,
            created_at=created_at,
            forum_id=forum_id,
            id=id,
            kind=kind,
            language=language,
            position=position,
            published_at=published_at,
            reporting_verb=reporting_verb,
            retraction_reason=retraction_reason,
            session_id=session_id,
            speaker=speaker,
            status=status,
            text=text,
            topics=topics,
            updated_at=updated_at,
        )

        statement.additional_properties = d
        return statement

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
