"""Helpers for tests that start a real `geokg serve` on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store, *options: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """Start the endpoint on `store`; return the process and its base URL once /health answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "geokg", "serve", "--store", str(store), "--port", str(port),
         *options],
        env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/health", timeout=1)
            return process, base
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(process.stderr.read().decode())


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=10)
