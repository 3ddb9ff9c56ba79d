"""``dateline eval quotes``: quotes scored against attribution annotations in brat format (PolNeAR).

Each article's text is run through the language and quotes stages exactly as given (one paragraph per line), so
offsets compare directly with the annotations. Scored, at exact-span and at overlap matching:

- contents: precision, recall and F1 of quote contents against annotated contents, for contents with quotation
  marks (direct and mixed quotes: a double mark, or single marks that pair as a quotation; ours: direct and partial
  quotes, or any quote whose span holds such marks) and for all attributions (indirect included);
- speakers: on matched contents, the share whose speaker agrees with the annotated source: the same person
  ("speaker": our mention, or a mention of the entity it links to, overlaps the source), the same mention
  ("speaker_span": our mention overlaps the source) or the same span ("speaker_exact"); no speaker agrees with no
  source.

Exact matching compares spans with surrounding spaces, quotation marks and punctuation trimmed (the corpus puts the
marks inside contents; our direct quotes leave them out). Matching is one to one, largest overlap first. A quote that
continues an earlier one ("“…,” he said. “…”", or a quote paragraph after a quote) is scored as part of it, as
the corpus mostly annotates them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import DatelineError, Errors
from dateline.evaluation.brat import Document, read_split
from dateline.evaluation.report import Report, Score
from dateline.model import Article, Page, Source, split_paragraphs
from dateline.pipeline import Pipeline, Settings
from dateline.quotes.marks import DOUBLE_MARKS, pair_quotes
from dateline.records import Entity, Quote

_EDGES = set(" \t\n\r.,;:!?—–-…") | set(DOUBLE_MARKS) | set("‘’'`")
SPLITS = ("train", "dev", "test")


@dataclass(slots=True)
class Item:
    """A content to match (gold or predicted), with its speaker span if any."""

    start: int
    end: int
    quoted: bool
    speaker: tuple[int, int] | None
    speakers: list[tuple[int, int]]  # gold sources may be discontinuous; a prediction has one span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


def _has_marks(text: str, start: int, end: int) -> bool:
    """Whether the span holds a quotation: a double mark (typewriter '' included), or single marks that pair as
    quotes rather than apostrophes (headlines quote with them: Flynn says Trump 'absolutely right')."""
    window = text[start:end]
    if any(char in DOUBLE_MARKS for char in window) or "''" in window or "``" in window:
        return True
    return bool(pair_quotes(window).quotes)


def gold_items(document: Document) -> list[Item]:
    items = []
    for attribution in document.attributions:
        start, end = attribution.start, attribution.end
        sources = list(attribution.source)
        speaker = (min(s for s, _ in sources), max(e for _, e in sources)) if sources else None
        items.append(Item(start, end, _has_marks(document.text, start, end), speaker, sources))
    return items


def predicted_items(text: str, quotes: Sequence[Quote], entities: Sequence[Entity] | None = None) -> list[Item]:
    """Predictions, with quotes that continue an earlier one folded into it."""
    by_id = {quote.id: quote for quote in quotes}
    heads: dict[str, list[Quote]] = {}
    for quote in quotes:
        head = quote
        while head.continues in by_id:
            head = by_id[head.continues]
        heads.setdefault(head.id, []).append(quote)
    items = []
    for head_id, chain in heads.items():
        head = by_id[head_id]
        start = min(q.start for q in chain)
        end = max(q.end for q in chain)
        quoted = head.kind != "indirect" or _has_marks(text, start, end)
        speaker = head.speaker
        span = (speaker.start, speaker.end) if speaker else None
        # The person the speaker is: the local mention and, when it links to an entity, every mention of it.
        spans = [span] if span else []
        if speaker and speaker.entity:
            for entity in entities or []:
                if entity.id == speaker.entity:
                    spans.extend((m.start, m.end) for m in entity.mentions)
        items.append(Item(start, end, quoted, span, spans))
    return items


def _overlap(a: Item, b: Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(text: str, gold: list[Item], predicted: list[Item], exact: bool) -> list[tuple[Item, Item]]:
    """One-to-one pairs of gold and predicted contents: identical trimmed spans, or overlapping (largest first)."""
    pairs: list[tuple[int, int, int]] = []
    for g, gold_item in enumerate(gold):
        for p, predicted_item in enumerate(predicted):
            if exact:
                if _trimmed(text, gold_item.start, gold_item.end) == _trimmed(text, predicted_item.start, predicted_item.end):
                    pairs.append((1, g, p))
            else:
                size = _overlap(gold_item, predicted_item)
                if size > 0:
                    pairs.append((size, g, p))
    pairs.sort(key=lambda pair: -pair[0])
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched = []
    for _size, g, p in pairs:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        matched.append((gold[g], predicted[p]))
    return matched


def speaker_agrees(text: str, gold: Item, predicted: Item, how: str) -> bool:
    """Whether the speakers agree: "person" (our speaker or a mention of its entity overlaps the source), "span"
    (our local mention overlaps the source) or "exact" (the same trimmed span). No speaker agrees with no source."""
    if gold.speaker is None or predicted.speaker is None:
        return gold.speaker is None and predicted.speaker is None
    if how == "exact":
        return _trimmed(text, *gold.speaker) == _trimmed(text, *predicted.speaker)
    spans = predicted.speakers if how == "person" else [predicted.speaker]
    return any(a < source_end and source_start < b for a, b in spans for source_start, source_end in gold.speakers)


@dataclass(slots=True)
class Tally:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0
    speaker: int = 0
    speaker_span: int = 0
    speaker_exact: int = 0

    def add(self, text: str, gold: list[Item], predicted: list[Item], exact: bool) -> None:
        pairs = match(text, gold, predicted, exact)
        self.true_positive += len(pairs)
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.speaker += sum(speaker_agrees(text, g, p, "person") for g, p in pairs)
        self.speaker_span += sum(speaker_agrees(text, g, p, "span") for g, p in pairs)
        self.speaker_exact += sum(speaker_agrees(text, g, p, "exact") for g, p in pairs)

    def score(self, name: str, documents: int) -> Score:
        score = Score.from_counts(name, self.true_positive, self.predicted, self.gold, documents)
        matched = self.true_positive or 1
        score.extra = {
            "speaker": self.speaker / matched,
            "speaker_span": self.speaker_span / matched,
            "speaker_exact": self.speaker_exact / matched,
        }
        return score


Output = tuple[list[Quote], list[Entity]]  # (quotes, entities) of one document


def run_quotes(documents: Sequence[Document], settings: Settings | None = None) -> list[Output]:
    """The quotes (and entities) the shipped pipeline gives each document's text, one paragraph per non-blank line."""
    pipeline = Pipeline(["quotes"], settings)
    pages = (_page(document) for document in documents)
    results: list[Output] = []
    for page in pipeline.run(pages):
        assert isinstance(page, Page)  # pages built here are never failures
        (article,) = page.articles
        results.append((article.quotes or [], article.entities or []))
    return results


