from typing import Literal

ApiKeyInputScope = Literal["read", "read-write"]

API_KEY_INPUT_SCOPE_VALUES: set[ApiKeyInputScope] = {
    "read",
    "read-write",
}


def check_api_key_input_scope(value: str) -> ApiKeyInputScope:
    if value in API_KEY_INPUT_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_INPUT_SCOPE_VALUES!r}")
