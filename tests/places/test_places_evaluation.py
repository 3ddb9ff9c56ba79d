"""Scoring the places stage: the metric on hand-made cases, the corpus readers, and the floors on our own fixture."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.evaluation.geocorpora import GoldDocument, GoldToponym, read_corpus
from dateline.evaluation.places import (
    Tally,
    evaluate_places,
    score_document,
    split_documents,
)
from dateline.evaluation.report import below_floor
from dateline.places.geoparse import geoparse
from dateline.records import Place, PlaceMention
from dateline.structure.datelines import find_dateline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "places" / "dateline-own.xml"


def _place(start: int, end: int, geonameid: int | None, lat: float | None, lon: float | None) -> Place:
    mention = PlaceMention(start=start, end=end, text="x" * (end - start))
    return Place(id=f"gn:{geonameid}", name="x", geonameid=geonameid, lat=lat, lon=lon, mentions=[mention])


def test_detection_and_resolution_counts() -> None:
    document = GoldDocument(
        "d",
        "Paris and Lyon and Nice and French",
        [
            GoldToponym(0, 5, "Paris", 2988507, 48.85, 2.35),
            GoldToponym(10, 14, "Lyon", 2996944, 45.75, 4.85),
            GoldToponym(19, 23, "Nice", 2990440, 43.70, 7.27),
            GoldToponym(28, 34, "French", 3017382, 46.0, 2.0, adjectival=True),
        ],
    )
    places = [
        _place(0, 5, 2988507, 48.85, 2.35),  # exact
        _place(10, 14, 999, 45.80, 4.80),  # wrong id, 7 km off: within 161 km
        _place(24, 27, 1, 0.0, 0.0),  # "and": a false alarm
    ]
    tally = Tally()
    score_document(document, places, tally)
    row = tally.score("t", 1)
    assert (tally.gold, tally.predicted, tally.found_gold, tally.matched_predicted) == (3, 3, 2, 2)
    assert tally.adjectival_skipped == 1
    assert row.extra["exact"] == pytest.approx(0.5) and row.extra["acc161"] == pytest.approx(1.0)
    assert row.precision == pytest.approx(2 / 3) and row.recall == pytest.approx(2 / 3)


def test_split_is_fixed() -> None:
    documents = [GoldDocument(str(i), "") for i in range(11)]
    assert [d.id for d in split_documents(documents, "dev")] == ["0", "5", "10"]
    assert len(split_documents(documents, "test")) == 8 and len(split_documents(documents, "all")) == 11


def test_readers_of_the_other_formats(tmp_path: Path) -> None:
    gwn = tmp_path / "GWN.xml"
    gwn.write_text(
        "<articles><article file='0'><text>Rain in Leeds. The Leeds council met.</text><toponyms>"
        "<toponym><extractedName>Leeds</extractedName><type>Literal</type><modifierType/><nonLocational>No"
        "</nonLocational><start>8</start><end>13</end><geonamesID>2644688</geonamesID><latitude>53.8</latitude>"
        "<longitude>-1.5</longitude></toponym>"
        "<toponym><extractedName>council</extractedName><type>Literal_Expression</type><modifierType/>"
        "<nonLocational>No</nonLocational><start>25</start><end>32</end></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    (document,) = read_corpus(gwn)
    assert [(t.phrase, t.geonameid) for t in document.toponyms] == [("Leeds", 2644688)]
    virus = tmp_path / "GeoVirus.xml"
    virus.write_text(
        "<articles><article><source>s</source><text>Cases rose in Lagos.</text><locations><location><name>Lagos"
        "</name><start>14</start><end>19</end><lat>6.45</lat><lon>3.39</lon></location></locations></article>"
        "</articles>",
        encoding="utf-8",
    )
    (document,) = read_corpus(virus)
    assert document.toponyms[0].geonameid is None and document.toponyms[0].lat == 6.45


def _fixture_geoparser(language_nlp, places_gazetteer):
    def run(texts):
        results = []
        for text in texts:
            dateline = find_dateline(text.split("\n", 1)[0])
            results.append(geoparse(language_nlp(text), dateline.place if dateline else None, places_gazetteer))
        return results

    return run


def test_fixture_scores_hold_their_floors(language_nlp, places_gazetteer) -> None:
    report = evaluate_places(FIXTURE, split="all", geoparser=_fixture_geoparser(language_nlp, places_gazetteer))
    row = report.score("dateline-own")
    assert row.count == 37
    assert below_floor(report) == []
    assert row.extra["exact"] >= 0.9 and row.f1 >= 0.9


@pytest.mark.skipif(not os.environ.get("DATELINE_GEODATA"), reason="set DATELINE_GEODATA to a folder of geoparsing corpora")
def test_real_corpora_hold_their_floors() -> None:
    report = evaluate_places(Path(os.environ["DATELINE_GEODATA"]), split="test")
    assert below_floor(report) == []
