"""The HTTP/1.1 layer of the local endpoint: persistent connections, one write per response.

Why not werkzeug's own request handler (what ``werkzeug.serving.make_server``
gives, and what this server used before):

* It writes the status line and headers with one ``send()`` and the body with
  another.  Between the two the handler thread can lose the GIL for
  milliseconds when 20 requests are in flight, so a client can hold the
  headers of a response long before its body arrives.  The AWS SDK for Go v2
  (in the terraform provider) turns that gap into a failed call: as soon as
  the headers are in, smithy-go's ``ClientHandler`` closes the request body;
  net/http's write loop, which drains that body once more after sending it,
  gets ``io.EOF`` from smithy-go's closed ``safeReadCloser.WriteTo``, treats
  it as a write error and closes the connection -- so reading the body that
  is still in flight fails with ``use of closed network connection`` although
  the server answered 200.  (``help/testing-offline.md`` and
  ``local-aws/README.md`` have the strace evidence.)  Here the whole response
  -- status line, headers and body -- goes out in a single ``sendall()``, so
  a client that has the headers has the body too.
* It sends ``Connection: close`` on every response (werkzeug 3 "does not
  handle keep-alive well"), so every call opens and tears down a TCP
  connection and a thread.  Here connections persist (HTTP/1.1 default),
  pipelined requests are answered in order, and a connection only closes
  when the client asks (``Connection: close``, HTTP/1.0 without keep-alive),
  after an unparsable request, or when the server stops.  Idle connections
  are never timed out by the server: a server-side idle close that races a
  client reusing the connection for a POST is exactly the kind of dropped
  call this layer exists to prevent.
* ``Expect: 100-continue`` got two ``100 Continue`` lines (one from
  ``http.server``, one from werkzeug); here it gets exactly one.

Request bodies are always read completely (``Content-Length`` or chunked)
before the application runs, so nothing of a request is left on the socket
to be mistaken for the next request line.

The environ is still built by werkzeug's ``make_environ`` so moto sees the
same WSGI environment as before.
"""

from __future__ import annotations

import io
import socket
from http import HTTPStatus
from typing import Any, Callable

from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

# Hop-by-hop headers the application must not decide; this layer writes them.
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}

Send = Callable[[str, list[tuple[str, str]], bytes], None]


class BadRequest(Exception):
    """The request cannot be read (bad Content-Length, broken chunking)."""


def read_body(environ: dict[str, Any]) -> bytes:
    """The whole request body, by Content-Length or chunked encoding."""
    stream = environ["wsgi.input"]
    if environ.get("wsgi.input_terminated"):  # werkzeug's DechunkedInput
        try:
            return stream.read()
        except OSError as error:
            raise BadRequest(f"bad chunked body: {error}") from error
    raw = environ.get("CONTENT_LENGTH") or "0"
    try:
        length = int(raw)
    except ValueError as error:
        raise BadRequest(f"bad Content-Length {raw!r}") from error
    if length < 0:
        raise BadRequest(f"bad Content-Length {raw!r}")
    body = stream.read(length) if length else b""
    if len(body) != length:
        raise ConnectionError("client closed the connection inside the request body")
    return body


def _reason(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ""


class KeepAliveHandler(WSGIRequestHandler):
    """One thread per connection, any number of requests per connection."""

    protocol_version = "HTTP/1.1"
    # Responses are single writes already; this only spares the 100-continue
    # interim response a delayed-ACK wait.
    disable_nagle_algorithm = True

    def run_wsgi(self) -> None:  # werkzeug maps every do_<METHOD> here
        # http.server's parse_request() has already answered an
        # "Expect: 100-continue" (handle_expect_100) and decided
        # self.close_connection from the version and Connection header.
        environ = self.make_environ()
        try:
            body = read_body(environ)
        except BadRequest as error:
            self.close_connection = True
            self._write_response(
                "400 Bad Request", [("Content-Type", "text/plain")], str(error).encode()
            )
            return
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = False

        sent = False

        def send(status: str, headers: list[tuple[str, str]], payload: bytes) -> None:
            nonlocal sent
            if sent:
                raise AssertionError("response sent twice")
            sent = True
            self._write_response(status, headers, payload)

        try:
            self.server.app.handle(environ, body, send)  # type: ignore[attr-defined]
        except (ConnectionError, socket.timeout):
            raise
        except Exception as error:  # noqa: BLE001 -- answer rather than drop the call
            self.server.log("error", f"local-aws: error serving request: {error!r}")
            if not sent:
                self.close_connection = True
                self._write_response(
                    "500 Internal Server Error",
                    [("Content-Type", "text/plain")],
                    f"local-aws: {error!r}".encode(),
                )
        if not sent:
            self.close_connection = True
            self._write_response("500 Internal Server Error", [], b"no response")

    def _write_response(
        self, status: str, headers: list[tuple[str, str]], payload: bytes
    ) -> None:
        code = int(status.split(None, 1)[0])
        if " " not in status.strip():
            status = f"{code} {_reason(code)}"
        no_body = self.command == "HEAD" or 100 <= code < 200 or code in (204, 304)
        lines = [f"{self.protocol_version} {status}"]
        names = set()
        app_length = None
        for name, value in headers:
            lower = name.lower()
            if lower == "content-length":
                app_length = value
            if lower in HOP_BY_HOP:
                continue
            names.add(lower)
            lines.append(f"{name}: {value}")
        if "date" not in names:
            lines.append(f"Date: {self.date_time_string()}")
        if self.command == "HEAD" or code == 304:
            # The length the GET would have had, if the application said it.
            if app_length is not None:
                lines.append(f"Content-Length: {app_length}")
        elif not (100 <= code < 200 or code == 204):
            lines.append(f"Content-Length: {len(payload)}")
        if self.close_connection:
            lines.append("Connection: close")
        elif self.request_version == "HTTP/1.0":
            lines.append("Connection: keep-alive")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        # One write: a client that sees the headers sees the body.
        self.connection.sendall(head if no_body else head + payload)


class KeepAliveServer(ThreadedWSGIServer):
    """werkzeug's threaded server (socket setup, daemon threads) with our handler."""

    request_queue_size = 1024

    def __init__(self, host: str, port: int, app: Any) -> None:
        super().__init__(host, port, app, handler=KeepAliveHandler)
