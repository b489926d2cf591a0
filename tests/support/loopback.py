"""A scriptable HTTP server on loopback for tests: routes, faults and an access log.

One server is one host (``host`` may be any 127.x.y.z address). The access log
records every request (path, arrival time, headers); ``max_active`` is the most
requests it handled at once. A Reply may stall before answering (``delay_s``;
the stall ends early when the client hangs up, so an abandoned request does not
count as in flight), stream a generated body (``chunks``) and omit
Content-Length (``length=False``: the body ends when the connection closes).
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay_s: float = 0.0
    chunks: Callable[[], Iterable[bytes]] | None = None  # a streamed body instead of ``body``
    length: bool = True  # send Content-Length (only for ``body``)


class LoopbackServer:
    """``routes`` maps a path to a Reply, a list of Replies (served in turn, the last
    one repeating) or a callable(handler) -> Reply."""

    def __init__(self, routes: dict, host: str = "127.0.0.1"):
        self.routes = routes
        self.access_log: list[dict] = []
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server._handle(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://{host}:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def _next_reply(self, handler) -> Reply:
        route = self.routes.get(handler.path.split("?")[0])
        if route is None:
            return Reply(404, b"not found", {"Content-Type": "text/plain"})
        if callable(route):
            return route(handler)
        if isinstance(route, list):
            with self._lock:
                n = self._served.get(handler.path, 0)
                self._served[handler.path] = n + 1
            return route[min(n, len(route) - 1)]
        return route

    def _handle(self, handler) -> None:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.access_log.append({"path": handler.path, "time": time.monotonic(),
                                    "headers": dict(handler.headers)})
        try:
            reply = self._next_reply(handler)
            if reply.delay_s and not _stall(handler, reply.delay_s):
                return
            handler.send_response(reply.status)
            for key, value in reply.headers.items():
                handler.send_header(key, value)
            if reply.length and reply.chunks is None:
                handler.send_header("Content-Length", str(len(reply.body)))
            handler.end_headers()
            for chunk in (reply.chunks() if reply.chunks else [reply.body]):
                handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.active -= 1

    def paths(self) -> list[str]:
        return [entry["path"] for entry in self.access_log]

    def count(self, path: str) -> int:
        return self.paths().count(path)


def _stall(handler, seconds: float) -> bool:
    """Sleep ``seconds``; False as soon as the client has closed its end."""
    deadline = time.monotonic() + seconds
    sock = handler.connection
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([sock], [], [], min(left, 0.02))
        if readable:
            try:
                if not sock.recv(1, socket.MSG_PEEK):
                    return False
            except OSError:
                return False
    return True
