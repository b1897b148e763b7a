from typing import Literal

LegalForm = Literal[
    "government_body",
    "intergovernmental_organization",
    "media",
    "ngo",
    "public_association",
    "public_foundation",
    "public_union",
]

LEGAL_FORM_VALUES: set[LegalForm] = {
    "government_body",
    "intergovernmental_organization",
    "media",
    "ngo",
    "public_association",
    "public_foundation",
    "public_union",
}


def check_legal_form(value: str) -> LegalForm:
    if value in LEGAL_FORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEGAL_FORM_VALUES!r}")
