"""Serve the offline demo news site on loopback (standard library only).

One threaded HTTP server holds two fictional sources, told apart by path prefix:
``/daily/`` (The Harbour Daily, WordPress-style, RSS feed) and ``/wire/`` (Coastline
Wire, Ghost-style, sitemap index with a Google News sitemap). ``/robots.txt`` serves both.

What the server does, in the order a request meets it:
1. map the URL path to a file under ``root``: ``/x/`` serves ``/x/index.html``, a directory
   without its slash redirects (301) to it, anything outside ``root`` or missing is 404;
2. read the file and, for ``.xml`` and ``.txt`` files, replace the placeholder ``{base}``
   with the server's own ``http://host:port`` (HTML is served verbatim: its links are
   root-relative, so pages and their ETags do not depend on the port);
3. answer 304 to a matching ``If-None-Match`` (or, without one, ``If-Modified-Since``),
   else 200 with ``ETag``, ``Last-Modified`` and the right ``Content-Type``;
4. record the request in ``access_log`` and write nothing to stderr.

Use ``serve_site()`` as a context manager in tests and the demo, or
``python -m scrapers.demo_site --port 8765`` to browse it.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.server
import signal
import threading
import time
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

SITE_ROOT = Path(__file__).resolve().with_name("site")
BASE_PLACEHOLDER = b"{base}"
SUBSTITUTED_SUFFIXES = frozenset({".xml", ".txt"})
RSS_FILE_NAMES = frozenset({"feed.xml", "rss.xml"})
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}
RSS_CONTENT_TYPE = "application/rss+xml"
DEFAULT_CONTENT_TYPE = "application/octet-stream"
INDEX_FILE = "index.html"
POLL_INTERVAL_S = 0.1  # how quickly stop() is noticed


@dataclass(frozen=True)
class Resource:
    """One file as served: body after substitution, and its validators."""

    body: bytes
    content_type: str
    etag: str
    last_modified: int  # whole seconds since the epoch (HTTP dates have no fractions)


class DemoSite:
    """A running demo server: ``base_url``, ``access_log`` and ``stop()``."""

    def __init__(self, server: "_DemoHTTPServer", thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        self._stopped = False

    @property
    def base_url(self) -> str:
        return self._server.base_url

    @property
    def access_log(self) -> list[dict]:
        return self._server.access_log

    def url(self, path: str) -> str:
        """Absolute URL of a site path such as ``/daily/feed.xml``."""
        return self.base_url + path

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class _DemoHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], root: Path) -> None:
        super().__init__(address, _DemoRequestHandler)
        self.root = root.resolve()
        self.base_url = f"http://{address[0]}:{self.server_address[1]}"
        self.access_log: list[dict] = []
        self._log_lock = threading.Lock()

    def record_request(self, entry: dict) -> None:
        with self._log_lock:
            self.access_log.append(entry)

    def handle_error(self, request, client_address) -> None:
        """Stay silent when a client hangs up mid-response."""


class _DemoRequestHandler(http.server.BaseHTTPRequestHandler):
    server: _DemoHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "NewsetlDemoSite/1.0"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def send_response(self, code: int, message: str | None = None) -> None:
        super().send_response(code, message)
        self.server.record_request(_make_log_entry(self, code))

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature of the base class
        """Silence the default stderr access log; see ``access_log`` instead."""

    def _respond(self, send_body: bool) -> None:
        url_path = urlsplit(self.path).path
        file_path = find_site_file(self.server.root, url_path)
        if file_path is None and is_directory_without_slash(self.server.root, url_path):
            self._send_redirect(url_path + "/")
        elif file_path is None:
            self._send_bytes(404, b"Not Found\n", {"Content-Type": "text/plain; charset=utf-8"}, send_body)
        else:
            self._send_resource(load_resource(file_path, self.server.base_url), send_body)

    def _send_resource(self, resource: Resource, send_body: bool) -> None:
        headers = {"ETag": resource.etag, "Last-Modified": formatdate(resource.last_modified, usegmt=True)}
        if is_not_modified(self.headers, resource):
            self._send_bytes(304, b"", headers, send_body=False)
            return
        headers["Content-Type"] = resource.content_type
        self._send_bytes(200, resource.body, headers, send_body)

    def _send_redirect(self, location: str) -> None:
        self._send_bytes(301, b"", {"Location": location}, send_body=False)

    def _send_bytes(self, status: int, body: bytes, headers: dict, send_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)


def _make_log_entry(handler: http.server.BaseHTTPRequestHandler, status: int) -> dict:
    request_headers = getattr(handler, "headers", None)
    return {
        "method": handler.command,
        "path": getattr(handler, "path", None),
        "status": status,
        "headers": dict(request_headers.items()) if request_headers is not None else {},
        "time": time.time(),
    }


def find_site_file(root: Path, url_path: str) -> Path | None:
    """The file under ``root`` that ``url_path`` names, or None (missing or outside root)."""
    relative = unquote(url_path).lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += INDEX_FILE
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def is_directory_without_slash(root: Path, url_path: str) -> bool:
    """True for ``/wire/about`` when ``/wire/about/index.html`` exists."""
    if url_path.endswith("/"):
        return False
    return find_site_file(root, url_path + "/") is not None


def load_resource(file_path: Path, base_url: str) -> Resource:
    """Read a file, substitute ``{base}`` where it applies and compute its validators."""
    body = file_path.read_bytes()
    if file_path.suffix in SUBSTITUTED_SUFFIXES:
        body = body.replace(BASE_PLACEHOLDER, base_url.encode("ascii"))
    return Resource(
        body=body,
        content_type=guess_content_type(file_path),
        etag='"' + hashlib.sha1(body).hexdigest() + '"',
        last_modified=int(file_path.stat().st_mtime),
    )


def guess_content_type(file_path: Path) -> str:
    if file_path.name in RSS_FILE_NAMES:
        return RSS_CONTENT_TYPE
    return CONTENT_TYPES.get(file_path.suffix, DEFAULT_CONTENT_TYPE)


def is_not_modified(request_headers, resource: Resource) -> bool:
    """RFC 9110 13.2.2: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        return is_etag_match(if_none_match, resource.etag)
    since = parse_http_date(request_headers.get("If-Modified-Since"))
    return since is not None and resource.last_modified <= since


