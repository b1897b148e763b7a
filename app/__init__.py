"""Qurultay: an event-management REST backend for civil-society forums."""
