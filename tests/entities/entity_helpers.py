"""Small helpers shared by the entity tests (imported, unlike fixtures)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def by_name(entities: Sequence[Any], name: str) -> Any:
    """The one entity (local or output record) called ``name``; fails listing the names there are."""
    found = [e for e in entities if e.name == name]
    names = [e.name for e in entities]
    assert len(found) == 1, f"{name!r} is not exactly one entity among {names}"
    return found[0]


def page(title: str, body: str, *, captions: Sequence[str] = (), published: str = "Published 3 June 2025") -> str:
    """A plain-text page in the seed's shape: title, optional gallery captions, stamp, dateline and body."""
    lines = [title, ""]
    for n, caption in enumerate(captions, 1):
        lines += [f"{n} / {len(captions)}", caption]
    lines += [published, "", body.strip(), ""]
    return "\n".join(lines)
