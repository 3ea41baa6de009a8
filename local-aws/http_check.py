"""HTTP-level checks of the local endpoint, runnable against any version of server.py.

    python3 local-aws/http_check.py [--server PATH/TO/server.py] [--requests N] [--threads N]

Starts ``python3 <server> --port 0`` (default: the server.py next to this
file), runs the checks below over raw sockets, prints one JSON object
``{"server": ..., "checks": [{"name", "ok", "detail"}...]}`` and exits 0 if
every check passed, 1 otherwise.  Loopback only; the server is stopped at
the end.  Nothing here measures time: each check is about which bytes arrive
on which connection.

The first check is the reproduction of issue 18 at the HTTP level.  The
terraform provider (AWS SDK for Go v2) loses a response when it has read the
response headers but the body is not there yet at the moment net/http closes
the connection (see http11.py).  A client can only be sure to have the body
with the headers if the server wrote them together; so the check sends
requests the way the SDK does and asserts that the first ``recv()`` that
returns anything holds the complete response -- status line, headers and
all ``Content-Length`` bytes of the body.  werkzeug's handler (the server
before the fix) fails it on most requests; a server that writes each response
with one ``sendall()`` passes it on every request.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
from typing import Any, Callable

HERE = os.path.dirname(os.path.abspath(__file__))
AUTH = (
    "AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/{service}/aws4_request, "
    "SignedHeaders=host;x-amz-date, Signature=0"
)


def ssm_request(port: int, action: str, params: dict[str, Any], extra: str = "") -> bytes:
    body = json.dumps(params).encode()
    head = (
        f"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/x-amz-json-1.1\r\n"
        f"X-Amz-Target: AmazonSSM.{action}\r\n"
        f"Authorization: {AUTH.format(service='ssm')}\r\n"
        f"Content-Length: {len(body)}\r\n{extra}\r\n"
    )
    return head.encode() + body


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes, first_read_complete: bool):
        self.status = status
        self.headers = headers
        self.body = body
        self.first_read_complete = first_read_complete

    def json(self) -> Any:
        return json.loads(self.body or b"{}")


class Conn:
    """A raw HTTP/1.1 client connection that reads responses byte-exactly."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buf = b""
        self.server_closing = False  # the last response said Connection: close

    def reusable(self) -> None:
        """Raise unless the server keeps this connection open for another request."""
        if self.server_closing:
            raise ConnectionError("the server answered Connection: close: no second request possible")

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _recv(self) -> bytes:
        chunk = self.sock.recv(1 << 20)
        self.buf += chunk
        return chunk

    def read_response(self, head_request: bool = False) -> Response:
        """One response; `first_read_complete` = it was whole in the first recv() that had any of it."""
        first = not self.buf
        if first:
            if not self._recv():
                raise ConnectionError("connection closed before a response")
        while b"\r\n\r\n" not in self.buf:
            if not self._recv():
                raise ConnectionError("connection closed inside the response headers")
            first = False
        head, _, rest = self.buf.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
        if 100 <= status < 200:
            self.buf = rest
            return Response(status, headers, b"", True)
        self.server_closing = "close" in headers.get("connection", "").lower()
        length = 0 if head_request or status in (204, 304) else int(headers.get("content-length", "0"))
        complete = first and len(rest) >= length
        while len(rest) < length:
            if not self._recv():
                raise ConnectionError("connection closed inside the response body")
            rest = self.buf.partition(b"\r\n\r\n")[2]
        self.buf = rest[length:]
        return Response(status, headers, rest[:length], complete)

    def closed_by_server(self) -> bool:
        """True if the server closed its end (recv returns b"" without data pending)."""
        if self.buf:
            return False
        self.sock.settimeout(5)
        try:
            return self.sock.recv(1) == b""
        except socket.timeout:
            return False
        except ConnectionError:
            return True

    def close(self) -> None:
        self.sock.close()


# ---------------------------------------------------------------- checks


def create_window(port: int, name: str) -> str:
    conn = Conn(port)
    try:
        conn.send(
            ssm_request(
                port,
                "CreateMaintenanceWindow",
                {"Name": name, "Schedule": "rate(7 days)", "Duration": 2, "Cutoff": 1,
                 "AllowUnassociatedTargets": False},
                "Connection: close\r\n",
            )
        )
        return conn.read_response().json()["WindowId"]
    finally:
        conn.close()


