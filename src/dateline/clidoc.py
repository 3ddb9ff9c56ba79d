"""The CLI reference in docs/cli.md is generated from the commands' own help, so it cannot drift from them.

Regenerate it with ``python -m dateline.clidoc > docs/cli.md``; a test fails when the file is stale.
"""

from __future__ import annotations

from typing import Any

import typer
import typer.main

from dateline.cli import app


def iter_commands() -> list[tuple[str, Any]]:
    """Every command of the CLI with its full name, groups included, in a stable order."""
    root = typer.main.get_command(app)
    found: list[tuple[str, Any]] = []

    def walk(command: Any, name: str) -> None:
        found.append((name, command))
        if hasattr(command, "commands"):  # a group
            for sub_name in sorted(command.commands):
                walk(command.commands[sub_name], f"{name} {sub_name}")

    walk(root, "dateline")
    return found


def cli_reference() -> str:
    parts = [
        "# CLI reference",
        "",
        "Generated from `--help` by `python -m dateline.clidoc > docs/cli.md`; do not edit by hand.",
    ]
    for name, command in iter_commands():
        context = typer.Context(command, info_name=name, terminal_width=100, max_content_width=100)
        parts.extend(["", f"## `{name}`", "", "```", command.get_help(context).rstrip(), "```"])
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(cli_reference(), end="")
