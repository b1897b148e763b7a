from typing import Literal

ParticipantRole = Literal["keynote", "moderator", "panelist", "rapporteur", "speaker"]

PARTICIPANT_ROLE_VALUES: set[ParticipantRole] = {
    "keynote",
    "moderator",
    "panelist",
    "rapporteur",
    "speaker",
}


def check_participant_role(value: str) -> ParticipantRole:
    if value in PARTICIPANT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTICIPANT_ROLE_VALUES!r}")
