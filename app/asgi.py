"""Builds the application: wiring only."""

from __future__ import annotations

from advanced_alchemy.extensions.litestar import (
    AsyncSessionConfig,
    EngineConfig,
    SQLAlchemyAsyncConfig,
    SQLAlchemyPlugin,
)
from litestar import Litestar, Router
from litestar.config.compression import CompressionConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware import DefineMiddleware
from litestar.middleware.compression import CompressionMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme

from app.config import SETTINGS_STATE_KEY, Settings, get_settings
from app.db.bootstrap import resolve_database_url
from app.db.read import provide_reader
from app.db.transaction import PLUGIN_SESSION_KEY, RequestTransactionConfig, provide_db_session
from app.domain.accounts.controllers import (
    AuthController,
    ForumOrganizerController,
    MeController,
    OrganizationAccessController,
)
from app.domain.accounts.middleware import AuthenticationMiddleware
from app.domain.accounts.rate_limit import WriteRateLimitMiddleware
from app.domain.audit.controllers import AuditController
from app.domain.audit.deps import provide_audit
from app.domain.changes.controllers import ForumChangesController, LiveController, MyChangesController
from app.domain.changes.deps import close_live_hub
from app.domain.changes.pruning import start_pruning, stop_pruning
from app.domain.forum_sessions.controllers import SessionController
from app.domain.forums.controllers import ForumController, RoomController
from app.domain.health.controllers import HealthController
from app.domain.organizations.controllers import ForumOrganizationController, OrganizationController
from app.domain.participants.controllers import ParticipantController
from app.domain.people.controllers import AffiliationController, PersonController
from app.domain.registrations.controllers import (
    AttendeeRegistrationController,
    ForumRegistrationsController,
    MyRegistrationsController,
    RegistrationController,
    RegistrationDecisionController,
)
from app.domain.statements.controllers import StatementController
from app.lib.di import resolve_dependencies_in_order
from app.lib.errors import EXCEPTION_HANDLERS
from app.lib.etag import ETagMiddleware
from app.lib.guards import provide_principal
from app.lib.i18n import provide_languages
from app.lib.idempotency.deps import provide_idempotency
from app.lib.limits import ReceiveDeadlineMiddleware
from app.lib.logs import logging_plugin
from app.lib.metrics import ObservedPool, metrics_controller
from app.lib.observe import RequestObserver
from app.lib.openapi import API_KEY, BEARER, StrictStructSchemaPlugin, document_central_responses
from app.lib.proxies import TrustedProxies
from app.lib.query import check_parameters
from app.lib.viewer import provide_viewer

API_VERSION = "2.2.0"


# Per-connection planner settings, measured with `make bench` (bench/README.md): the default random_page_cost
# of 4 assumes spinning disks and made rare-word search scan every session.
DATABASE_SESSION_SETTINGS = {"random_page_cost": "1.1"}


def _milliseconds(seconds: float) -> str:
    return str(round(seconds * 1000))


def database_config(settings: Settings, url: str) -> SQLAlchemyAsyncConfig:
    # Every wait is bounded (README, "When the database fails"), and a wait that runs out answers 503 with
    # Retry-After: for a pooled connection (pool_timeout), for a new connection (asyncpg's connect timeout), for
    # a row lock and for one statement (PostgreSQL's own timeouts, set on every connection, and asyncpg's
    # command timeout). A transaction a bug left open is ended by the server, so it cannot hold locks forever.
    server_settings = DATABASE_SESSION_SETTINGS | {
        "lock_timeout": _milliseconds(settings.db_lock_timeout_seconds),
        "statement_timeout": _milliseconds(settings.db_statement_timeout_seconds),
        "idle_in_transaction_session_timeout": _milliseconds(2 * settings.db_statement_timeout_seconds),
    }
    return RequestTransactionConfig(
        connection_string=url,
        engine_config=EngineConfig(
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            pool_timeout=settings.db_pool_timeout_seconds,  # type: ignore[arg-type] # SQLAlchemy takes a float
            # No ping per checkout (a round trip on every read): a connection found dead invalidates the whole
            # pool instead (SQLAlchemy on its own path, app/db/read.py on the lean one), so after an outage the
            # next request connects afresh.
            pool_pre_ping=False,
            poolclass=ObservedPool,  # counts connections in use and requests waiting (app/lib/metrics.py)
            echo=settings.db_echo,
            connect_args={
                "server_settings": server_settings,
                "timeout": settings.db_pool_timeout_seconds,
                # The driver's own bound on one statement, a little past the server's: it ends the wait when the
                # server cannot say so itself (gone from the network mid-statement).
                "command_timeout": settings.db_statement_timeout_seconds + 5,
            },
        ),
        session_config=AsyncSessionConfig(expire_on_commit=False),
        # One transaction per request, committed inside the request before the answer is final, so a failed
        # COMMIT is a 409 or 503 and never a 2xx (app/db/transaction.py); rolled back when the handler raises.
        session_dependency_key=PLUGIN_SESSION_KEY,
        create_all=False,  # the schema is Alembic's alone
        set_default_exception_handler=False,
    )


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="Qurultay API",
        version=API_VERSION,
        description=(
            "Forums, their sessions and speakers, what the speakers said, and who attends. "
            "Errors are RFC 9457 problem details; lists are cursor-paginated."
        ),
        path="/api/docs",
        render_plugins=[ScalarRenderPlugin()],
        # The docs UI and the spec are public like the reads they describe.
        openapi_router=Router("/api/docs", route_handlers=[], opt={"public": True}, include_in_schema=False),
        use_handler_docstrings=False,
        components=Components(
            security_schemes={
                BEARER: SecurityScheme(
                    type="http",
                    scheme="bearer",
                    bearer_format="JWT",
                    description="An access token from log_in, sign_up or refresh_tokens (people).",
                ),
                API_KEY: SecurityScheme(
                    type="apiKey",
                    name="X-API-Key",
                    security_scheme_in="header",
                    description="A partner organization's API key (create_api_key).",
                ),
            }
        ),
    )


