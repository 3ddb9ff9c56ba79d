from __future__ import annotations

import re
from pathlib import Path

from dateline.errordoc import error_reference
from dateline.errors import DatelineError, Errors

ROOT = Path(__file__).resolve().parents[1]


def test_error_reference_is_current() -> None:
    documented = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert documented == error_reference(), "docs/errors.md is stale: run python -m dateline.errordoc > docs/errors.md"


def test_every_error_code_is_raised_or_reported_somewhere() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "src" / "dateline").rglob("*.py"))
    unused = [error.name for error in Errors if not re.search(rf"Errors\.{error.name}\b|\"{error.name}\"", source)]
    assert unused == []


def test_message_carries_its_code() -> None:
    error = DatelineError(Errors.E005, path="missing.txt")
    assert str(error) == "[E005] No such file or directory: missing.txt"
    assert error.code == "E005"
