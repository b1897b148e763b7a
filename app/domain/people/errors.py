"""The people domain's own errors."""

from __future__ import annotations

from app.domain.people.schemas import LikelyDuplicate
from app.lib.errors import ConflictError, ConflictingObject, FieldError


class LikelyDuplicateError(ConflictError):
    """Registering a person who seems to be registered already: the 409 names them (`conflicting`), and the
    caller either uses one of them or sends `allow_duplicate=true` to register a namesake anyway."""

    problem_type = "likely-duplicate"

    def __init__(self, duplicates: list[LikelyDuplicate]) -> None:
        names = ", ".join(f"{found.full_name} ({found.id})" for found in duplicates)
        super().__init__(
            f"this person seems to be registered already: {names}; use that person, or send allow_duplicate=true "
            "to register another person of the same name and organization",
            errors=[
                FieldError(source="body", field="full_name", message="is already registered with this organization")
            ],
        )
        self.conflicting = [ConflictingObject(type="person", id=found.id, name=found.full_name) for found in duplicates]
