"""`alliance-reader serve` without a browser: what it refuses, the session limit, the idle
timeout, the names it trusts, and readers that end with their tab or with serve. The
websockets here speak as textual-serve's page does; tests/test_e2e_browser.py is the page."""

from __future__ import annotations

import asyncio
import queue
import shlex
import signal
import socket
import sys
import time

import aiohttp
import pytest
from conftest import SEEDS, run_cli
from served import Served, alive, wait_until

from tui.commands import _serving_line
from tui.run import SERVED_ENV, WEB_DRIVER
from tui.serve import IDLE_CODE, LIMIT_CODE, Limits, default_url, reader_command, trusted_names

FULL_ID = "Semua 1 sesi pembaca sedang dipakai"  # the limit page, in the serve user's language (C.UTF-8: id)


def test_each_tab_runs_this_python_on_absolute_paths_quoted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    words = shlex.split(reader_command(["my corpus"], "ix", "en"))
    assert words == ["exec", sys.executable, "-m", "tui.cli", str(tmp_path / "my corpus"),
                     "--index-dir", str(tmp_path / "ix"), "--locale", "en"]


def test_only_its_own_address_is_trusted():
    hosts, origins = trusted_names("http://127.0.0.1:8000", "127.0.0.1", 8000)
    assert {"127.0.0.1:8000", "localhost:8000"} <= hosts and "evil.example:8000" not in hosts
    assert "http://localhost:8000" in origins and "http://evil.example" not in origins
    hosts, origins = trusted_names("https://reader.example.org", "10.0.0.5", 8000)
    assert hosts == {"reader.example.org"} and origins == {"https://reader.example.org"}
    assert default_url("0.0.0.0", 8000) is None and default_url("::1", 80) == "http://[::1]:80"


def test_it_says_who_can_reach_it():
    local = _serving_line("127.0.0.1", "http://127.0.0.1:8000", Limits(8, 30))
    assert "http://127.0.0.1:8000" in local and "only this machine can reach it" in local
    assert "sessions at most: 8" in local and "30 idle minutes" in local
    wide = _serving_line("0.0.0.0", "https://reader.example.org", Limits(4, 0))
    assert wide.startswith("alliance-reader: warning:") and "every machine" in wide and "authenticates" in wide


def _listening_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


@pytest.mark.parametrize("args, says", [
    (["--host", "0.0.0.0"], "--public-url"),
    (["--max-sessions", "0"], "--max-sessions"),
    (["--idle-minutes", "-1"], "--idle-minutes"),
    (["--port", "70000"], "--port"),
    (["--public-url", "reader.example.org"], "--public-url must be"),
    ([str(SEEDS / "no-such-file.txt")], "no such file"),
    (["--port", "PORT IN USE"], "cannot listen"),
])
def test_what_serve_refuses_is_one_line_and_exit_2(args, says):
    with _listening_port() as busy:
        args = [str(busy.getsockname()[1]) if a == "PORT IN USE" else a for a in args]
        proc = run_cli("serve", *args, timeout=60)
    lines = proc.stderr.splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and lines[0].startswith("alliance-reader: "), proc.stderr
    assert says in lines[0]


@pytest.mark.parametrize("env", [{SERVED_ENV: "1"}, {"TEXTUAL_DRIVER": WEB_DRIVER}])
def test_a_reader_on_pipes_needs_a_terminal_unless_serve_started_it(tmp_path, env):
    """serve's mark alone, or the web driver alone, is not enough to run without a terminal."""
    proc = run_cli(str(SEEDS), "--index-dir", str(tmp_path / "ix"), env=env, input="", timeout=60)
    assert proc.returncode == 2 and "no terminal" in proc.stderr, proc.stderr


async def _until_shown(ws: aiohttp.ClientWebSocketResponse, text: bytes, timeout: float = 60) -> None:
    """Read the reader's output until `text` is in it."""
    seen = b""
    deadline = time.monotonic() + timeout
    while text not in seen:
        msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        assert msg.type == aiohttp.WSMsgType.BINARY, (msg, seen[-2000:])
        seen += msg.data