def check_whole_response(port: int, threads: int, per_thread: int) -> tuple[bool, str]:
    """Concurrent callers, a fresh connection each: every response whole in its first read."""
    window = create_window(port, "http-check-whole")
    split: list[str] = []
    errors: list[str] = []
    total = [0]
    lock = threading.Lock()
    actions: list[tuple[str, dict[str, Any]]] = [
        ("GetMaintenanceWindow", {"WindowId": window}),
        ("DescribeMaintenanceWindows", {}),
        ("UpdateMaintenanceWindow", {"WindowId": window, "Description": "x" * 200}),
        ("GetMaintenanceWindow", {"WindowId": "mw-0000000000000000f"}),  # a 400
    ]

    def run(worker: int) -> None:
        for i in range(per_thread):
            action, params = actions[(worker + i) % len(actions)]
            try:
                conn = Conn(port)
                conn.send(ssm_request(port, action, params))
                response = conn.read_response()
                conn.close()
            except (OSError, ValueError) as error:
                with lock:
                    errors.append(f"{action}: {error!r}")
                continue
            with lock:
                total[0] += 1
                if not response.first_read_complete:
                    split.append(action)

    workers = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    detail = (
        f"{len(split)} of {total[0]} responses arrived as headers first and body later"
        f" ({', '.join(sorted(set(split)))})" if split else
        f"all {total[0]} responses whole in their first read"
    )
    if errors:
        detail += f"; {len(errors)} failed: {errors[:3]}"
    return not split and not errors and total[0] == threads * per_thread, detail


def check_keep_alive(port: int) -> tuple[bool, str]:
    """Five requests, one connection, each answered; no Connection: close."""
    window = create_window(port, "http-check-keepalive")
    conn = Conn(port)
    try:
        for i in range(5):
            try:
                conn.send(ssm_request(port, "GetMaintenanceWindow", {"WindowId": window}))
                response = conn.read_response()
            except OSError as error:
                return False, f"request {i + 1} on the connection failed: {error!r}"
            if response.status != 200:
                return False, f"request {i + 1}: HTTP {response.status}"
            if "close" in response.headers.get("connection", "").lower():
                return False, f"response {i + 1} says Connection: close (no keep-alive)"
            if not response.first_read_complete:
                return False, f"response {i + 1} arrived in pieces"
        return True, "5 requests answered on one connection"
    finally:
        conn.close()


def check_pipelining(port: int) -> tuple[bool, str]:
    """Three requests in one write: three responses, in order, on that connection."""
    names = [f"http-check-pipe-{i}" for i in range(3)]
    ids = [create_window(port, name) for name in names]
    conn = Conn(port)
    try:
        conn.send(b"".join(ssm_request(port, "GetMaintenanceWindow", {"WindowId": w}) for w in ids))
        got = []
        for i in range(3):
            try:
                response = conn.read_response()
            except OSError as error:
                return False, f"response {i + 1} of 3 missing: {error!r} (got {got})"
            got.append(response.json().get("Name"))
        return (got == names, f"responses in order {got}" if got == names else f"got {got}, wanted {names}")
    finally:
        conn.close()


def check_expect_continue(port: int) -> tuple[bool, str]:
    """Expect: 100-continue: one interim 100, then the final answer, then the connection still works."""
    conn = Conn(port)
    try:
        request = ssm_request(port, "DescribeMaintenanceWindows", {}, "Expect: 100-continue\r\n")
        head, _, body = request.partition(b"\r\n\r\n")
        conn.send(head + b"\r\n\r\n")
        interim = conn.read_response()
        if interim.status != 100:
            return False, f"first answer HTTP {interim.status}, not 100 Continue"
        conn.send(body)
        statuses = [100]
        final = conn.read_response()
        while 100 <= final.status < 200:
            statuses.append(final.status)
            final = conn.read_response()
        statuses.append(final.status)
        if statuses != [100, 200]:
            return False, f"status lines {statuses}: wanted exactly one 100 Continue then 200"
        conn.reusable()
        conn.send(ssm_request(port, "DescribeMaintenanceWindows", {}))
        again = conn.read_response()
        return again.status == 200, f"status lines {statuses}, next request HTTP {again.status}"
    except OSError as error:
        return False, f"{error!r}"
    finally:
        conn.close()


def check_chunked_request(port: int) -> tuple[bool, str]:
    """A chunked request body is read whole; the connection stays usable."""
    conn = Conn(port)
    try:
        body = json.dumps({"Name": "http-check-chunked", "Schedule": "rate(1 day)", "Duration": 2,
                           "Cutoff": 1, "AllowUnassociatedTargets": True}).encode()
        chunks = b"".join(
            f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:10], body[10:])
        ) + b"0\r\n\r\n"
        conn.send(
            (
                f"POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                "Content-Type: application/x-amz-json-1.1\r\n"
                "X-Amz-Target: AmazonSSM.CreateMaintenanceWindow\r\n"
                f"Authorization: {AUTH.format(service='ssm')}\r\n"
                "Transfer-Encoding: chunked\r\n\r\n"
            ).encode()
            + chunks
        )
        created = conn.read_response()
        window = created.json().get("WindowId")
        if created.status != 200 or not window:
            return False, f"chunked create: HTTP {created.status} {created.body[:200]!r}"
        conn.reusable()
        conn.send(ssm_request(port, "GetMaintenanceWindow", {"WindowId": window}))
        read = conn.read_response()
        ok = read.status == 200 and read.json().get("AllowUnassociatedTargets") is True
        return ok, f"created {window}, read back on the same connection: HTTP {read.status}"
    except OSError as error:
        return False, f"{error!r}"
    finally:
        conn.close()


