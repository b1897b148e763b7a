from typing import Literal

RegistrationInputCategory = Literal["observer", "participant", "press", "speaker"]

REGISTRATION_INPUT_CATEGORY_VALUES: set[RegistrationInputCategory] = {
    "observer",
    "participant",
    "press",
    "speaker",
}


def check_registration_input_category(value: str) -> RegistrationInputCategory:
    if value in REGISTRATION_INPUT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_INPUT_CATEGORY_VALUES!r}")
