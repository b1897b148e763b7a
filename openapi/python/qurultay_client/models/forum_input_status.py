from typing import Literal

ForumInputStatus = Literal["draft", "published"]

FORUM_INPUT_STATUS_VALUES: set[ForumInputStatus] = {
    "draft",
    "published",
}


def check_forum_input_status(value: str) -> ForumInputStatus:
    if value in FORUM_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORUM_INPUT_STATUS_VALUES!r}")
