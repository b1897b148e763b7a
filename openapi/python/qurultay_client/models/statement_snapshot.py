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
    from ..models.snapshot_citation import SnapshotCitation
    from ..models.statement_snapshot_text import StatementSnapshotText


T = TypeVar("T", bound="StatementSnapshot")


@_attrs_define
class StatementSnapshot:
    """
    Attributes:
        citations (list[SnapshotCitation]):
        kind (StatementKind):
        language (str):
        participant_id (UUID):
        position (int):
        published_at (datetime.datetime | None):
        reporting_verb (None | str):
        retraction_reason (None | str):
        status (StatementStatus):
        text (StatementSnapshotText):
        topics (list[str]):
    """

    citations: list[SnapshotCitation]
    kind: StatementKind
    language: str
    participant_id: UUID
    position: int
    published_at: datetime.datetime | None
    reporting_verb: None | str
    retraction_reason: None | str
    status: StatementStatus
    text: StatementSnapshotText
    topics: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        kind: str = self.kind

        language = self.language

        participant_id = str(self.participant_id)

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

        status: str = self.status

        text = self.text.to_dict()

        topics = self.topics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "citations": citations,
                "kind": kind,
                "language": language,
                "participant_id": participant_id,
                "position": position,
                "published_at": published_at,
                "reporting_verb": reporting_verb,
                "retraction_reason": retraction_reason,
                "status": status,
                "text": text,
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot_citation import SnapshotCitation  # noqa: PLC0415
        from ..models.statement_snapshot_text import StatementSnapshotText  # noqa: PLC0415

        d = dict(src_dict)
        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = SnapshotCitation.from_dict(citations_item_data)

            citations.append(citations_item)

        kind = check_statement_kind(d.pop("kind"))

        language = d.pop("language")

        participant_id = UUID(d.pop("participant_id"))

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

        status = check_statement_status(d.pop("status"))

        text = StatementSnapshotText.from_dict(d.pop("text"))

        topics = cast(list[str], d.pop("topics"))

        statement_snapshot = cls(
            citations=citations,
            kind=kind,
            language=language,
            participant_id=participant_id,
            position=position,
            published_at=published_at,
            reporting_verb=reporting_verb,
            retraction_reason=retraction_reason,
            status=status,
            text=text,
            topics=topics,
        )

        statement_snapshot.additional_properties = d
        return statement_snapshot

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