def _page(document: Document) -> Page:
    text = document.text
    source = Source(path=document.name, bytes=len(text.encode("utf-8")))
    return Page(source=source, articles=[Article(text=text, paragraphs=split_paragraphs(text))])


def score_documents(documents: Sequence[Document], outputs: Sequence[Output]) -> dict[str, Tally]:
    tallies = {name: Tally() for name in ("quoted.overlap", "quoted.exact", "all.overlap", "all.exact")}
    for document, (quotes, entities) in zip(documents, outputs):
        gold = gold_items(document)
        predicted = predicted_items(document.text, quotes, entities)
        for scope in ("quoted", "all"):
            gold_scope = [g for g in gold if g.quoted] if scope == "quoted" else gold
            predicted_scope = [p for p in predicted if p.quoted] if scope == "quoted" else predicted
            for matching in ("overlap", "exact"):
                tallies[f"{scope}.{matching}"].add(document.text, gold_scope, predicted_scope, matching == "exact")
    return tallies


def evaluate_quotes(data: Path, split: str = "dev", limit: int | None = None, settings: Settings | None = None) -> Report:
    """Score the quotes stage on one split of a brat-annotated attribution corpus such as PolNeAR."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}")
    documents = read_split(data, split, limit=limit)
    if not documents:
        raise DatelineError(Errors.E013, path=str(data), what="brat attribution corpus", detail=f"no annotated {split} documents")
    predictions = run_quotes(documents, settings)
    tallies = score_documents(documents, predictions)
    scores = [tally.score(name, len(documents)) for name, tally in tallies.items()]
    notes = [
        f"{len(documents)} documents; quoted = contents with quotation marks (direct and mixed); all = every attribution.",
        (
            "speaker: share of matched contents whose speaker is the annotated source's person (our mention, or a"
            " mention of the entity it links to, overlaps the source); speaker_span: our mention itself overlaps the"
            " source; speaker_exact: the same span."
        ),
    ]
    return Report(task="quotes", data=f"{data.name}/{split}", scores=scores, notes=notes, split=split)