API_CONTROLLERS = [
    AuthController,
    MeController,
    ForumOrganizerController,
    OrganizationAccessController,
    ForumController,
    RoomController,
    AuditController,
    SessionController,
    StatementController,
    PersonController,
    AffiliationController,
    AttendeeRegistrationController,
    RegistrationController,
    RegistrationDecisionController,
    ForumRegistrationsController,
    MyRegistrationsController,
    ForumChangesController,
    MyChangesController,
    LiveController,
    ParticipantController,
    OrganizationController,
    ForumOrganizationController,
    HealthController,
]


def create_app(settings: Settings | None = None, *, database_url: str | None = None) -> Litestar:
    settings = settings or get_settings()
    url = database_url or resolve_database_url(settings)
    resolve_dependencies_in_order()
    # /metrics exists only with a token to scrape it with (README, "Running it in production").
    operations = [metrics_controller(settings.metrics_token)] if settings.metrics_token else []
    app = Litestar(
        # One router for the whole API: Litestar merges the handlers a path gets from several controllers (a
        # session's public read and its organizers' writes) only within one router.
        route_handlers=[Router("/", route_handlers=API_CONTROLLERS), *operations],
        plugins=[
            SQLAlchemyPlugin(config=database_config(settings, url)),
            StrictStructSchemaPlugin(),
            logging_plugin(),
        ],
        dependencies={
            "languages": Provide(provide_languages, sync_to_thread=False),
            "principal": Provide(provide_principal, sync_to_thread=False),
            "viewer": Provide(provide_viewer, sync_to_thread=False),
            "reader": Provide(provide_reader, sync_to_thread=False),
            "db_session": Provide(provide_db_session),  # the request's transaction (app/db/transaction.py)
            "audit": Provide(provide_audit, sync_to_thread=False),
            "idempotency": Provide(provide_idempotency, sync_to_thread=False),
        },
        state=State({SETTINGS_STATE_KEY: settings}),
        before_request=check_parameters,
        on_startup=[start_pruning],
        on_shutdown=[close_live_hub, stop_pruning],
        request_max_body_size=settings.max_body_bytes,
        # Outermost first. Compression wraps the ETag middleware so tags are computed on the uncompressed bytes
        # (app/lib/etag.py); it is not the app's compression_config, which would run innermost.
        middleware=[
            DefineMiddleware(ReceiveDeadlineMiddleware, timeout=settings.request_timeout_seconds),
            DefineMiddleware(
                CompressionMiddleware,
                # Live streams go out event by event: a compressor would hold them back until its buffer fills.
                config=CompressionConfig(backend="gzip", minimum_size=1024, exclude_opt_key="streaming"),
            ),
            ETagMiddleware(),
            AuthenticationMiddleware(settings),
            WriteRateLimitMiddleware(settings),  # after authentication: writes count against their caller
        ],
        exception_handlers=EXCEPTION_HANDLERS,
        openapi_config=openapi_config(),
        debug=settings.debug,
    )
    document_central_responses(app)  # 401, 429 and 503 (with Retry-After) in the spec, for every operation
    # Outside routing and the app's exception handler, so every answer (a 404 for no route, a 401 raised by the
    # authentication middleware) is logged and counted and carries the request id. `asgi_handler` is what
    # Litestar.__call__ runs; Litestar pins to one minor version (pyproject.toml), and
    # tests/integration/operations/ fail when this stops working.
    app.asgi_handler = RequestObserver(app.asgi_handler, proxies=TrustedProxies(settings.trusted_proxies))
    return app
