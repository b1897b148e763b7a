"""One folder per domain: controllers (HTTP only) -> services (rules) -> repositories (every query)."""
