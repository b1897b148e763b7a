"""The demo dataset the service starts with."""
