"""Rows of query results as plain data and as CSV, for the CLI and the web service alike."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any


def plain(row: Any) -> Any:
    """A dataclass row as a dict (nested records too); anything else as it is."""
    return asdict(row) if is_dataclass(row) and not isinstance(row, type) else row


def to_csv(rows: Sequence[Any]) -> str:
    """CSV with a header from the first row's fields; lists and objects as JSON text, and a cell that would start
    a spreadsheet formula prefixed with "'" (news text is hostile)."""
    records = [plain(row) for row in rows]
    if not records:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: _cell(value) for key, value in record.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
