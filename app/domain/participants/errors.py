"""A speaker on two overlapping sessions: the 409 that names the other session.

The services check first and say which session it is; the exclusion constraint
`ex_session_participants_person_overlap` (migration 0004) refuses the same thing when two requests race, and
app/domain/participants/overlap.py turns that refusal into this same error.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from uuid import UUID

from app.lib.errors import ConflictError, FieldError

SPEAKER_OVERLAP = "ex_session_participants_person_overlap"
ONCE_PER_SESSION = "uq_session_participants_session_person"


@dataclass(frozen=True, slots=True)
class SpeakerConflict:
    """A person already booked on another live session at overlapping times."""

    person_id: UUID
    full_name: str
    session_id: UUID
    title: dict[str, str]
    language: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime


class SpeakerConflictError(ConflictError):
    problem_type = "speaker-conflict"

    @classmethod
    def of(cls, conflict: SpeakerConflict | None, *, field: str) -> SpeakerConflictError:
        if conflict is None:
            # The other booking changed again before it could be looked up: still say what was refused.
            detail = "a speaker would be on two sessions at overlapping times (refused by the database)"
        else:
            title = conflict.title.get(conflict.language) or next(iter(conflict.title.values()), "")
            detail = (
                f"{conflict.full_name} ({conflict.person_id}) is already on session {conflict.session_id} "
                f"{title!r}, {conflict.starts_at.isoformat()} to {conflict.ends_at.isoformat()}, which overlaps"
            )
        return cls(detail, errors=[FieldError(source="body", field=field, message="overlaps another session")])
