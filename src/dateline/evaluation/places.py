"""Score the places stage on geoparsing corpora: toponym detection, and resolution of the toponyms it found.

Per corpus (see :mod:`.geocorpora` for which gold toponyms count):

* detection: precision, recall and F1 of place mentions against gold toponyms; a mention and a toponym match when
  their character spans overlap (gold spans and ours differ on "the", "'s" and the like);
* resolution, on the gold toponyms a mention found ("correctly found names", as Mordecai 3 reports): ``exact``
  is the share resolved to the gold GeoNames id (over those with one), ``acc161`` the share resolved within 161 km
  (100 miles) of the gold coordinates; the gold GeoNames id itself counts as within 161 km, since our coordinates
  for a country or region come from another source than GeoNames' point. An unresolved mention counts as wrong.

Documents are split in a fixed way: every fifth document (0, 5, 10, ...) is the *dev* split used to develop the
stage; scores are reported on the *test* split (the rest) unless asked otherwise.
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dateline.errors import DatelineError, Errors
from dateline.evaluation.geocorpora import (
    GoldDocument,
    corpus_files,
    corpus_name,
    read_corpus,
)
from dateline.evaluation.report import Report, Score, f1
from dateline.model import Article, Page, Source, split_paragraphs
from dateline.pipeline import Pipeline, Settings
from dateline.places.disambiguation import haversine_km
from dateline.records import Place
from dateline.structure.datelines import find_dateline

Split = Literal["dev", "test", "all"]
TASK = "places"
MILES_100_KM = 161.0
DEV_EVERY = 5

Geoparser = Callable[[Sequence[str]], list[list[Place]]]


@dataclass(slots=True)
class Tally:
    """Counts for one corpus."""

    gold: int = 0
    predicted: int = 0
    found_gold: int = 0
    matched_predicted: int = 0
    adjectival_skipped: int = 0
    with_id: int = 0
    exact: int = 0
    with_point: int = 0
    within: int = 0
    errors_km: list[float] | None = None

    def score(self, name: str, documents: int) -> Score:
        precision = self.matched_predicted / self.predicted if self.predicted else 0.0
        recall = self.found_gold / self.gold if self.gold else 0.0
        row = Score(name, precision, recall, f1(precision, recall), self.gold)
        if self.with_id:
            row.extra["exact"] = self.exact / self.with_id
        if self.with_point:
            row.extra["acc161"] = self.within / self.with_point
        row.extra["found"] = float(self.found_gold)
        row.extra["documents"] = float(documents)
        if self.errors_km:
            row.extra["median_km"] = statistics.median(self.errors_km)
        return row


def split_documents(documents: Sequence[GoldDocument], split: Split) -> list[GoldDocument]:
    if split == "all":
        return list(documents)
    return [d for i, d in enumerate(documents) if (i % DEV_EVERY == 0) == (split == "dev")]


def score_document(document: GoldDocument, places: list[Place], tally: Tally) -> None:
    """Add one document's detection and resolution counts to ``tally``."""
    mentions = [(m.start, m.end, place) for place in places for m in place.mentions]
    gold = [t for t in document.toponyms if not t.adjectival]
    tally.adjectival_skipped += len(document.toponyms) - len(gold)
    tally.gold += len(gold)
    tally.predicted += len(mentions)
    adjectival = [t for t in document.toponyms if t.adjectival]
    for start, end, _ in mentions:
        if any(t.start < end and start < t.end for t in gold):
            tally.matched_predicted += 1
        elif any(t.start < end and start < t.end for t in adjectival):
            tally.predicted -= 1  # a demonym the gold marks adjectival is neither right nor wrong here
    for toponym in gold:
        found = [place for start, end, place in mentions if toponym.start < end and start < toponym.end]
        if not found:
            continue
        tally.found_gold += 1
        place = found[0]
        same_id = toponym.geonameid is not None and place.geonameid == toponym.geonameid
        if toponym.geonameid is not None:
            tally.with_id += 1
            tally.exact += same_id
        if toponym.lat is not None and toponym.lon is not None:
            tally.with_point += 1
            if place.lat is not None and place.lon is not None:
                error = 0.0 if same_id else haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
                tally.errors_km = (tally.errors_km or []) + [error]
                tally.within += error <= MILES_100_KM
            else:
                tally.within += same_id


def pipeline_geoparser(settings: Settings | None = None) -> Geoparser:
    """The shipped pipeline's places stage (and the language pass it needs) over each text, its dateline read from
    the first line as the page reader would."""
    pipeline = Pipeline(["places"], settings)

    def run(texts: Sequence[str]) -> list[list[Place]]:
        results = []
        for page in pipeline.run(_page(n, text) for n, text in enumerate(texts)):
            assert isinstance(page, Page)  # pages built here are never failures
            results.append(page.articles[0].places or [])
        return results

    return run


def _page(number: int, text: str) -> Page:
    dateline = find_dateline(text.split("\n", 1)[0])
    article = Article(text=text, paragraphs=split_paragraphs(text), dateline=dateline.place if dateline else None)
    return Page(source=Source(path=f"<document {number}>", bytes=len(text.encode("utf-8"))), articles=[article])


def evaluate_places(
    data: Path, *, split: Split = "test", limit: int | None = None, geoparser: Geoparser | None = None
) -> Report:
    """Score the places stage on every corpus file at ``data`` (a file or a folder of them)."""
    files = corpus_files(data)
    geoparser = geoparser or pipeline_geoparser()
    scores: list[Score] = []
    total = Tally()
    notes: list[str] = []
    documents_seen = 0
    for path in files:
        try:
            documents = split_documents(read_corpus(path), split)
        except ET.ParseError as error:
            raise DatelineError(Errors.E013, path=str(path), what="geoparsing corpus", detail=str(error)) from None
        documents = documents[:limit] if limit else documents
        tally = Tally()
        for document, places in zip(documents, geoparser([d.text for d in documents])):
            score_document(document, places, tally)
            score_document(document, places, total)
        name = corpus_name(path)
        scores.append(tally.score(name, len(documents)))
        documents_seen += len(documents)
        if tally.adjectival_skipped:
            notes.append(f"{name}: {tally.adjectival_skipped} adjectival gold toponyms (demonyms) left out")
    if len(scores) > 1:
        scores.append(total.score("all", documents_seen))
        macro = [s for s in scores[:-1] if "exact" in s.extra]
        if macro:
            scores[-1].extra["macro_exact"] = statistics.mean(s.extra["exact"] for s in macro)
        points = [s for s in scores[:-1] if "acc161" in s.extra]
        if points:
            scores[-1].extra["macro_acc161"] = statistics.mean(s.extra["acc161"] for s in points)
    notes.insert(0, f"split: {split} (every {DEV_EVERY}th document is dev); resolution on correctly found names")
    return Report(task=TASK, data=str(data), scores=scores, notes=notes, split=split)
