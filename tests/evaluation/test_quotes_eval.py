"""Quote evaluation: brat reading, matching and speaker scoring by hand, the floors on a fixture of our own, and
(when $DATELINE_POLNEAR points to PolNeAR) the floors on its dev split.

The fixture holds four short wire stories annotated by hand in PolNeAR's style: contents keep their quotation
marks, a quote split around its attribution is one discontinuous content, a quote paragraph that continues the one
before is part of the same content. One annotation disagrees with dateline on purpose: "saying …" after "urged"
has no source (the subject is used by the first attribution, as in PolNeAR), while dateline gives it the minister.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import DatelineError
from dateline.evaluation.brat import parse_ann, read_split
from dateline.evaluation.quotes import Item, evaluate_quotes, match, predicted_items, speaker_agrees
from dateline.evaluation.report import Report, below_floor, load_floors
from dateline.records import Quote, QuotePerson

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "quotes_brat"


@pytest.fixture(scope="module")
def fixture_report() -> Report:
    return evaluate_quotes(FIXTURE, split="dev")


def test_brat_lines_with_discontinuous_spans_and_missing_sources() -> None:
    ann = (
        "T1\tSource 0 5\tPutin\n"
        "T2\tCue 6 10\tsaid\n"
        "T3\tContent 12 20;30 40\tfirst second\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        "T4\tContent 50 60\tno source\n"
        "T5\tCue 61 65\tsaid\n"
        "E2\tAttribution-no-source:T5 Content:T4 Cue:T5\n"
        "T6\tContent x y\tbroken line\n"
    )
    first, second = parse_ann(ann)
    assert first.content == [(12, 20), (30, 40)] and (first.start, first.end) == (12, 40) and first.source == [(0, 5)]
    assert second.source == [] and second.cue == [(61, 65)]


def test_fixture_annotations_point_at_their_words() -> None:
    documents = read_split(FIXTURE, "dev")
    assert len(documents) == 4
    for document in documents:
        for attribution in document.attributions:
            for start, end in attribution.content:
                assert document.text[start:end].strip()


def test_exact_matching_ignores_marks_and_end_punctuation_overlap_needs_a_shared_character() -> None:
    text = '"We will stay," he said. Later he left.'
    gold = [Item(0, 15, True, (16, 18), [(16, 18)])]
    assert match(text, gold, [Item(1, 13, True, None, [])], exact=True)
    assert not match(text, gold, [Item(1, 8, True, None, [])], exact=True)
    assert match(text, gold, [Item(1, 8, True, None, [])], exact=False)
    assert not match(text, gold, [Item(25, 38, True, None, [])], exact=False)


def test_speaker_agreement_by_mention_and_by_person() -> None:
    text = "Mira Sandor spoke. She said no."
    gold = Item(24, 30, False, (0, 11), [(0, 11)])
    pronoun = Item(24, 30, False, (19, 22), [(19, 22), (0, 11)])  # "She", linked to the entity Mira Sandor
    assert speaker_agrees(text, gold, pronoun, "person") and not speaker_agrees(text, gold, pronoun, "span")
    assert speaker_agrees(text, Item(0, 1, False, None, []), Item(0, 1, False, None, []), "span")


def test_continuations_are_scored_with_the_quote_they_continue() -> None:
    text = '"One," she said.\n"Two."'
    she = QuotePerson(text="she", start=7, end=10, entity=None, name="she")
    quotes = [
        Quote(id="q1", kind="direct", text="One,", start=1, end=4, pieces=[[1, 4]], verbatim=[[1, 4]], speaker=she),
        Quote(id="q2", kind="direct", text="Two.", start=18, end=22, pieces=[[18, 22]], verbatim=[[18, 22]], speaker=she, continues="q1"),
    ]
    (item,) = predicted_items(text, quotes)
    assert (item.start, item.end, item.quoted) == (1, 22, True)


def test_fixture_scores(fixture_report: Report) -> None:
    quoted = fixture_report.score("quoted.overlap")
    assert (quoted.precision, quoted.recall) == (1.0, 1.0)
    assert quoted.extra["speaker"] == pytest.approx(12 / 13)  # the "saying" clause annotated without a source
    assert fixture_report.score("all.overlap").recall == pytest.approx(19 / 20)  # "Observers believe": no cue for us


def test_the_fixture_holds_the_dev_floors(fixture_report: Report) -> None:
    floors = load_floors()
    assert {"quoted.overlap.f1", "quoted.overlap.speaker"} <= set(floors["quotes@dev"])
    assert below_floor(fixture_report) == [], fixture_report.table()


def test_cli_eval_quotes_on_the_fixture() -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--data", str(FIXTURE), "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    assert '"task": "quotes"' in result.stdout


def test_cli_eval_quotes_refuses_a_bad_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "quotes", "--data", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "E013" in result.output
    with pytest.raises(DatelineError):
        evaluate_quotes(tmp_path, split="dev")


@pytest.mark.skipif(not os.environ.get("DATELINE_POLNEAR"), reason="set DATELINE_POLNEAR to the PolNeAR folder")
def test_polnear_dev_holds_its_floors() -> None:
    report = evaluate_quotes(Path(os.environ["DATELINE_POLNEAR"]), split="dev")
    assert below_floor(report) == [], report.table()
