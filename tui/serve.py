"""`alliance-reader serve`: the reader in a browser, for colleagues without SSH.

textual-serve (aiohttp and xterm.js) serves a page; each tab's websocket starts a reader
process of its own, `python -m tui.cli [CORPUS...]`, on pipes with Textual's web driver:
the same app, keys and screens as in a terminal, on the same read-only index. Every tab
runs as the user who runs serve, with that user's own folder (stars, history, exports):
serve knows no logins, a proxy in front of it does (README, "In a browser").

What this adds to textual-serve's Server:

- at most `max_sessions` readers at once: past that the page is one that says so (HTTP
  503), and a websocket opened anyway is closed with LIMIT_CODE, which the page words;
- a tab that sent no key, mouse move or resize for `idle_minutes` is ended (IDLE_CODE);
- a reader that does not quit when its tab closes is ended (SIGTERM, then SIGKILL);
- requests only for its own address: another site open in the same browser cannot start
  a session (a cross-site websocket), nor a name that resolves to 127.0.0.1;
- its own page (tui/web/): no font fetched from another site, the reason a session ended.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import os
import shlex
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from .i18n import N_, say
from .run import SERVED_ENV

WEB = Path(__file__).resolve().parent / "web"
LIMIT_CODE = 4001  # websocket close codes the page puts into words (4000-4999 are the application's)
IDLE_CODE = 4002
QUIT_GRACE = 3.0  # seconds a reader has to quit when asked, and again after SIGTERM
WILDCARDS = {"", "0.0.0.0", "::"}
HEADERS = {"X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}

FULL = N_("All {n} reader sessions are in use. Close a tab you no longer need, or try again in a few minutes.")
IDLE = N_("This session was ended after {minutes} minutes without a key pressed.")
ENDED = N_("The session has ended.")
AGAIN = N_("Start a new session")
STARTING = N_("Starting the reader…")


@dataclass(frozen=True)
class Limits:
    max_sessions: int = 8
    idle_minutes: float = 30.0  # 0: no idle limit


def reader_command(corpus: list[str], index_dir: str | None, locale: str | None) -> str:
    """The shell command textual-serve runs for each tab: this very Python (whatever its
    venv), with `exec` so that the reader is serve's own child (it watches its parent)."""
    argv = [sys.executable, "-m", "tui.cli", *(os.path.abspath(c) for c in corpus)]
    if index_dir:
        argv += ["--index-dir", os.path.abspath(index_dir)]
    if locale:
        argv += ["--locale", locale]
    return "exec " + shlex.join(argv)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_url(host: str, port: int) -> str | None:
    """The address browsers use when --public-url does not say: none for a wildcard."""
    if host in WILDCARDS:
        return None
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def trusted_names(public_url: str, host: str, port: int) -> tuple[set[str], set[str]]:
    """The Host headers and Origins a request may carry: the public URL's, and on a
    loopback address the other names of this machine's own."""
    public = urlsplit(public_url)
    local = {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")} if is_loopback(host) else set()
    origins = {f"{public.scheme}://{public.netloc}"} | {f"http://{name}" for name in local}
    return {public.netloc} | local, origins


def page(name: str, status: int = 200, **values: str) -> web.Response:
    """One of tui/web/'s pages; `values` are HTML already."""
    text = Template((WEB / name).read_text(encoding="utf-8")).substitute(values)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8", headers=HEADERS)


class ReaderService(AppService):
    """One tab's reader process: when the browser last sent input, and an end by force
    for a reader that does not quit when asked."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.last_input = time.monotonic()

    async def send_bytes(self, data: bytes) -> bool:
        self.last_input = time.monotonic()
        return await super().send_bytes(data)

    async def set_terminal_size(self, width: int, height: int) -> None:
        self.last_input = time.monotonic()
        await super().set_terminal_size(width, height)

    async def run(self) -> None:
        """The reader's output until it ends; then the tab's websocket closes, also when the
        reader ended without saying so (it could not start: its line is in serve's output)."""
        await super().run()
        await self.remote_close()

    async def stop(self) -> None:
        """Ask the reader to quit; SIGTERM, then SIGKILL, when it has not in time."""
        stopping = asyncio.ensure_future(super().stop())
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None:
                self._signal(sig)
            done, _ = await asyncio.wait({stopping}, timeout=QUIT_GRACE)
            if done:
                break
        else:  # dead, but another process holds its output open: stop reading it
            if self._task is not None:
                self._task.cancel()
        await stopping
        if self._process is not None:
            await self._process.wait()

    def _signal(self, sig: int) -> None:
        try:
            if self._process is not None and self._process.returncode is None:
                self._process.send_signal(sig)
        except ProcessLookupError:
            pass


class ReaderServer(Server):
    """textual-serve's Server with the limits, the trusted names and the pages above."""

    def __init__(self, command: str, *, host: str, port: int, public_url: str, limits: Limits, lang: str) -> None:
        super().__init__(command, host=host, port=port, public_url=public_url)
        self.limits, self.lang = limits, lang
        self.sessions: set[web.WebSocketResponse] = set()
        self.hosts, self.origins = trusted_names(self.public_url, host, port)

    def initialize_logging(self) -> None:
        """textual-serve's own log: warnings and errors, one line each, on stderr."""
        logging.basicConfig(level=logging.WARNING, format="alliance-reader serve: %(message)s")

    def serve(self, debug: bool = False, announce: Callable[[], None] = lambda: None) -> None:
        """Listen until SIGINT or SIGTERM; `announce` once listening."""
        self.initialize_logging()
        web.run_app(self._make_app(), host=self.host, port=self.port, access_log=None,
                    print=lambda _text: announce())

    async def on_startup(self, app: web.Application) -> None:
        """No banner: the command says one line once it listens."""

    async def on_shutdown(self, app: web.Application) -> None:
        """Close every tab's websocket: each session then ends its reader."""
        await asyncio.gather(*(ws.close() for ws in list(self.sessions)), return_exceptions=True)

    def _trusted(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        return request.host in self.hosts and (origin is None or origin in self.origins)

    def _full(self) -> bool:
        return len(self.sessions) >= self.limits.max_sessions

    def _words(self, message: str, **values: object) -> str:
        return escape(say(self.lang, message).format(**values))

    async def handle_index(self, request: web.Request) -> web.Response:  # type: ignore[override]
        if not self._trusted(request):
            raise web.HTTPForbidden(text="not this server's address")
        if self._full():
            response = page("full.html", 503, lang=self.lang, again=self._words(AGAIN),
                            message=self._words(FULL, n=self.limits.max_sessions))
            response.headers["Retry-After"] = "60"
            return response
        return page("reader.html", lang=self.lang, static=escape(f"{self.public_url}/static"),
                    websocket_url=escape(self._websocket_url()), starting=self._words(STARTING),
                    ended=self._words(ENDED), again=self._words(AGAIN), reasons=self._reasons())

    def _websocket_url(self) -> str:
        scheme, rest = self.public_url.split(":", 1)
        return f"{'wss' if scheme == 'https' else 'ws'}:{rest}/ws"

    def _reasons(self) -> str:
        """The close codes' words, as JSON fit for a <script>."""
        reasons = {str(LIMIT_CODE): say(self.lang, FULL).format(n=self.limits.max_sessions),
                   str(IDLE_CODE): say(self.lang, IDLE).format(minutes=f"{self.limits.idle_minutes:g}")}
        return json.dumps(reasons, ensure_ascii=True).replace("<", "\\u003c")

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not self._trusted(request):
            raise web.HTTPForbidden(text="not this server's address")
        ws = web.WebSocketResponse(heartbeat=15)
        await ws.prepare(request)
        if self._full():
            await ws.close(code=LIMIT_CODE, message=b"too many sessions")
            return ws
        self.sessions.add(ws)
        try:
            await self._run_session(ws, request)
        finally:
            self.sessions.discard(ws)
        return ws

    async def _run_session(self, ws: web.WebSocketResponse, request: web.Request) -> None:
        service = ReaderService(self.command, write_bytes=ws.send_bytes, write_str=ws.send_str,
                                close=ws.close, download_manager=self.download_manager)
        width, height = (to_int(request.query.get(k, str(d)), d) for k, d in (("width", 80), ("height", 24)))
        idle = asyncio.create_task(self._end_when_idle(ws, service))
        try:
            await service.start(width, height)
            await self._process_messages(ws, service)
        finally:
            idle.cancel()
            await service.stop()

    async def _end_when_idle(self, ws: web.WebSocketResponse, service: ReaderService) -> None:
        limit = self.limits.idle_minutes * 60
        if limit <= 0:
            return
        while (left := service.last_input + limit - time.monotonic()) > 0:
            await asyncio.sleep(left)
        await ws.close(code=IDLE_CODE, message=b"idle")


def serve(corpus: list[str], index_dir: str | None, locale: str | None, *, host: str, port: int,
          public_url: str, limits: Limits, lang: str, announce: Callable[[], None]) -> None:
    """Serve the reader until SIGINT or SIGTERM. Each tab's reader inherits the mark that
    serve started it (tui/run.py); textual-serve sets its driver, TEXTUAL_DRIVER."""
    os.environ[SERVED_ENV] = "1"
    server = ReaderServer(reader_command(corpus, index_dir, locale), host=host, port=port,
                          public_url=public_url.rstrip("/"), limits=limits, lang=lang)
    server.serve(announce=announce)
