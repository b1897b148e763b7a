from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.statement_kind import StatementKind, check_statement_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_input import CitationInput
    from ..models.statement_patch_text_type_0 import StatementPatchTextType0


T = TypeVar("T", bound="StatementPatch")


@_attrs_define
class StatementPatch:
    """
    Attributes:
        citations (list[CitationInput] | Unset):
        kind (StatementKind | Unset):
        language (str | Unset): A lower-case language code: en, ru, kk, az.
        participant_id (Unset | UUID):
        position (int | Unset): Order within the session, lowest first.
        reporting_verb (None | str | Unset):
        text (StatementPatchTextType0 | Unset): Text by language code; at least one.
        topics (list[str] | Unset): Slugs of existing topics (the topic vocabulary is curated: an unknown slug is
            refused).
    """

    citations: list[CitationInput] | Unset = UNSET
    kind: StatementKind | Unset = UNSET
    language: str | Unset = UNSET
    participant_id: Unset | UUID = UNSET
    position: int | Unset = UNSET
    reporting_verb: None | str | Unset = UNSET
    text: StatementPatchTextType0 | Unset = UNSET
    topics: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        citations: list[dict[str, Any]] | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        else:
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item = citations_type_0_item_data.to_dict()
                citations.append(citations_type_0_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        participant_id: str | Unset
        if isinstance(self.participant_id, Unset):
            participant_id = UNSET
        else:
            participant_id = str(self.participant_id)

        position: int | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        reporting_verb: None | str | Unset
        if isinstance(self.reporting_verb, Unset):
            reporting_verb = UNSET
        else:
            reporting_verb = self.reporting_verb

        text: dict[str, Any] | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text.to_dict()

        topics: list[str] | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        else:
            topics = self.topics

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if citations is not UNSET:
            field_dict["citations"] = citations
        if kind is not UNSET:
            field_dict["kind"] = kind
        if language is not UNSET:
            field_dict["language"] = language
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if position is not UNSET:
            field_dict["position"] = position
        if reporting_verb is not UNSET:
            field_dict["reporting_verb"] = reporting_verb
        if text is not UNSET:
            field_dict["text"] = text
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_input import CitationInput  # noqa: PLC0415
        from ..models.statement_patch_text_type_0 import StatementPatchTextType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_citations(data: object) -> list[CitationInput] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            citations_type_0 = []
            _citations_type_0 = data
            for citations_type_0_item_data in _citations_type_0:
                citations_type_0_item = CitationInput.from_dict(citations_type_0_item_data)

                citations_type_0.append(citations_type_0_item)

            return citations_type_0

        citations = _parse_citations(d.pop("citations", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: StatementKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_statement_kind(_kind)

        def _parse_language(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_participant_id(data: object) -> Unset | UUID:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            participant_id_type_0 = UUID(data)

            return participant_id_type_0

        participant_id = _parse_participant_id(d.pop("participant_id", UNSET))

        def _parse_position(data: object) -> int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_reporting_verb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_verb = _parse_reporting_verb(d.pop("reporting_verb", UNSET))

        def _parse_text(data: object) -> StatementPatchTextType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            text_type_0 = StatementPatchTextType0.from_dict(data)

            return text_type_0

        text = _parse_text(d.pop("text", UNSET))

        def _parse_topics(data: object) -> list[str] | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            topics_type_0 = cast(list[str], data)

            return topics_type_0

        topics = _parse_topics(d.pop("topics", UNSET))

        statement_patch = cls(
            citations=citations,
            kind=kind,
            language=language,
            participant_id=participant_id,
            position=position,
            reporting_verb=reporting_verb,
            text=text,
            topics=topics,
        )

        return statement_patch
