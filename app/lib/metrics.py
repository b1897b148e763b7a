"""Prometheus metrics: requests by method, route template and status; the database pool's use.

The request metrics are recorded by app/lib/observe.py, outside Litestar's routing: Litestar's
PrometheusMiddleware is route middleware, so a 401 or 429 raised by our authentication or rate-limit middleware
(answered by the app's outer exception handler) reached it as a 200 of no duration. /metrics is Litestar's
PrometheusController (which also reads prometheus_client's multiprocess directory when several workers share
one), behind a bearer token of its own: unset, there is no /metrics.
"""

from __future__ import annotations

import hmac
from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler
from litestar.plugins.prometheus import PrometheusController
from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics
from sqlalchemy.pool import AsyncAdaptedQueuePool, ConnectionPoolEntry

from app.lib.errors import DomainError
from app.lib.guards import OWN_CREDENTIALS

# A `_created` series beside every counter doubles what is scraped and tells nothing a restart does not.
disable_created_metrics()  # type: ignore[no-untyped-call]

LABELS = ("method", "route", "status")
# Routing failed (404 for a path no route has, 405): one label value, so probing paths cannot grow the series.
UNMATCHED_ROUTE = "(unmatched)"
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

REQUESTS = Counter("qurultay_http_requests", "Requests answered", LABELS)
DURATION = Histogram("qurultay_http_request_duration_seconds", "Time to answer a request", LABELS)
# livesum: with several workers (prometheus_client's multiprocess mode) the pool gauges add up across them.
POOL_IN_USE = Gauge(
    "qurultay_db_pool_connections_in_use", "Pooled connections checked out", multiprocess_mode="livesum"
)
POOL_WAITING = Gauge(
    "qurultay_db_pool_waiting", "Requests waiting for a pooled connection", multiprocess_mode="livesum"
)


# Each series' children, looked up once: `labels()` validates and locks on every call, a cost on every request.
_SERIES: dict[tuple[str, str, int], tuple[Any, Any]] = {}


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    key = (method if method in KNOWN_METHODS else "OTHER", route, status)
    series = _SERIES.get(key)
    if series is None:
        labels = (key[0], route, str(status))
        series = _SERIES[key] = (REQUESTS.labels(*labels), DURATION.labels(*labels))
    series[0].inc()
    series[1].observe(seconds)


class ObservedPool(AsyncAdaptedQueuePool):
    """The app's pool, counting who holds a connection and who waits for one. `_do_get` and `_do_return_conn` are
    the methods SQLAlchemy documents for a pool subclass to implement; every checkout and checkin passes them."""

    # SQLAlchemy names a pool's logger after its class; keep the name (and the quiet level) of the one it extends.
    _sqla_logger_namespace = "sqlalchemy.pool.impl.AsyncAdaptedQueuePool"

    def _do_get(self) -> ConnectionPoolEntry:
        POOL_WAITING.inc()
        try:
            record = super()._do_get()
        finally:
            POOL_WAITING.dec()
        POOL_IN_USE.inc()
        return record

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        POOL_IN_USE.dec()
        super()._do_return_conn(record)


class MetricsTokenError(DomainError):
    status_code = 401
    problem_type = "unauthenticated"

    def __init__(self) -> None:
        super().__init__(
            "/metrics needs 'Authorization: Bearer <QURULTAY_METRICS_TOKEN>'",
            headers={"WWW-Authenticate": 'Bearer realm="metrics"'},
        )


def metrics_controller(token: str) -> type[PrometheusController]:
    expected = f"Bearer {token}".encode()

    async def scraper_only(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        presented = (connection.headers.get("authorization") or "").encode()
        if not hmac.compare_digest(presented, expected):
            raise MetricsTokenError

    class MetricsController(PrometheusController):
        path = "/metrics"
        include_in_schema = False
        guards = [scraper_only]
        # The bearer token here is the scraper's, not a person's: the authentication middleware stays out.
        opt = {OWN_CREDENTIALS: True}

    return MetricsController
