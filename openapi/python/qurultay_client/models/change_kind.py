from typing import Literal

ChangeKind = Literal["forum", "organization", "participant", "person", "room", "session", "statement"]

CHANGE_KIND_VALUES: set[ChangeKind] = {
    "forum",
    "organization",
    "participant",
    "person",
    "room",
    "session",
    "statement",
}


def check_change_kind(value: str) -> ChangeKind:
    if value in CHANGE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_KIND_VALUES!r}")