async def _close_code(ws: aiohttp.ClientWebSocketResponse, timeout: float = 60) -> int | None:
    """Read until the server closes the websocket; its close code."""
    deadline = time.monotonic() + timeout
    while (await ws.receive(timeout=max(0.1, deadline - time.monotonic()))).type == aiohttp.WSMsgType.BINARY:
        pass
    return ws.close_code


@pytest.mark.e2e
async def test_past_the_limit_a_page_says_so_and_a_closed_tab_ends_its_reader(tmp_path):
    served = Served(tmp_path, "--max-sessions", "1")
    try:
        assert served.url in served.first_line and "only this machine can reach it" in served.first_line
        async with aiohttp.ClientSession() as http:
            await _refuses_other_names(http, served)
            async with http.ws_connect(f"{served.url}/ws?width=100&height=30") as tab:
                await _until_shown(tab, b"artikel")
                [reader] = served.readers()
                async with http.get(served.url) as page:
                    assert page.status == 503 and FULL_ID in await page.text()
                async with http.ws_connect(f"{served.url}/ws") as second:  # a page loaded before the first tab
                    assert await _close_code(second) == LIMIT_CODE
            wait_until(lambda: not alive(reader), "the closed tab's reader ended")
            for _attempt in range(300):  # its place is free once serve has reaped it
                async with http.get(served.url) as page:
                    if page.status == 200:
                        assert "textual-terminal" in await page.text()
                        break
                await asyncio.sleep(0.1)
            else:
                raise AssertionError("the closed tab's place was never free again")
    finally:
        served.stop()


@pytest.mark.e2e
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
async def test_readers_end_with_serve(tmp_path, sig):
    """SIGTERM (or Ctrl+C) closes every tab; after -9, when nothing of serve's runs to end
    them, the readers notice and quit on their own."""
    served = Served(tmp_path)
    try:
        async with aiohttp.ClientSession() as http, http.ws_connect(f"{served.url}/ws") as tab:
            await _until_shown(tab, b"artikel")
            [reader] = served.readers()
            served.proc.send_signal(sig)
            wait_until(lambda: not alive(reader), "the reader ended with serve")
        assert served.proc.wait(timeout=30) == (0 if sig == signal.SIGTERM else -sig)
    finally:
        served.stop()


async def _refuses_other_names(http: aiohttp.ClientSession, served: Served) -> None:
    """Another site open in the browser, or a name of its own that resolves to 127.0.0.1."""
    async with http.get(served.url, headers={"Host": f"rebound.example:{served.port}"}) as page:
        assert page.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await http.ws_connect(f"{served.url}/ws", headers={"Origin": "http://evil.example"})
    assert refused.value.status == 403 and served.readers() == []


@pytest.mark.e2e
async def test_an_idle_tab_is_ended_with_its_reader(tmp_path):
    served = Served(tmp_path, "--idle-minutes", "0.02")  # 1.2 s without a key
    try:
        async with aiohttp.ClientSession() as http, http.ws_connect(f"{served.url}/ws") as tab:
            [reader] = wait_until(served.readers, "the tab's reader started")
            assert await _close_code(tab) == IDLE_CODE
        wait_until(lambda: not alive(reader), "the idle tab's reader ended")
    finally:
        served.stop()


@pytest.mark.e2e
async def test_a_reader_that_cannot_start_ends_its_tab_and_says_why_in_serves_output(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    served = Served(tmp_path, str(corpus))
    try:
        corpus.rmdir()  # gone after serve started: the tab's reader stops at once
        async with aiohttp.ClientSession() as http, http.ws_connect(f"{served.url}/ws") as tab:
            assert await _close_code(tab) is not None
        said = []
        wait_until(lambda: said.append(_next_line(served)) or "no such file" in str(said[-1]), "the reader's line")
        assert [line for line in said if line] == ["alliance-reader serve: Application failed to start",
                                                   f"alliance-reader: no such file or folder: {corpus}"]
    finally:
        served.stop()


def _next_line(served: Served) -> str | None:
    try:
        return served.lines.get_nowait()
    except queue.Empty:
        return None
