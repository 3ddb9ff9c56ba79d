"""docs/errors.md is generated from the error catalogue: ``python -m dateline.errordoc > docs/errors.md``."""

from __future__ import annotations

from dateline.errors import Errors


def error_reference() -> str:
    lines = [
        "# Error catalogue",
        "",
        "Every message dateline prints starts with its code. Generated from `dateline/errors.py` by",
        "`python -m dateline.errordoc > docs/errors.md`; do not edit by hand.",
        "",
        "| code | message |",
        "| --- | --- |",
    ]
    lines.extend(f"| {error.name} | {error.value.replace('|', '/')} |" for error in Errors)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(error_reference(), end="")
