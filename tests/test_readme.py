"""The README's tour runs: every `$ command` in its console block is executed in order in an
empty folder, and every output line shown must appear in what the command prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).parent.parent / "README.md"
BOX = re.compile(r"[\u2500-\u257f]")  # table borders: rich draws them at any width


def tour() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each `$ ` line of the tour's console block."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## A tour") :]
    block = section[section.index("```console\n") + 11 :]
    block = block[: block.index("```")]
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    return steps


def normal(line: str) -> str:
    return " ".join(BOX.sub(" ", line).split())


def shown(expected: str, output_lines: list[str]) -> bool:
    """Whether one output line holds the expected line; `…` in it matches anything (paths,
    cells that rich cut short)."""
    parts = [p.strip() for p in normal(expected).split("…") if p.strip()]
    for line in output_lines:
        position = 0
        for part in parts:
            position = line.find(part, position)
            if position < 0:
                break
            position += len(part)
        else:
            return True
    return False


def test_the_tour_has_the_main_steps():
    commands = [command for command, _ in tour()]
    assert commands[0] == "geokg demo"
    assert any("geokg extract" in c for c in commands)
    assert any("geokg query" in c for c in commands)
    assert any("geokg export" in c for c in commands)


@pytest.mark.slow
def test_every_tour_command_prints_what_the_readme_shows(tmp_path):
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "COLUMNS": "100",
    }
    for command, expected in tour():
        result = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
            timeout=600,
        )  # fmt: skip
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        printed = [normal(line) for line in (result.stdout + result.stderr).splitlines()]
        missing = [line for line in expected if normal(line) and not shown(line, printed)]
        assert missing == [], f"`{command}` no longer prints:\n" + "\n".join(missing)
