from typing import Literal

StatementKind = Literal["paraphrase", "proposal", "quote", "summary"]

STATEMENT_KIND_VALUES: set[StatementKind] = {
    "paraphrase",
    "proposal",
    "quote",
    "summary",
}


def check_statement_kind(value: str) -> StatementKind:
    if value in STATEMENT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATEMENT_KIND_VALUES!r}")
