from typing import Literal

ForumStatus = Literal["archived", "cancelled", "draft", "published"]

FORUM_STATUS_VALUES: set[ForumStatus] = {
    "archived",
    "cancelled",
    "draft",
    "published",
}


def check_forum_status(value: str) -> ForumStatus:
    if value in FORUM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORUM_STATUS_VALUES!r}")
