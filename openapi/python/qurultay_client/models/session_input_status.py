from typing import Literal

SessionInputStatus = Literal["draft", "published"]

SESSION_INPUT_STATUS_VALUES: set[SessionInputStatus] = {
    "draft",
    "published",
}


def check_session_input_status(value: str) -> SessionInputStatus:
    if value in SESSION_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_INPUT_STATUS_VALUES!r}")
