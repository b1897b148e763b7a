from typing import Literal

RegistrationCategory = Literal["delegate", "observer", "participant", "press", "speaker"]

REGISTRATION_CATEGORY_VALUES: set[RegistrationCategory] = {
    "delegate",
    "observer",
    "participant",
    "press",
    "speaker",
}


def check_registration_category(value: str) -> RegistrationCategory:
    if value in REGISTRATION_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_CATEGORY_VALUES!r}")
