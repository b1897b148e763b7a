"""What one client may make the real server (`qurultay serve`, uvicorn) hold (issue 13, item 5): headers past
QURULTAY_MAX_HEADER_BYTES are a 431, a body past QURULTAY_MAX_BODY_BYTES a 413, and a request whose headers or
body do not arrive within QURULTAY_REQUEST_TIMEOUT a 408; each a problem+json answer, and the connection closed.
One server for the module, on raw sockets, since a client library would not send a request this broken."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.processes import HOST
from tests.support.serve import Server, private_data_dir

TIMEOUT = 2  # QURULTAY_REQUEST_TIMEOUT for this server, seconds
MAX_HEADER_BYTES = 16 * 1024
MAX_BODY_BYTES = 64 * 1024
READ_WAIT = 30.0  # how long a test waits for an answer: well past TIMEOUT, so a hang is a failure, not a pass
SIGNUP = "/api/v1/auth/signup"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    env = {
        "QURULTAY_REQUEST_TIMEOUT": str(TIMEOUT),
        "QURULTAY_MAX_HEADER_BYTES": str(MAX_HEADER_BYTES),
        "QURULTAY_MAX_BODY_BYTES": str(MAX_BODY_BYTES),
    }
    data_dir = private_data_dir("qurultay-limits-")
    running = Server(data_dir, env=env)
    try:
        running.start()
        running.wait_ready()
        yield running
    finally:
        running.kill()
        shutil.rmtree(data_dir.parent, ignore_errors=True)


def _connect(server: Server) -> socket.socket:
    sock = socket.create_connection((HOST, server.port), timeout=READ_WAIT)
    sock.settimeout(READ_WAIT)
    return sock


def _read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (a timeout here fails the test)."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, value in (line.split(":", 1) for line in lines)}
    return int(status_line.split()[1]), headers, body


def _assert_problem(raw: bytes, status: int) -> dict[str, Any]:
    assert raw, "the server closed the connection without an answer"
    code, headers, body = _parse(raw)
    assert code == status, raw[:500]
    assert headers["content-type"].startswith("application/problem+json"), headers
    problem: dict[str, Any] = json.loads(body[: int(headers["content-length"])])
    assert problem["status"] == status
    assert problem["title"]
    assert problem["detail"]
    return problem


def _request(path: str, extra_headers: str = "", method: str = "GET", body: bytes = b"") -> bytes:
    length = f"Content-Length: {len(body)}\r\n" if method != "GET" else ""
    return (
        f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n{length}{extra_headers}\r\n"
    ).encode() + body


def test_headers_under_the_limit_are_served(server: Server) -> None:
    # The control: a large header that fits is read, and the request answered as usual.
    with _connect(server) as sock:
        sock.sendall(_request("/health/live", f"X-Padding: {'a' * (MAX_HEADER_BYTES // 2)}\r\n"))
        code, _, body = _parse(_read_until_closed(sock))
    assert code == 200, body


def test_headers_past_the_limit_are_a_431(server: Server) -> None:
    with _connect(server) as sock:
        sock.sendall(_request("/health/live", f"X-Padding: {'a' * (MAX_HEADER_BYTES * 2)}\r\n"))
        _assert_problem(_read_until_closed(sock), 431)


def test_an_endless_header_is_cut_off_at_the_limit_not_buffered(server: Server) -> None:
    # The attack: a header that never ends (50 MB sent slowly). The server answers 431 and closes
    # once the limit is passed; the client finds the connection closed long before it has sent it all.
    sent = 0
    with _connect(server) as sock:
        sock.sendall(b"GET /health/live HTTP/1.1\r\nHost: x\r\nX-Endless: ")
        chunk = b"a" * 65536
        try:
            while sent < 50 * 1024 * 1024:
                sock.sendall(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        with contextlib.suppress(ConnectionResetError):  # a reset can overtake the answer while still sending
            answer = _read_until_closed(sock)
    assert sent < 50 * 1024 * 1024, "the server read a 50 MB header to its end"
    if answer:
        _assert_problem(answer, 431)


def test_headers_that_do_not_arrive_in_time_are_a_408(server: Server) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET /health/live HTTP/1.1\r\nHost: x\r\n")  # and never the blank line that ends them
        problem = _assert_problem(_read_until_closed(sock), 408)
    assert "headers" in problem["detail"]


def test_a_connection_that_sends_nothing_is_closed_with_a_408(server: Server) -> None:
    with _connect(server) as sock:
        _assert_problem(_read_until_closed(sock), 408)


def test_a_body_that_does_not_arrive_in_time_is_a_408(server: Server) -> None:
    with _connect(server) as sock:
        sock.sendall(
            f"POST {SIGNUP} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            '{"email": '.encode()
        )  # 10 of the 100 bytes announced, and then nothing
        raw = _read_until_closed(sock)
    problem = _assert_problem(raw, 408)
    assert "body" in problem["detail"]
    assert _parse(raw)[1].get("connection") == "close"


def test_a_body_past_the_limit_is_a_413(server: Server) -> None:
    body = json.dumps({"email": "big@example.org", "password": "a long passphrase", "full_name": "x" * MAX_BODY_BYTES})
    with _connect(server) as sock:
        sock.sendall(_request(SIGNUP, "Content-Type: application/json\r\n", "POST", body.encode()))
        _assert_problem(_read_until_closed(sock), 413)


def test_a_body_past_the_limit_without_a_length_is_a_413(server: Server) -> None:
    # Chunked: the size is known only as it arrives, and is counted as it does.
    chunk = b"a" * 8192
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(MAX_BODY_BYTES // len(chunk) + 2))
    with _connect(server) as sock:
        sock.sendall(
            f"POST {SIGNUP} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n".encode()
            + chunks
            + b"0\r\n\r\n"
        )
        _assert_problem(_read_until_closed(sock), 413)


def test_a_client_that_hangs_up_mid_body_is_one_log_line_not_a_server_error(server: Server) -> None:
    # Nobody is left to answer, and nothing is wrong with the server: the log says so in one line. A traceback
    # logged as a 500 for every dropped upload would bury real errors (and cost disk to anyone who drops many).
    with _connect(server) as sock:
        sock.sendall(
            f"POST {SIGNUP} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            '{"email": '.encode()
        )
    deadline = time.monotonic() + READ_WAIT
    while "disconnected" not in server.log() and time.monotonic() < deadline:
        time.sleep(0.05)
    log = server.log()
    assert "disconnected" in log, log
    assert "Traceback" not in log, log
    assert "server error" not in log, log
