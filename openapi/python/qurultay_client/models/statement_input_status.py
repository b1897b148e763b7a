from typing import Literal

StatementInputStatus = Literal["draft", "published"]

STATEMENT_INPUT_STATUS_VALUES: set[StatementInputStatus] = {
    "draft",
    "published",
}


def check_statement_input_status(value: str) -> StatementInputStatus:
    if value in STATEMENT_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATEMENT_INPUT_STATUS_VALUES!r}")