def check_error_keeps_connection(port: int) -> tuple[bool, str]:
    """A 400 answer (unknown window) does not end the connection."""
    conn = Conn(port)
    try:
        conn.send(ssm_request(port, "GetMaintenanceWindow", {"WindowId": "mw-0000000000000000e"}))
        failed = conn.read_response()
        if failed.status != 400 or failed.json().get("__type") != "DoesNotExistException":
            return False, f"unknown window: HTTP {failed.status} {failed.body[:200]!r}"
        conn.reusable()
        conn.send(ssm_request(port, "DescribeMaintenanceWindows", {}))
        after = conn.read_response()
        return after.status == 200, f"400 DoesNotExistException, then HTTP {after.status} on the same connection"
    except OSError as error:
        return False, f"{error!r}"
    finally:
        conn.close()


def check_head_without_body(port: int) -> tuple[bool, str]:
    """HEAD (S3 HeadBucket) gets headers only; the next response on the connection parses."""
    conn = Conn(port)
    auth = AUTH.format(service="s3")
    try:
        conn.send(
            f"PUT /http-check-bucket HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: {auth}\r\n"
            "Content-Length: 0\r\n\r\n".encode()
        )
        put = conn.read_response()
        conn.reusable()
        conn.send(
            f"HEAD /http-check-bucket HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: {auth}\r\n\r\n".encode()
        )
        head = conn.read_response(head_request=True)
        conn.reusable()
        conn.send(ssm_request(port, "DescribeMaintenanceWindows", {}))
        after = conn.read_response()
        ok = put.status == 200 and head.status == 200 and after.status == 200 and "WindowIdentities" in after.json()
        return ok, f"PUT {put.status}, HEAD {head.status}, then SSM {after.status} on the same connection"
    except (OSError, ValueError) as error:
        return False, f"{error!r}"
    finally:
        conn.close()


def check_client_close(port: int) -> tuple[bool, str]:
    """Connection: close from the client: answered, then closed by the server."""
    conn = Conn(port)
    try:
        conn.send(ssm_request(port, "DescribeMaintenanceWindows", {}, "Connection: close\r\n"))
        response = conn.read_response()
        says_close = "close" in response.headers.get("connection", "").lower()
        closed = conn.closed_by_server()
        return response.status == 200 and says_close and closed, (
            f"HTTP {response.status}, Connection: {response.headers.get('connection')}, closed: {closed}"
        )
    finally:
        conn.close()


def check_http10(port: int) -> tuple[bool, str]:
    """An HTTP/1.0 request without keep-alive: answered, then closed."""
    conn = Conn(port)
    try:
        request = ssm_request(port, "DescribeMaintenanceWindows", {}).replace(b"HTTP/1.1", b"HTTP/1.0", 1)
        conn.send(request)
        response = conn.read_response()
        closed = conn.closed_by_server()
        return response.status == 200 and closed, f"HTTP {response.status}, closed: {closed}"
    finally:
        conn.close()


CHECKS: list[tuple[str, Callable[..., tuple[bool, str]]]] = [
    ("whole-response-in-first-read", check_whole_response),
    ("keep-alive", check_keep_alive),
    ("pipelining", check_pipelining),
    ("expect-100-continue", check_expect_continue),
    ("chunked-request-body", check_chunked_request),
    ("error-keeps-connection", check_error_keeps_connection),
    ("head-without-body", check_head_without_body),
    ("client-connection-close", check_client_close),
    ("http-1.0-closes", check_http10),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--server", default=os.path.join(HERE, "server.py"))
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--requests", type=int, default=15, help="per thread, whole-response check")
    args = parser.parse_args(argv)

    proc = subprocess.Popen(
        [sys.executable, args.server, "--port", "0", "--exit-with-parent"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    results: list[dict[str, Any]] = []
    try:
        assert proc.stdout is not None
        ready = json.loads(proc.stdout.readline())
        port = int(ready["port"])
        for name, check in CHECKS:
            try:
                if check is check_whole_response:
                    ok, detail = check(port, args.threads, args.requests)
                else:
                    ok, detail = check(port)
            except Exception as error:  # noqa: BLE001 -- report, do not stop the run
                ok, detail = False, f"check crashed: {error!r}"
            results.append({"name": name, "ok": ok, "detail": detail})
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    print(json.dumps({"server": os.path.abspath(args.server), "checks": results}, indent=1))
    return 0 if results and all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
