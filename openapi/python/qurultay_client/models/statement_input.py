from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.statement_input_status import StatementInputStatus, check_statement_input_status
from ..models.statement_kind import StatementKind, check_statement_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_input import CitationInput
    from ..models.statement_input_text import StatementInputText


T = TypeVar("T", bound="StatementInput")


@_attrs_define
class StatementInput:
    """
    Attributes:
        kind (StatementKind):
        language (str): A lower-case language code: en, ru, kk, az.
        participant_id (UUID):
        text (StatementInputText): Text by language code; at least one.
        citations (list[CitationInput] | Unset):
        position (int | None | Unset): Order within the session, lowest first.
        reporting_verb (None | str | Unset):
        status (StatementInputStatus | Unset):  Default: 'draft'.
        topics (list[str] | Unset): Slugs of existing topics (the topic vocabulary is curated: an unknown slug is
            refused).
    """

    kind: StatementKind
    language: str
    participant_id: UUID
    text: StatementInputText
    citations: list[CitationInput] | Unset = UNSET
    position: int | None | Unset = UNSET
    reporting_verb: None | str | Unset = UNSET
    status: StatementInputStatus | Unset = "draft"
    topics: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        language = self.language

        participant_id = str(self.participant_id)

        text = self.text.to_dict()

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        reporting_verb: None | str | Unset
        if isinstance(self.reporting_verb, Unset):
            reporting_verb = UNSET
        else:
            reporting_verb = self.reporting_verb

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "language": language,
                "participant_id": participant_id,
                "text": text,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations
        if position is not UNSET:
            field_dict["position"] = position
        if reporting_verb is not UNSET:
            field_dict["reporting_verb"] = reporting_verb
        if status is not UNSET:
            field_dict["status"] = status
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_input import CitationInput  # noqa: PLC0415
        from ..models.statement_input_text import StatementInputText  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_statement_kind(d.pop("kind"))

        language = d.pop("language")

        participant_id = UUID(d.pop("participant_id"))

        text = StatementInputText.from_dict(d.pop("text"))

        _citations = d.pop("citations", UNSET)
        citations: list[CitationInput] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationInput.from_dict(citations_item_data)

                citations.append(citations_item)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_reporting_verb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_verb = _parse_reporting_verb(d.pop("reporting_verb", UNSET))

        _status = d.pop("status", UNSET)
        status: StatementInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_statement_input_status(_status)

        topics = cast(list[str], d.pop("topics", UNSET))

        statement_input = cls(
            kind=kind,
            language=language,
            participant_id=participant_id,
            text=text,
            citations=citations,
            position=position,
            reporting_verb=reporting_verb,
            status=status,
            topics=topics,
        )

        return statement_input
