"""Helpers for tests that start a real `geokg serve` on a free loopback port, and drive a real
Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"  # screenshots, for a person to look at
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Debian chromium not installed (make test installs it; in CI this test must run)",
)


def launch_chromium(playwright):
    """Debian's headless Chromium, kept off the network."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM or "/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"],
    )  # fmt: skip


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


LISTS = {"articles"}  # GROUP_CONCAT columns: SPARQL leaves the order of their parts to the store


def comparable(variables: list[str], rows) -> list[tuple]:
    """Rows as tuples of strings, the parts of each GROUP_CONCAT list sorted."""
    return [
        tuple(" ".join(sorted(term.value.split(" "))) if name in LISTS and term else str(term)
              for name, term in zip(variables, row, strict=True))
        for row in rows
    ]  # fmt: skip
