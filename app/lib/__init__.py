"""Cross-domain infrastructure: errors, the base Struct, pagination, languages, HTTP caching."""
