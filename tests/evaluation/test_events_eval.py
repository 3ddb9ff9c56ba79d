"""Event evaluation on PLOVER gold records: reading and halving the file, scoring hand-made predictions, the command
around them (with the coder replaced), and the pipeline glue with a stand-in events stage.

The gold records here are invented, in the gold file's shape; when $DATELINE_PLOVER_GOLD points to the real file,
its reading is checked too.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.errors import DatelineError
from dateline.evaluation import events as events_module
from dateline.events.ontology import EVENT_TYPES
from dateline.evaluation.events import (
    GoldActor,
    GoldEvent,
    build_report,
    code_sentences,
    gold_roots,
    half_of,
    matched,
    read_gold,
    score_events,
    type_roots,
)
from dateline.pipeline import StageRegistry, Work, stage
from dateline.records import Event, EventActor

RECORDS: list[dict[str, Any]] = [
    {"id": "DOC-0001", "event": "DOCUMENT", "eventText": "documentation, not a sentence"},
    {
        "id": "R1",
        "event": "FIGHT",
        "text": "Troops of Norland and Sudmark exchanged artillery fire across the river on Tuesday.",
        "source": [{"actorText": "Norland", "code": "NOR", "sector": "MIL"}],
        "target": [{"actorText": "Sudmark", "code": "SWE", "sector": "MIL"}],
        "eventText": "exchanged artillery fire",
    },
    {
        "id": "R2",
        "event": "DEMAND",
        "text": "The regional bloc called on the junta to free the detained ministers.",
        "source": [{"actorText": "regional bloc", "code": "IGO"}],
        "target": "",
        "eventText": "called on free",
    },
    {
        "id": "R3",
        "event": "AGREE",
        "text": "Tokyo and Seoul agreed to resume fisheries talks next month.",
        "source": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"}, {"actorText": "Seoul", "code": "KOR"}],
        "eventText": "agreed resume",
    },
    {
        "id": "R4",
        "event": "COERCE",
        "text": "Police in Lagos detained twelve opposition activists overnight.",
        "source": [{"actorText": "Police", "code": "NGA", "sector": "COP"}],
        "target": [{"actorText": "opposition activists", "code": "NGA", "sector": "OPP"}],
        "eventText": "detained",
    },
]


def _write(path: Path, records: Any) -> Path:
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def _gold(label: str, event_type: str, actors: tuple[GoldActor, ...] = (), recipients: tuple[GoldActor, ...] = ()) -> GoldEvent:
    return GoldEvent(id=label, position=0, text="A sentence.", label=label, type=event_type, actors=actors, recipients=recipients)


def _event(
    event_type: str, confidence: float = 0.5, cameo: str | None = None, actors: Sequence[str | None] = (),
    recipients: Sequence[str | None] = (), negated: bool = False,
) -> Event:  # fmt: skip
    return Event(
        id="e1",
        type=event_type,
        cameo=cameo,
        confidence=confidence,
        negated=negated,
        actors=[EventActor(text="x", name="x", code=code) for code in actors],
        recipients=[EventActor(text="y", name="y", code=code) for code in recipients],
    )


def test_reading_maps_legacy_labels_skips_the_document_record_and_keeps_file_positions(tmp_path: Path) -> None:
    records = read_gold(_write(tmp_path / "gold.json", RECORDS))
    assert [(r.id, r.position, r.label, r.type) for r in records] == [
        ("R1", 1, "FIGHT", "ASSAULT"),
        ("R2", 2, "DEMAND", "REQUEST"),
        ("R3", 3, "AGREE", "AGREE"),
        ("R4", 4, "COERCE", "COERCE"),
    ]
    assert records[1].recipients == () and records[2].recipients == ()  # "" and absent: no target
    assert records[2].actors[0] == GoldActor("Tokyo", "JAP", "GOV")
    assert [r.id for r in half_of(records, "even")] == ["R2", "R4"]
    assert [r.id for r in half_of(records, "odd")] == ["R1", "R3"]
    assert len(half_of(records, "all")) == 4
    with pytest.raises(ValueError):
        half_of(records, "dev")


@pytest.mark.parametrize(
    "content, detail",
    [
        ('{"id": "R1"}', "not a JSON list"),
        ("[{", "Expecting"),
        (json.dumps([{"id": "R9", "event": "CELEBRATE", "text": "They danced."}]), "unknown event label 'CELEBRATE'"),
        (json.dumps([{"id": "R9", "event": "AGREE"}]), "R9 has no text"),
        (json.dumps([{"id": "R9", "event": "DOCUMENT"}]), "holds no event record"),
    ],
)
def test_a_file_that_is_no_gold_list_is_refused_with_e013(tmp_path: Path, content: str, detail: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatelineError) as caught:
        read_gold(path)
    assert caught.value.code == "E013" and detail in str(caught.value)
    with pytest.raises(DatelineError, match="no such file"):
        read_gold(tmp_path / "missing.json")


def test_the_matched_prediction_is_the_most_confident_of_the_gold_type_else_the_most_confident() -> None:
    weak_accuse, strong_accuse, strongest = _event("ACCUSE", 0.4), _event("ACCUSE", 0.6), _event("THREATEN", 0.9)
    assert matched("ACCUSE", [weak_accuse, strongest, strong_accuse]) is strong_accuse
    assert matched("PROTEST", [weak_accuse, strongest]) is strongest
    assert matched("PROTEST", []) is None


def test_detection_counts_extra_predictions_as_false_positives_and_ignores_negated_events() -> None:
    gold = [_gold("AGREE", "AGREE"), _gold("PROTEST", "PROTEST"), _gold("REJECT", "REJECT")]
    outputs: list[Sequence[Event] | str] = [
        [_event("AGREE", 0.8), _event("CONSULT", 0.9)],  # detected, one extra prediction
        [_event("PROTEST", negated=True)],  # only a negated event: a miss
        [_event("ACCUSE")],  # detected with the wrong type
    ]
    tally = score_events(gold, outputs)
    assert (tally.gold, tally.detected, tally.extra, tally.type_right) == (3, 2, 1, 1)
    report = build_report(tally, "gold.json", "odd")
    detection = report.score("detection")
    assert (detection.precision, detection.recall) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert detection.extra["type_accuracy"] == 0.5
    assert report.split == "odd" and "half odd (test)" in report.notes[0]


def test_per_type_scores_and_the_macro_average_cover_the_gold_types_only() -> None:
    gold = [_gold("AGREE", "AGREE"), _gold("AGREE", "AGREE"), _gold("REJECT", "REJECT")]
    outputs: list[Sequence[Event] | str] = [
        [_event("AGREE"), _event("SUPPORT", 0.1)],  # AGREE right; SUPPORT an extra: a false positive of SUPPORT
        [_event("REJECT")],  # AGREE missed, a false REJECT
        [_event("REJECT")],  # REJECT right
    ]
    report = build_report(score_events(gold, outputs), "gold.json", "all")
    agree, reject = report.score("AGREE"), report.score("REJECT")
    assert (agree.precision, agree.recall, agree.count) == (1.0, 0.5, 2)
    assert (reject.precision, reject.recall, reject.count) == (0.5, 1.0, 1)
    assert [score.name for score in report.scores] == ["detection", "type-macro", "AGREE", "REJECT"]
    assert report.score("type-macro").f1 == pytest.approx((agree.f1 + reject.f1) / 2)
    assert any("SUPPORT 1" in note for note in report.notes)
    assert "AGREE" in report.table() and "type-macro" in report.table()


def test_cameo_roots_come_from_the_gold_label_legacy_labels_being_narrower() -> None:
    assert gold_roots("FIGHT") == {"19"} and gold_roots("ASSAULT") == {"18"} and gold_roots("DEMAND") == {"10"}
    gold = [_gold("FIGHT", "ASSAULT"), _gold("FIGHT", "ASSAULT"), _gold("COERCE", "COERCE"), _gold("AID", "AID")]
    outputs: list[Sequence[Event] | str] = [
        [_event("ASSAULT", cameo="190")],  # conventional force: what FIGHT stood for
        [_event("ASSAULT", cameo="183")],  # unconventional violence: not FIGHT
        [_event("COERCE", cameo="173")],
        [_event("AID")],  # no code: wrong
    ]
    tally = score_events(gold, outputs)
    assert tally.root_right == 2 and tally.detected == 4
    assert build_report(tally, "g", "all").score("detection").extra["cameo_root_accuracy"] == 0.5


def test_type_roots_come_from_the_ontology_and_legacy_labels_keep_their_own() -> None:
    assert type_roots("ACCUSE") == {"09", "11"} and type_roots("COERCE") == {"17"}
    assert gold_roots("COERCE") == {"17"} and gold_roots("FIGHT") == {"19"} and gold_roots("ASSAULT") == {"18"}


def test_actor_countries_are_scored_on_iso_codes_by_prefix_of_the_matched_prediction() -> None:
    usa, igo, jap = GoldActor("Washington", "USA", "GOV"), GoldActor("the UN", "IGO"), GoldActor("Tokyo", "JAP")
    rus = GoldActor("Moscow", "RUS", "GOV")
    gold = [
        _gold("CONSULT", "CONSULT", actors=(usa, igo), recipients=(rus,)),
        _gold("REQUEST", "REQUEST", actors=(igo,), recipients=(jap,)),  # neither side names an ISO country
        _gold("ACCUSE", "ACCUSE", actors=(rus,), recipients=(usa,)),
    ]
    outputs: list[Sequence[Event] | str] = [
        [_event("CONSULT", actors=["USAGOV", None], recipients=["UKR"]), _event("AGREE", 0.9, actors=["RUS"])],
        [_event("REQUEST", actors=["IGO"], recipients=["JPN"])],
        [_event("ACCUSE", actors=["RUSGOV"], recipients=["USA"])],
    ]
    tally = score_events(gold, outputs)
    assert (tally.actor_country.scored, tally.actor_country.right) == (2, 2)
    assert (tally.recipient_country.scored, tally.recipient_country.right) == (2, 1)  # UKR is not RUS; the other prediction is not looked at


def test_a_sentence_that_failed_is_a_miss_and_the_report_names_it() -> None:
    gold = [_gold("AGREE", "AGREE"), GoldEvent("R7", 7, "Text.", "REJECT", "REJECT")]
    tally = score_events(gold, [[_event("AGREE")], "[E007] No article found in R7: the page holds only boilerplate"])
    assert tally.detected == 1 and tally.failed == [("R7", "[E007] No article found in R7: the page holds only boilerplate")]
    report = build_report(tally, "g", "all")
    assert report.score("REJECT").recall == 0.0
    assert any(note.startswith("1 sentences gave no events") and "R7: [E007]" in note for note in report.notes)
    with pytest.raises(ValueError):
        score_events(gold, [[]])


# --- the command, with the coder replaced -------------------------------------------------------------------------


def _perfect_coder(records: Sequence[GoldEvent], model: str | None = None) -> list[list[Event] | str]:
    roots = {"FIGHT": "190", "DEMAND": "1053", "AGREE": "036", "COERCE": "173"}
    return [
        [_event(record.type, 0.9, roots[record.label], [a.code for a in record.actors], [a.code for a in record.recipients])]
        for record in records
    ]


def test_cli_eval_events_scores_the_half_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def coder(records: Sequence[GoldEvent], model: str | None = None) -> list[list[Event] | str]:
        seen.append([record.id for record in records])
        return _perfect_coder(records, model)

    monkeypatch.setattr(events_module, "code_sentences", coder)
    path = _write(tmp_path / "gold.json", RECORDS)
    result = CliRunner().invoke(app, ["eval", "events", "--data", str(path), "--half", "odd", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["task"], report["split"], report["data"]) == ("events", "odd", "gold.json (odd half)")
    detection = next(score for score in report["scores"] if score["name"] == "detection")
    assert (detection["f1"], detection["count"], detection["extra"]["cameo_root_accuracy"]) == (1.0, 2, 1.0)
    assert detection["extra"]["actor_country_accuracy"] == 1.0  # R1's NOR; R3's KOR (JAP is no ISO code)
    text = CliRunner().invoke(app, ["eval", "events", "--data", str(path), "--limit", "1"])
    assert text.exit_code == 0 and "detection" in text.stdout and "ASSAULT" not in text.stdout
    assert seen == [["R1", "R3"], ["R2"]]  # the even half by default, its first record only


def test_cli_eval_events_refuses_a_missing_file_and_a_bad_half(tmp_path: Path) -> None:
    missing = CliRunner().invoke(app, ["eval", "events", "--data", str(tmp_path / "none.json")])
    assert missing.exit_code == 1 and "E013" in missing.output
    bad = CliRunner().invoke(app, ["eval", "events", "--data", str(tmp_path / "none.json"), "--half", "dev"])
    assert bad.exit_code == 2


# --- the pipeline glue, with a stand-in events stage ----------------------------------------------------------------


@stage("events", reads=("text",), writes=("events",))
def keyword_events(batch: Sequence[Work], resource: None) -> None:
    """Codes a clash as ASSAULT, a talk as a negated CONSULT; fails on a sentence about a breakdown."""
    for work in batch:
        text = work.article.text
        if "breakdown" in text:
            raise ValueError("cannot code this one")
        work.article.events = []
        if "clash" in text:
            work.article.events.append(_event("ASSAULT", 0.7, "190"))
        if "talk" in text:
            work.article.events.append(_event("CONSULT", negated=True))


def test_each_sentence_is_read_as_its_own_page_and_failures_say_why() -> None:
    registry = StageRegistry(builtins=False, plugins=False)
    registry.register(keyword_events)
    texts = [
        "Rebels and soldiers clashed near the northern border town on Monday, officials said.",
        "The ministers did not talk about the dispute during their brief meeting in Geneva.",
        "The breakdown of the ceasefire worried diplomats gathered in the capital on Friday.",
        "x",
    ]
    records = [GoldEvent(f"R{n}", n, text, "FIGHT", "ASSAULT") for n, text in enumerate(texts)]
    clash, talk, breakdown, empty = code_sentences(records, registry=registry)
    assert isinstance(clash, list) and [(e.type, e.cameo) for e in clash] == [("ASSAULT", "190")]
    assert isinstance(talk, list) and [e.negated for e in talk] == [True]  # kept here: scoring leaves it out
    assert isinstance(breakdown, str) and "E010" in breakdown and "cannot code this one" in breakdown
    assert isinstance(empty, str) and "E007" in empty
    tally = score_events(records, [clash, talk, breakdown, empty])
    assert (tally.detected, len(tally.failed)) == (1, 2)


@pytest.mark.skipif(not os.environ.get("DATELINE_PLOVER_GOLD"), reason="set DATELINE_PLOVER_GOLD to PLOVER_GSR_CAMEO.json")
def test_the_real_gold_file_reads_into_two_halves_holding_every_type() -> None:
    records = read_gold(Path(os.environ["DATELINE_PLOVER_GOLD"]))
    assert len(records) == 322 and len(half_of(records, "even")) == len(half_of(records, "odd")) == 161
    assert {record.type for record in records} == set(EVENT_TYPES)
