"""Reading attribution annotations in brat standoff format (PolNeAR, PARC-style corpora).

Each ``.ann`` line is either a text-bound span (``T3<TAB>Content 115 290;300 310<TAB>words``) or an event tying
spans together (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``). Spans may be discontinuous.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import DatelineError, Errors

_WHAT = "brat attribution corpus"

Spans = list[tuple[int, int]]


@dataclass(slots=True)
class Attribution:
    """One annotated attribution: its content, cue and source spans (source may be missing)."""

    content: Spans
    cue: Spans = field(default_factory=list)
    source: Spans = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(start for start, _ in self.content)

    @property
    def end(self) -> int:
        return max(end for _, end in self.content)


def parse_ann(text: str) -> list[Attribution]:
    """Attributions in one ``.ann`` file's text; malformed lines are skipped (annotation files carry typos)."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            try:
                pieces = [(int(a), int(b)) for a, b in (chunk.split() for chunk in offsets.split(";"))]
            except ValueError:
                continue
            spans[parts[0]] = (label, pieces)
        elif parts[0].startswith("E"):
            roles: dict[str, str] = {}
            for argument in parts[1].split():
                role, _, target = argument.partition(":")
                roles.setdefault(role.rstrip("0123456789"), target)
            events.append(roles)
    found = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(roles.get("Cue", ""), ("", []))[1]
        source = spans.get(roles.get("Source", ""), ("", []))[1]
        found.append(Attribution(content=content[1], cue=cue, source=source))
    return found


@dataclass(slots=True)
class Document:
    name: str
    text: str
    attributions: list[Attribution]
    annotation: str  # which annotation file was used (several annotators may have annotated one article)


def split_folder(data: Path, split: str) -> Path:
    """``data`` may be the corpus root (holding ``data/<split>``) or its ``data`` folder (holding ``<split>``)."""
    if not data.is_dir():
        raise DatelineError(Errors.E013, path=str(data), what=_WHAT, detail="no such directory")
    for candidate in (data / "data" / split, data / split):
        if (candidate / "text").is_dir():
            return candidate
    raise DatelineError(Errors.E013, path=str(data), what=_WHAT, detail=f"no {split}/text folder in it")


def read_split(data: Path, split: str, limit: int | None = None) -> list[Document]:
    """Documents of one split, in name order; for an article annotated by several people, the first annotation."""
    folder = split_folder(data, split)
    documents = []
    for path in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(f"{path.stem}_*.ann")) or sorted(
            (folder / "attributions").glob(f"{path.stem}.ann")
        )
        if not annotations:
            continue
        try:
            text = path.read_text(encoding="utf-8")
            attributions = parse_ann(annotations[0].read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise DatelineError(Errors.E013, path=str(path), what=_WHAT, detail=str(error)) from None
        documents.append(Document(path.stem, text, attributions, annotations[0].name))
        if limit is not None and len(documents) >= limit:
            break
    return documents
