"""Served over SSH: a real sshd on 127.0.0.1 with ForceCommand, a real ssh -tt in tmux.

This is the deployment the README's "Serving a team" section describes: an index
built once (here read-only), users who log in and land in the reader.
"""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import stat
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SEEDS, TODAY, read_only, writable
from test_e2e_tmux import BIN, Terminal

pytestmark = pytest.mark.e2e

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def shared_index(tmp_path):
    """An index built by the 'admin', then made read-only."""
    ix = tmp_path / "srv" / "index"
    proc = subprocess.run([str(BIN), "index", str(SEEDS), "--index-dir", str(ix), "--quiet"],
                          capture_output=True, text=True, env={**os.environ, "ALLIANCE_READER_TODAY": TODAY})
    assert proc.returncode == 0, proc.stderr
    read_only(ix)
    yield ix
    writable(ix)


@pytest.fixture
def sshd(tmp_path, shared_index):
    assert Path(SSHD).exists(), "sshd is needed (.ci/run installs openssh-server)"
    d = tmp_path / "ssh"
    d.mkdir(mode=0o700)
    for name in ("host_key", "client_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(d / name)], check=True)
    (d / "authorized_keys").write_text((d / "client_key.pub").read_text())
    (d / "authorized_keys").chmod(stat.S_IRUSR | stat.S_IWUSR)
    Path("/run/sshd").mkdir(parents=True, exist_ok=True)  # privilege separation directory
    port = _free_port()
    config = d / "sshd_config"
    config.write_text(
        f"""Port {port}
ListenAddress 127.0.0.1
HostKey {d / 'host_key'}
PidFile {d / 'sshd.pid'}
AuthorizedKeysFile {d / 'authorized_keys'}
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
AcceptEnv LANG LC_* COLORTERM
SetEnv ALLIANCE_READER_TODAY={TODAY}
ForceCommand {BIN} --index-dir {shared_index}
"""
    )
    log = open(d / "sshd.log", "w")
    proc = subprocess.Popen([SSHD, "-D", "-e", "-f", str(config)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise AssertionError("sshd did not start:\n" + (d / "sshd.log").read_text())
    yield {"port": port, "key": d / "client_key", "dir": d}
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


def test_reader_over_ssh_reads_a_date_and_quits_cleanly(sshd, tmp_path):
    home = tmp_path / "client-home"
    home.mkdir()
    ssh = (
        f"ssh -tt -i {sshd['key']} -p {sshd['port']} -o StrictHostKeyChecking=no "
        f"-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o SendEnv=LANG "
        f"{getpass.getuser()}@127.0.0.1"
    )
    env = {"HOME": str(home), "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "")}
    term = Terminal(ssh, env, cwd=tmp_path, width=100, height=30)
    try:
        term.search_okinawa_and_read()
        term.keys("q")
        assert term.exit_status(timeout=20) == 0
    finally:
        term.close()
    log = (sshd["dir"] / "sshd.log").read_text()
    assert "Accepted publickey" in log, log


def test_ssh_without_a_terminal_is_told_so_in_one_line_and_the_reader_leaves(sshd, tmp_path):
    """`ssh host` without -t (or `ssh host true </dev/null` under ForceCommand) used to leave a
    reader spinning on end-of-input at 100% of a core."""
    cmd = ["ssh", "-T", "-i", str(sshd["key"]), "-p", str(sshd["port"]), "-o", "StrictHostKeyChecking=no",
           "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", f"{getpass.getuser()}@127.0.0.1", "true"]
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
                          env={"HOME": str(tmp_path), "PATH": os.environ.get("PATH", "")})
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no terminal" in lines[0] and "ssh -t" in lines[0], proc.stderr
