from typing import Literal

StatementStatus = Literal["draft", "published", "retracted", "submitted"]

STATEMENT_STATUS_VALUES: set[StatementStatus] = {
    "draft",
    "published",
    "retracted",
    "submitted",
}


def check_statement_status(value: str) -> StatementStatus:
    if value in STATEMENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATEMENT_STATUS_VALUES!r}")