def is_etag_match(if_none_match: str, etag: str) -> bool:
    """Weak comparison of an If-None-Match list (``*``, ``W/"x"``, ``"a", "b"``) with ``etag``."""
    candidates = [tag.strip() for tag in if_none_match.split(",")]
    return "*" in candidates or any(_strip_weak(tag) == etag for tag in candidates)


def _strip_weak(tag: str) -> str:
    return tag[2:] if tag.startswith("W/") else tag


def parse_http_date(value: str | None) -> int | None:
    """Seconds since the epoch of an HTTP date, or None if absent or malformed."""
    if not value:
        return None
    try:
        return int(parsedate_to_datetime(value).timestamp())
    except (TypeError, ValueError, IndexError):
        return None


def start_site(root: Path | None = None, host: str = "127.0.0.1", port: int = 0) -> DemoSite:
    """Start the server on a daemon thread and return it running; call ``stop()`` when done."""
    server = _DemoHTTPServer((host, port), root or SITE_ROOT)
    thread = threading.Thread(target=server.serve_forever, args=(POLL_INTERVAL_S,), name="demo-site", daemon=True)
    thread.start()
    return DemoSite(server, thread)


@contextlib.contextmanager
def serve_site(root: Path | None = None, host: str = "127.0.0.1", port: int = 0) -> Iterator[DemoSite]:
    """Serve the demo site for the duration of a ``with`` block (port 0 picks a free port)."""
    site = start_site(root, host, port)
    try:
        yield site
    finally:
        site.stop()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scrapers.demo_site", description="Serve the offline demo news site.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on; 0 picks a free one (default 8765)")
    parser.add_argument("--root", type=Path, default=None, help="directory to serve (default: the bundled site)")
    return parser.parse_args(argv)


def _raise_keyboard_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl-C or SIGTERM; prints the base URL first so scripts can read it."""
    args = parse_args(argv)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with `&`
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    site = start_site(args.root, args.host, args.port)
    print(f"Serving the demo news site at {site.base_url}/ (feed {site.url('/daily/feed.xml')}, "
          f"sitemap {site.url('/wire/sitemap.xml')}). Press Ctrl-C to stop.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0
