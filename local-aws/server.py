"""Local AWS endpoint for the terraform AWS provider: moto + SSM patches.

    python3 local-aws/server.py [--port 0] [--host 127.0.0.1]
                                [--state-file PATH] [--log-file PATH] [--log-timing]
                                [--compact-min-entries N]

Prints one JSON line ``{"port": N, "pid": N, "endpoint": "http://..."}`` on
stdout once it is listening (port 0 = any free port), then serves until
SIGTERM/SIGINT.

What this adds around moto's own server app:

* ``http11`` -- the HTTP/1.1 layer: persistent connections, pipelining, one
  ``sendall()`` per response (status line + headers + body), exactly one
  ``100 Continue``.  werkzeug's handler wrote headers and body separately and
  closed every connection, which made the Go SDK in the terraform provider
  fail calls the server had answered (see http11's docstring).
* ``ssm_patches`` -- the maintenance-window actions/fields moto lacks,
  ClientToken idempotency and Describe* pagination.
* A request log: with ``--log-file`` or env ``LOCAL_AWS_LOG`` one line per
  request, ``<service> <Action> <HTTP status>``, e.g.
  ``ssm GetMaintenanceWindowTask 200`` (S3 actions are named after the
  matching botocore operation, e.g. ``s3 GetBucketTagging 200``); with
  ``--log-timing`` a fourth field, the milliseconds from the request being
  read to its response being sent (lock wait included), e.g. ``1.92ms``.
* Optional state persistence (``--state-file``) as a *journal* of the
  successful mutating requests, replayed on start.  Snapshots (pickle) do not
  work with moto: its backends hold lambdas, locks and temp files.  A replay
  only reproduces the same ids if moto's random source is in the same state,
  so every mutating request runs with moto's RNG seeded from
  (journal salt, sequence number) -- on start each journaled request gets the
  same seed again and so creates the same ``mw-...``/uuid ids.  Requests run
  one at a time (a lock) to keep that ordering exact; a write is journaled
  after its response is sent (so a crash never leaves an unanswered write
  behind).  On start a journal of at least ``--compact-min-entries`` requests
  (default 1000, 0 = never) is compacted: see ``compaction.py``.
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
import time
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs

# No __pycache__ next to the sources (this directory is part of the repository).
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from moto.moto_api._internal import mock_random  # noqa: E402
from moto.moto_api._internal.models import moto_api_backend  # noqa: E402
from moto.moto_server.werkzeug_app import (  # noqa: E402
    DomainDispatcherApplication,
    create_backend_app,
)
from werkzeug.test import EnvironBuilder  # noqa: E402

import compaction  # noqa: E402
import http11  # noqa: E402
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

    Line 1 is a header with the RNG salt (and, after a compaction, the next
    sequence number); every other line one request with its sequence number
    ``seq``, which seeds moto's RNG when it runs (live or replayed).  Sequence
    numbers only grow: a compaction drops lines but never renumbers them, so
    the remaining requests recreate the same ids.

    A request is appended *after* its response has been handed to the
    kernel, with one ``write()`` of the whole line on an ``O_APPEND`` file:
    a SIGKILL can lose a request that was just answered (a window of one
    system call), but never leaves a request in the journal whose answer the
    client did not get, and never tears a line.  No fsync: this survives the
    process dying, not the machine.
    """

    def __init__(self, path: str | None):
        self.path = path
        self.entries: list[dict[str, Any]] = []
        self.salt = secrets.token_hex(8)
        self.next_seq = 0
        self._fd: int | None = None
        if path and os.path.exists(path) and os.path.getsize(path) > 0:
            with open(path, encoding="utf-8") as handle:
                lines = [line for line in handle.read().splitlines() if line.strip()]
            header = json.loads(lines[0])
            self.salt = header["salt"]
            self.next_seq = int(header.get("next_seq", 0))
            for line in lines[1:]:
                try:
                    self.entries.append(json.loads(line))
                except json.JSONDecodeError:
                    # A torn line (killed mid-write by an older version): drop it.
                    print(f"local-aws: ignoring unreadable journal line in {path}", file=sys.stderr)
            if self.entries:
                self.next_seq = max(self.next_seq, max(e["seq"] for e in self.entries) + 1)
        elif path:
            self._rewrite()

    @property
    def seq(self) -> int:
        """Sequence number of the next mutating request."""
        return self.next_seq

    def seed(self, seq: int) -> None:
        mock_random.seed(f"{self.salt}:{seq}")

    def _close_fd(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _rewrite(self) -> None:
        """Write header + entries to a temp file and rename it over the journal."""
        assert self.path
        self._close_fd()
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        tmp = f"{self.path}.tmp-{os.getpid()}"
        with open(tmp, "w", encoding="utf-8") as handle:
            header = {"local_aws_journal": 1, "salt": self.salt, "next_seq": self.next_seq}
            handle.write(json.dumps(header) + "\n")
            for entry in self.entries:
                handle.write(json.dumps(entry) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

    def line(self, entry: dict[str, Any]) -> bytes:
        return (json.dumps(entry) + "\n").encode("utf-8")

    def append(self, entry: dict[str, Any], line: bytes | None = None) -> None:
        self.entries.append(entry)
        self.next_seq = max(self.next_seq, entry["seq"] + 1)
        if self.path:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            data = line if line is not None else self.line(entry)
            written = os.write(self._fd, data)
            while written < len(data):  # regular files: never in practice
                written += os.write(self._fd, data[written:])

    def reset(self) -> None:
        self.entries = []
        self.next_seq = 0
        if self.path:
            self._rewrite()

    def replace_entries(self, entries: list[dict[str, Any]]) -> None:
        """Compaction: keep `entries` (a subset, same seqs) and rewrite the file."""
        self.entries = entries
        if self.path:
            self._rewrite()


# ---------------------------------------------------------------- app


class LocalAwsApp:
    """moto's dispatcher behind one lock: serialize, seed, log, journal."""

    def __init__(self, journal: Journal, log_file: str | None, log_timing: bool = False):
        self.inner = DomainDispatcherApplication(create_backend_app)
        self.journal = journal
        self.log_file = log_file
        self.log_timing = log_timing
        self.lock = threading.Lock()
        self._log_lock = threading.Lock()

    def _log(self, service: str, action: str, code: int, started: float) -> None:
        if not self.log_file:
            return
        line = f"{service} {action} {code}"
        if self.log_timing:
            line += f" {(time.perf_counter() - started) * 1000:.2f}ms"
        with self._log_lock:
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

    def handle(self, environ: dict[str, Any], body: bytes, send: http11.Send) -> None:
        """Serve one request whose body has been read; `send` writes the response.

        A successful write is journaled after `send` returned, still under
        the lock, so the journal order is the order the requests ran in and
        holds no write whose answer was not sent (see Journal).
        """
        started = time.perf_counter()
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
            if mutating and code < 300:
                entry = _journal_entry(environ, body, seq)
                line = self.journal.line(entry)
                try:
                    send(status, headers, payload)
                finally:
                    # Journaled even if the client hung up: the backends
                    # hold the write, and the next write must not reuse seq.
                    self.journal.append(entry, line)
                    self._log(service, action, code, started)
                return
        send(status, headers, payload)
        self._log(service, action, code, started)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Plain WSGI entry point (e.g. werkzeug's test client)."""
        body = http11.read_body(environ)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = False
        out: list[bytes] = []

        def send(status: str, headers: list[tuple[str, str]], payload: bytes) -> None:
            start_response(status, headers)
            out.append(payload)

        self.handle(environ, body, send)
        return out

    def replay(
        self, entries: list[dict[str, Any]] | None = None
    ) -> tuple[int, list[tuple[dict[str, Any], int, bytes]]]:
        """Re-run journal entries against the current backends.

        Returns the number of failures and, per entry, (entry, status code,
        response body) -- compaction reads the created ids from the bodies.
        """
        failures = 0
        results: list[tuple[dict[str, Any], int, bytes]] = []
        for entry in self.journal.entries if entries is None else entries:
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
            code = int(status.split()[0])
            results.append((entry, code, payload))
            if code >= 300:
                failures += 1
                print(
                    f"local-aws: replay of {entry['method']} {entry['path']} failed: "
                    f"{status} {payload[:300]!r}",
                    file=sys.stderr,
                )
        return failures, results

    def restore(self, compact_min_entries: int) -> str:
        """Replay the journal on start; compact it first if it has grown large.

        Compaction (see compaction.py) drops the maintenance-window requests
        whose effect is gone (objects deleted later, updates superseded by a
        later full update).  It is only kept if replaying the compacted
        journal into fresh backends gives the same SSM state as replaying
        all of it; otherwise the journal stays as it was.
        """
        entries = self.journal.entries
        if not entries:
            return "empty journal"
        failures, results = self.replay()
        summary = f"replayed {len(entries)} requests ({failures} failed)"
        if compact_min_entries <= 0 or len(entries) < compact_min_entries:
            return summary
        kept = compaction.compact([(e, code, body, _entry_action(e)) for e, code, body in results])
        if len(kept) == len(entries):
            return summary + "; nothing to compact"
        before = ssm_patches.state_digest()
        moto_api_backend.reset()
        kept_failures, _ = self.replay(kept)
        after = ssm_patches.state_digest()
        if kept_failures == 0 and after == before:
            self.journal.replace_entries(kept)
            return summary + f"; compacted to {len(kept)} requests"
        print(
            "local-aws: compacted journal does not replay to the same state; keeping it whole",
            file=sys.stderr,
        )
        moto_api_backend.reset()
        self.replay()
        return summary + "; compaction rejected"


def _entry_action(entry: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(service, action, JSON params) of a journal entry; params {} if not JSON."""
    headers = {key.lower(): value for key, value in entry["headers"].items()}
    service = _service_of({"HTTP_AUTHORIZATION": headers.get("authorization", "")})
    target = headers.get("x-amz-target", "")
    action = target.rsplit(".", 1)[-1] if target else ""
    params: dict[str, Any] = {}
    if target:
        try:
            decoded = json.loads(base64.b64decode(entry["body"]) or b"{}")
            params = decoded if isinstance(decoded, dict) else {}
        except ValueError:
            params = {}
    return service, action, params


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
        "--log-timing",
        action="store_true",
        help="add the milliseconds each request took as a 4th field of the request log",
    )
    parser.add_argument(
        "--compact-min-entries",
        type=int,
        default=int(os.environ.get("LOCAL_AWS_COMPACT_MIN_ENTRIES") or 1000),
        help="compact the journal on start when it has at least this many requests (0 = never)",
    )
    parser.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="stop when the process that started us dies (no orphans after a crashed test run)",
    )
    args = parser.parse_args(argv)
    # werkzeug's per-request access log would only fill the parent's pipe.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    journal = Journal(args.state_file)
    app = LocalAwsApp(journal, args.log_file, log_timing=args.log_timing)
    if journal.entries:
        print(
            f"local-aws: {args.state_file}: {app.restore(args.compact_min_entries)}",
            file=sys.stderr,
        )

    server = http11.KeepAliveServer(args.host, args.port, app)
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
        # Let a write in flight finish and be journaled before the process
        # (and with it every idle keep-alive thread, all daemons) goes away.
        with app.lock:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
