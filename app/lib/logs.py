"""Structured logs: every line one JSON object on stderr, the app's own and the libraries' alike.

structlog renders (through Litestar's structlog plugin, so the app configures it as it builds); the standard
library's loggers (ours, uvicorn's, SQLAlchemy's) go through the same formatter, so a log shipper reads one
format. Lines logged while a request runs carry its `request_id` (bound by app/lib/observe.py).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import msgspec
import structlog
from litestar.logging.config import LoggingConfig, StructlogEventFilter, StructLoggingConfig
from litestar.plugins.structlog import StructlogConfig, StructlogPlugin

from app.lib import request_ids


def _add_context(_: object, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    event["process_id"] = os.getpid()  # which worker: they share one log
    request_id = request_ids.CURRENT.get()
    if request_id is not None:
        event.setdefault("request_id", request_id)
    return event


_TIMESTAMP = structlog.processors.TimeStamper(fmt="iso", utc=True)
# msgspec encodes a line in a fifth of json.dumps's time; what it cannot encode is written as its repr().
_ENCODER = msgspec.json.Encoder(enc_hook=repr)


def _dumps(event: Any, **_: Any) -> str:  # noqa: ANN401 - structlog's serializer signature
    return _ENCODER.encode(event).decode()


_JSON = structlog.processors.JSONRenderer(serializer=_dumps)
# What every line gets, whether structlog or the standard library logged it.
_SHARED: list[Any] = [_add_context, structlog.stdlib.add_logger_name, structlog.stdlib.add_log_level, _TIMESTAMP]


def json_formatter() -> structlog.stdlib.ProcessorFormatter:
    """The formatter of the one handler: a JSON object per line, with a traceback as a field of it."""
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*_SHARED, structlog.stdlib.ExtraAdder()],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            StructlogEventFilter(["color_message"]),  # uvicorn's message again, with terminal colours
            structlog.processors.format_exc_info,
            _JSON,
        ],
    )


class _Stderr:
    """sys.stderr as it is when a line is written (see StderrHandler)."""

    def write(self, text: str) -> None:
        sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def request_logger() -> Any:  # noqa: ANN401 - structlog's bound loggers are typed by protocol only
    """The request line's own logger: it renders JSON itself and writes it, a third of the cost of a line through
    the standard library's record, handler and formatter (measured: app/lib/observe.py logs one per request)."""
    return structlog.wrap_logger(
        structlog.WriteLogger(_Stderr()),  # type: ignore[arg-type]
        processors=[_add_context, structlog.processors.add_log_level, _TIMESTAMP, _JSON],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        cache_logger_on_first_use=True,
    ).bind(logger="qurultay.request")


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to sys.stderr as it is when a line is logged, not as it was when logging was configured: a test
    runner's capture (pytest swaps and closes it), or a server that redirected it, still gets every line."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        pass


def _standard_library() -> LoggingConfig:
    # One synchronous stream handler, as uvicorn's access log had: Litestar's default queue handler formats a
    # record to a string before queueing it, which would flatten structlog's event into text.
    return LoggingConfig(
        formatters={"json": {"()": json_formatter}},
        handlers={
            "console": {"()": StderrHandler, "formatter": "json"},
            # Litestar defines a queue handler under this name (starting its thread) unless it is defined here.
            "queue_listener": {"class": "logging.NullHandler"},
        },
        root={"handlers": ["console"], "level": "INFO"},
        loggers={
            "litestar": {"level": "INFO", "handlers": ["console"], "propagate": False},
            # uvicorn's own lines come through the root; its access log is replaced by the request line.
            "uvicorn": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.access": {"level": "WARNING", "handlers": [], "propagate": False},
            "pgserver": {"level": "WARNING"},  # the embedded server's every start and stop
        },
    )


def logging_config() -> StructLoggingConfig:
    return StructLoggingConfig(
        processors=[*_SHARED, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        standard_lib_logging_config=_standard_library(),
        pretty_print_tty=False,
    )


def logging_plugin() -> StructlogPlugin:
    """For create_app. The plugin's request logging stays off: it logs two lines per request and, being route
    middleware, never sees an error raised by our authentication (app/lib/observe.py logs one line instead)."""
    return StructlogPlugin(StructlogConfig(structlog_logging_config=logging_config(), enable_middleware_logging=False))


def configure_logging() -> None:
    """For the `qurultay` command, before any app exists (migrations, the server's own start-up lines)."""
    config = logging_config()
    config.configure()
    if config.standard_lib_logging_config is not None:
        config.standard_lib_logging_config.configure()
