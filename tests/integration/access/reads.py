"""The public reads, the health checks and the API docs: anyone may call them."""

from __future__ import annotations

TABLE = """
#                            anon  att   pA    pB    orgX  orgY  admin keyA  keyAr
list_forums                  200   200   200   200   200   200   200   200   200
get_forum                    200   200   200   200   200   200   200   200   200
list_forum_sessions          200   200   200   200   200   200   200   200   200
get_session                  200   200   200   200   200   200   200   200   200
list_session_statements      200   200   200   200   200   200   200   200   200
search_statements            200   200   200   200   200   200   200   200   200
get_person                   200   200   200   200   200   200   200   200   200
list_person_statements       200   200   200   200   200   200   200   200   200
list_organizations           200   200   200   200   200   200   200   200   200
list_forum_speakers          200   200   200   200   200   200   200   200   200
list_forum_organizations     200   200   200   200   200   200   200   200   200
get_organization             200   200   200   200   200   200   200   200   200
check_liveness               200   200   200   200   200   200   200   200   200
check_readiness              200   200   200   200   200   200   200   200   200
GET /api/docs                200   200   200   200   200   200   200   200   200
GET /api/docs/scalar         200   200   200   200   200   200   200   200   200
GET /api/docs/openapi.json   200   200   200   200   200   200   200   200   200
GET /api/docs/{path:str}     404   404   404   404   404   404   404   404   404
"""
