"""``dateline serve`` starts the service on 127.0.0.1 over a store, and refuses a store it cannot open."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
from typer.testing import CliRunner

from dateline.cli import app


def test_serve_refuses_a_missing_store(tmp_path: object) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", f"{tmp_path}/none.db"])
    assert result.exit_code == 1 and "[E033]" in result.output and "Traceback" not in result.output


def test_serve_answers_on_the_loopback_address(service_db: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", service_db, "--port", str(port)],
                               stderr=subprocess.PIPE, text=True, env={**os.environ})  # fmt: skip
    try:
        deadline, answer = time.monotonic() + 30, None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200 and answer.json()["pages"] == 5
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert "The collection" in page.text and page.headers["content-security-policy"].startswith("default-src 'none'")
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    assert f"on http://127.0.0.1:{port}/" in err
