"""A scriptable HTTP server on 127.0.0.1 for tests: routes, faults and an access log."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay_s: float = 0.0


class LoopbackServer:
    """``routes`` maps a path to a Reply, a list of Replies (served in turn, the last
    one repeating) or a callable(handler) -> Reply."""

    def __init__(self, routes: dict):
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

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

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
            if reply.delay_s:
                time.sleep(reply.delay_s)
            handler.send_response(reply.status)
            for key, value in reply.headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(reply.body)))
            handler.end_headers()
            handler.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.active -= 1

    def paths(self) -> list[str]:
        return [entry["path"] for entry in self.access_log]
