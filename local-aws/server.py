"""Local AWS endpoint for the terraform AWS provider: moto + SSM patches.

    python3 local-aws/server.py [--port 0] [--host 127.0.0.1]
                                [--state-file PATH] [--log-file PATH]

Prints one JSON line ``{"port": N, "pid": N, "endpoint": "http://..."}`` on
stdout once it is listening (port 0 = any free port), then serves until
SIGTERM/SIGINT.

What this adds around moto's own server app:

* ``ssm_patches`` -- the maintenance-window actions/fields moto lacks.
* A request log: with ``--log-file`` or env ``LOCAL_AWS_LOG`` one line per
  request, ``<service> <Action> <HTTP status>``, e.g.
  ``ssm GetMaintenanceWindowTask 200`` (S3 actions are named after the
  matching botocore operation, e.g. ``s3 GetBucketTagging 200``).
* Optional state persistence (``--state-file``) as a *journal* of the
  successful mutating requests, replayed on start.  Snapshots (pickle) do not
  work with moto: its backends hold lambdas, locks and temp files.  A replay
  only reproduces the same ids if moto's random source is in the same state,
  so every mutating request runs with moto's RNG seeded from
  (journal salt, journal position) -- on start each journaled request gets the
  same seed again and so creates the same ``mw-...``/uuid ids.  Requests are
  served one at a time (a lock) to keep that ordering exact; this server is
  for tests, not throughput.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import logging
import os
import secrets
import signal
import sys
import threading
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from moto.moto_api._internal import mock_random  # noqa: E402
from moto.moto_server.werkzeug_app import (  # noqa: E402
    DomainDispatcherApplication,
    create_backend_app,
)
from werkzeug.serving import make_server  # noqa: E402
from werkzeug.test import EnvironBuilder  # noqa: E402

import ssm_patches  # noqa: E402

ssm_patches.apply()

StartResponse = Callable[..., Any]

# Actions that only read.  Anything else is journaled (journaling a read by
# mistake is harmless, it is just replayed; missing a write would not be).
READ_PREFIXES = (
    "Get",
    "Describe",
    "List",
    "Head",
    "Query",
    "Scan",
    "BatchGet",
    "TransactGet",
)

# Headers never worth keeping in the journal (hop-by-hop / recomputed).
SKIP_HEADERS = {"HTTP_TRANSFER_ENCODING", "HTTP_CONNECTION", "HTTP_EXPECT"}


# ---------------------------------------------------------------- naming


def _service_of(environ: dict[str, Any]) -> str:
    """Service from the SigV4 credential scope (…/region/SERVICE/aws4_request)."""
    auth = environ.get("HTTP_AUTHORIZATION", "")
    try:
        scope = auth.split("Credential=", 1)[1].split(",", 1)[0]
        return scope.split("/")[3].lower()
    except IndexError:
        return "unknown"


class _S3Operations:
    """Names S3 REST requests after botocore's operations.

    S3 has no action parameter: the operation is the HTTP method, whether the
    path names the service, a bucket or a key, and the sub-resource in the
    query (``?tagging``, ``?versioning``...).  botocore's model has exactly
    that in each operation's requestUri, so match against it and prefer the
    operation that explains the most query keys.
    """

    def __init__(self) -> None:
        import botocore.session

        model = botocore.session.get_session().get_service_model("s3")
        self.ops: list[tuple[str, str, dict[str, str | None], str]] = []
        for name in model.operation_names:
            operation = model.operation_model(name)
            if operation.deprecated:  # e.g. GetBucketLifecycle vs ...Configuration
                continue
            http = operation.http
            path, _, query = http["requestUri"].partition("?")
            if "{Key+}" in path:
                kind = "key"
            elif "{Bucket}" in path:
                kind = "bucket"
            else:
                kind = "service"
            required: dict[str, str | None] = {}
            for part in filter(None, query.split("&")):
                key, eq, value = part.partition("=")
                if key == "x-id":  # an SDK hint, not always sent
                    continue
                required[key] = value if eq else None
            self.ops.append((http["method"], kind, required, name))

    def name(self, method: str, path: str, query: dict[str, list[str]]) -> str:
        parts = [p for p in path.split("/") if p]
        kind = "service" if not parts else "bucket" if len(parts) == 1 else "key"
        if "x-id" in query:
            return query["x-id"][0]
        best, best_score = f"{method} {kind}", -1
        for op_method, op_kind, required, name in self.ops:
            if op_method != method or op_kind != kind:
                continue
            if all(
                key in query and (value is None or value in query[key])
                for key, value in required.items()
            ) and len(required) > best_score:
                best, best_score = name, len(required)
        return best


_s3_ops: _S3Operations | None = None


def _action_of(environ: dict[str, Any], service: str, body: bytes) -> str:
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:  # JSON protocols: SSM, DynamoDB, ...
        return target.rsplit(".", 1)[-1]
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if "Action" in query:
        return query["Action"][0]
    if environ.get("CONTENT_TYPE", "").startswith("application/x-www-form-urlencoded"):
        form = parse_qs(body.decode("utf-8", "replace"))
        if "Action" in form:  # query protocol: IAM, STS
            return form["Action"][0]
    if service == "s3":
        global _s3_ops
        if _s3_ops is None:
            _s3_ops = _S3Operations()
        return _s3_ops.name(environ["REQUEST_METHOD"], environ.get("PATH_INFO", "/"), query)
    return f"{environ['REQUEST_METHOD']} {environ.get('PATH_INFO', '/')}"


def _is_mutating(service: str, action: str, method: str) -> bool:
    if service == "s3":
        return method not in ("GET", "HEAD", "OPTIONS")
    return not action.startswith(READ_PREFIXES)


# ---------------------------------------------------------------- journal


class Journal:
    """Append-only JSON-lines file of successful mutating requests.

    Line 1 is a header with the RNG salt; every other line one request.
    Written (and flushed) right after each request, so even a SIGKILL loses
    at most the request in flight.
    """

    def __init__(self, path: str | None):
        self.path = path
        self.entries: list[dict[str, Any]] = []
        self.salt = secrets.token_hex(8)
        if path and os.path.exists(path) and os.path.getsize(path) > 0:
            with open(path, encoding="utf-8") as handle:
                lines = [line for line in handle.read().splitlines() if line.strip()]
            header = json.loads(lines[0])
            self.salt = header["salt"]
            for line in lines[1:]:
                try:
                    self.entries.append(json.loads(line))
                except json.JSONDecodeError:
                    # A torn last line (killed mid-write): drop it.
                    print(f"local-aws: ignoring unreadable journal line in {path}", file=sys.stderr)
        elif path:
            self._rewrite()

    @property
    def seq(self) -> int:
        return len(self.entries)

    def seed(self, seq: int) -> None:
        mock_random.seed(f"{self.salt}:{seq}")

    def _rewrite(self) -> None:
        assert self.path
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        with open(self.path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps({"local_aws_journal": 1, "salt": self.salt}) + "\n")
            for entry in self.entries:
                handle.write(json.dumps(entry) + "\n")

    def append(self, entry: dict[str, Any]) -> None:
        self.entries.append(entry)
        if self.path:
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
                handle.flush()

    def reset(self) -> None:
        self.entries = []
        if self.path:
            self._rewrite()


# ---------------------------------------------------------------- app


class LocalAwsApp:
    """WSGI wrapper around moto's dispatcher: serialize, seed, log, journal."""

    def __init__(self, journal: Journal, log_file: str | None):
        self.inner = DomainDispatcherApplication(create_backend_app)
        self.journal = journal
        self.log_file = log_file
        self.lock = threading.Lock()

    def _log(self, line: str) -> None:
        if self.log_file:
            # Opened per line so a test may truncate/rotate the file freely.
            with open(self.log_file, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")

    def _call_inner(self, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes]:
        captured: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"], captured["headers"] = status, headers
            return lambda _data: None

        chunks = self.inner(environ, start_response)
        try:
            body = b"".join(chunks)
        finally:
            if hasattr(chunks, "close"):
                chunks.close()
        return captured["status"], captured["headers"], body

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        body = _read_body(environ)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = False
        path = environ.get("PATH_INFO", "")

        with self.lock:
            if path.startswith("/moto-api/reset"):
                self.journal.reset()
            service = _service_of(environ)
            action = _action_of(environ, service, body)
            mutating = not path.startswith("/moto-api") and _is_mutating(
                service, action, environ["REQUEST_METHOD"]
            )
            seq = self.journal.seq
            if mutating:
                self.journal.seed(seq)
            status, headers, payload = self._call_inner(environ)
            code = int(status.split()[0])
            self._log(f"{service} {action} {code}")
            if mutating and code < 300:
                self.journal.append(_journal_entry(environ, body, seq))

        start_response(status, headers)
        return [payload]

    def replay(self) -> int:
        """Re-run the journal against fresh backends; returns failures."""
        failures = 0
        for entry in self.journal.entries:
            builder = EnvironBuilder(
                method=entry["method"],
                path=entry["path"],
                query_string=entry["query"],
                headers=entry["headers"],
                data=base64.b64decode(entry["body"]),
            )
            environ = builder.get_environ()
            self.journal.seed(entry["seq"])
            status, _headers, payload = self._call_inner(environ)
            if int(status.split()[0]) >= 300:
                failures += 1
                print(
                    f"local-aws: replay of {entry['method']} {entry['path']} failed: "
                    f"{status} {payload[:300]!r}",
                    file=sys.stderr,
                )
        return failures


def _read_body(environ: dict[str, Any]) -> bytes:
    stream = environ["wsgi.input"]
    if environ.get("wsgi.input_terminated") or environ.get("HTTP_TRANSFER_ENCODING") == "chunked":
        return stream.read()
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return stream.read(length) if length > 0 else b""


def _journal_entry(environ: dict[str, Any], body: bytes, seq: int) -> dict[str, Any]:
    headers = {
        key[5:].replace("_", "-").title(): value
        for key, value in environ.items()
        if key.startswith("HTTP_") and key not in SKIP_HEADERS
    }
    if environ.get("CONTENT_TYPE"):
        headers["Content-Type"] = environ["CONTENT_TYPE"]
    return {
        "seq": seq,
        "method": environ["REQUEST_METHOD"],
        "path": environ.get("PATH_INFO", "/"),
        "query": environ.get("QUERY_STRING", ""),
        "headers": headers,
        "body": base64.b64encode(body).decode("ascii"),
    }


# ---------------------------------------------------------------- main


def _watch_parent(on_orphaned: Callable[[], None]) -> None:
    """Call on_orphaned once our parent process is gone (we get reparented)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(1.0)
        on_orphaned()

    threading.Thread(target=watch, daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    parser.add_argument("--state-file", help="journal file: replayed on start, appended per write")
    parser.add_argument("--log-file", default=os.environ.get("LOCAL_AWS_LOG") or None)
    parser.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started us dies (no orphans after a crashed test run)",
    )
    args = parser.parse_args(argv)
    # werkzeug's per-request access log would only fill the parent's pipe.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    journal = Journal(args.state_file)
    app = LocalAwsApp(journal, args.log_file)
    if journal.entries:
        failures = app.replay()
        print(
            f"local-aws: replayed {len(journal.entries)} requests from {args.state_file}"
            f" ({failures} failed)",
            file=sys.stderr,
        )

    server = make_server(args.host, args.port, app, threaded=True)
    port = server.server_address[1]
    # moto builds some URLs (e.g. S3 presigned, Lambda callbacks) from MOTO_PORT.
    os.environ["MOTO_PORT"] = str(port)

    def stop(_signum: int, _frame: Any) -> None:
        # shutdown() blocks until serve_forever returns, so not from its thread.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if args.exit_with_parent:
        _watch_parent(lambda: stop(0, None))

    print(
        json.dumps({"port": port, "pid": os.getpid(), "endpoint": f"http://{args.host}:{port}"}),
        flush=True,
    )
    # The ready line is all stdout is for; a launcher may close its end of
    # the pipe now (cli.ts start does), so never write there again.
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
