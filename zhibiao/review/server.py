"""The review page's server: the standard library's HTTP server on 127.0.0.1 only, serving one
page (static files shipped in the package, no build step, nothing from the network) and a small
JSON API over one :class:`~zhibiao.review.session.Session`.

    GET  /                 the page
    GET  /static/<file>    its script and style
    GET  /api/facets       what the filters offer
    GET  /api/rows?department=&project=&rule=&max_confidence=&text=&undecided=&offset=&limit=
    POST /api/decision     {"id", "decision", "level2", "value", "note"} -> the row as saved

Every request must name this server in its Host header (127.0.0.1:PORT or localhost:PORT: a
page of another site that rebinds its name to 127.0.0.1 is refused); a POST must also come from
this page (its Origin header) and carry the page's session token, so no other site can make the
reviewer's browser write into the workbook. The server writes only the file it was opened with.
"""
from __future__ import annotations

import json
import secrets
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .session import ReviewError, Session

__all__ = ["ReviewServer", "serve"]

_STATIC = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}
MAX_BODY = 64 * 1024


class ReviewServer(ThreadingHTTPServer):
    """A server bound to 127.0.0.1 for one session. ``port=0`` takes a free port."""

    daemon_threads = True

    def __init__(self, session: Session, port: int = 0):
        self.session = session
        self.token = secrets.token_urlsafe(24)
        super().__init__(("127.0.0.1", port), _Handler)
        self.port = self.server_address[1]
        self.allowed_hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}
        self.allowed_origins = {f"http://{h}" for h in self.allowed_hosts}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> threading.Thread:
        """Serve in a background thread (tests, benchmarks); stop with shutdown()."""
        thread = threading.Thread(target=self.serve_forever, name="zhibiao-review", daemon=True)
        thread.start()
        return thread


def serve(path: str, port: int = 0) -> ReviewServer:
    """A ReviewServer over the flagged rows of `path` (not yet serving: call serve_forever())."""
    return ReviewServer(Session(path), port)


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "zhibiao-review"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:      # quiet: the terminal is the reviewer's
        pass

    # ------------------------------------------------------------------------- guards
    def _host_ok(self) -> bool:
        return self.headers.get("Host", "") in self.server.allowed_hosts

    def _refuse(self, why: str) -> None:
        self._send(HTTPStatus.FORBIDDEN, {"error": why})

    # ------------------------------------------------------------------------- methods
    def do_GET(self) -> None:
        if not self._host_ok():
            return self._refuse("只接受本机地址（Host）")
        url = urlsplit(self.path)
        if url.path == "/":
            return self._page()
        if url.path.startswith("/static/") and url.path[8:] in _STATIC:
            name = url.path[8:]
            return self._bytes(HTTPStatus.OK, _asset(name), _STATIC[name])
        if url.path == "/api/facets":
            return self._send(HTTPStatus.OK, self.server.session.facets())
        if url.path == "/api/rows":
            return self._rows(parse_qs(url.query))
        self._send(HTTPStatus.NOT_FOUND, {"error": "没有这个地址"})

    def do_POST(self) -> None:
        if not self._host_ok():
            return self._refuse("只接受本机地址（Host）")
        if self.headers.get("Origin") not in self.server.allowed_origins:
            return self._refuse("只接受本页面发出的修改（Origin）")
        if not secrets.compare_digest(self.headers.get("X-Zhibiao-Token", ""), self.server.token):
            return self._refuse("会话令牌不符，请刷新页面")
        if urlsplit(self.path).path != "/api/decision":
            return self._send(HTTPStatus.NOT_FOUND, {"error": "没有这个地址"})
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY or "application/json" not in self.headers.get("Content-Type", ""):
            return self._send(HTTPStatus.BAD_REQUEST, {"error": "请求应为 JSON"})
        try:
            body = json.loads(self.rfile.read(length))
            row = self.server.session.decide(int(body["id"]), body.get("decision"), body.get("level2"),
                                             body.get("value"), body.get("note"))
        except (ValueError, KeyError, TypeError) as exc:
            message = str(exc) if isinstance(exc, ReviewError) else f"请求有误（{type(exc).__name__}）"
            return self._send(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": message})
        except OSError as exc:
            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR,
                              {"error": f"无法写入 {self.server.session.path.name}（{exc.strerror or exc}）"})
        self._send(HTTPStatus.OK, {"row": row})

    # ------------------------------------------------------------------------- answers
    def _page(self) -> None:
        html = _asset("index.html").decode("utf-8")
        html = html.replace("{{token}}", self.server.token).replace(
            "{{file}}", _escape(self.server.session.path.name))
        self._bytes(HTTPStatus.OK, html.encode("utf-8"), "text/html; charset=utf-8")

    def _rows(self, q: dict[str, list[str]]) -> None:
        def one(key: str) -> str | None:
            v = q.get(key, [""])[0].strip()
            return v or None
        try:
            max_conf = float(one("max_confidence")) if one("max_confidence") else None
            offset, limit = int(one("offset") or 0), min(int(one("limit") or 200), 1000)
        except ValueError:
            return self._send(HTTPStatus.BAD_REQUEST, {"error": "筛选条件有误"})
        self._send(HTTPStatus.OK, self.server.session.query(
            department=one("department"), project=one("project"), rule=one("rule"),
            max_confidence=max_conf, text=one("text"), undecided=one("undecided") == "1",
            offset=max(0, offset), limit=max(1, limit)))

    def _send(self, status: HTTPStatus, payload: Any) -> None:
        self._bytes(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                    "application/json; charset=utf-8")

    def _bytes(self, status: HTTPStatus, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy",
                         "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'")
        self.end_headers()
        self.wfile.write(body)


def _asset(name: str) -> bytes:
    return resources.files("zhibiao.review").joinpath("static", name).read_bytes()


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
