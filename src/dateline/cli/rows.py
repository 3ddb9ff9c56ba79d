"""Query results on standard output: an aligned table to read, or JSON, JSON Lines or CSV for other tools.

A table cell is one line: news text is hostile, so control characters (a terminal's escape sequences among
them) are shown as spaces, and long cells are cut with an ellipsis. JSON and CSV carry the values whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Annotated, Any

import typer

from dateline.output import readable
from dateline.tabular import plain, to_csv

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


FormatOption = Annotated[
    RowFormat, typer.Option("--format", "-f", help="table (aligned, to read), json, jsonl or csv.")
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
JsonlFlag = Annotated[bool, typer.Option("--jsonl", help="Same as --format jsonl.")]
CsvFlag = Annotated[bool, typer.Option("--csv", help="Same as --format csv.")]
LimitOption = Annotated[int, typer.Option("--limit", help="At most this many rows (1 to 10000).")]
OffsetOption = Annotated[int, typer.Option("--offset", help="Skip this many rows first.")]


def chosen_format(given: RowFormat, json_flag: bool, jsonl_flag: bool, csv_flag: bool) -> RowFormat:
    if json_flag:
        return RowFormat.json
    if jsonl_flag:
        return RowFormat.jsonl
    if csv_flag:
        return RowFormat.csv
    return given


Column = tuple[str, Callable[[Any], Any], int]


def render(rows: Sequence[Any], columns: Sequence[Column], output: RowFormat) -> str:
    """``rows`` (dataclasses) in ``output``; the table shows ``columns`` (header, value, widest), the rest all."""
    if output is RowFormat.json:
        return json.dumps([plain(row) for row in rows], ensure_ascii=False, indent=2)
    if output is RowFormat.jsonl:
        return "\n".join(json.dumps(plain(row), ensure_ascii=False) for row in rows)
    if output is RowFormat.csv:
        return to_csv(rows).rstrip("\n")
    return table(rows, columns)


def table(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    cells = [[cell_text(value(row), width) for _, value, width in columns] for row in rows]
    widths = [max([len(header), *(len(line[n]) for line in cells)]) for n, (header, _, _) in enumerate(columns)]
    lines = ["  ".join(header.upper().ljust(width) for (header, _, _), width in zip(columns, widths)).rstrip()]
    lines.extend("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in cells)
    if not rows:
        lines.append("(none)")
    return "\n".join(lines)


def cell_text(value: Any, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        value = "yes" if value else ""
    shown = " ".join(_CONTROL.sub(" ", readable(str(value))).split())
    return shown if len(shown) <= width else shown[: width - 1].rstrip() + "…"
