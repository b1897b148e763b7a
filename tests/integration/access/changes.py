"""The change feed and the live streams: public like the reads they mirror; an attendee's own changes need a
person's account."""

from __future__ import annotations

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
list_forum_changes           200   200   200   200   200   200   200   200   200
list_my_changes              401   200   200   200   200   200   200   403   403
stream_forum_changes         200   200   200   200   200   200   200   200   200
stream_session_statements    200   200   200   200   200   200   200   200   200
"""
