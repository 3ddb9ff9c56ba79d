"""Score coded events on the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.json``).

The gold file is a JSON list of records, one sentence each, coded with PLOVER 0.5: ``text``, ``event`` (the label),
``source`` and ``target`` (lists of ``{actorText, code, sector}``, or absent, or ""). Its labels are mapped to the
current 16 types (DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT); the DOCUMENT record,
which documents the file rather than a sentence, is skipped.

Records are split by their 0-based position in the file: the *even* half is for developing the coder, the *odd*
half is the test half, reported and never tuned on.

Each sentence is read as a page of its own. Its predicted events are those of its articles that are not negated;
its *matched* prediction is the one of the gold type (the most confident), else the most confident of all. Scored:

- detection: a gold record with a prediction is a true positive, one without is a miss, and every prediction but
  the matched one is a false positive (the file codes one event per sentence); a sentence whose page or events
  stage failed is a miss, and the report names it;
- type accuracy, CAMEO root accuracy and actor / recipient country accuracy, all over the detected records: the
  root is right when the matched prediction's CAMEO code starts with one of the roots the gold label stands for;
  a country is right when a code of the matched prediction's actors (recipients) starts with the gold country,
  over the records whose gold actors (recipients) name one;
- per type: the gold type against the matched prediction's type (or none), each extra prediction a false positive
  of its own type; the macro average is over the types the gold records hold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from dateline.errors import DatelineError, Errors
from dateline.evaluation.report import Report, Score
from dateline.events import ontology
from dateline.model import Page
from dateline.pipeline import Pipeline, Settings, StageRegistry
from dateline.reader import raw_page_from_text
from dateline.records import Event, EventActor

Half = Literal["even", "odd", "all"]
HALVES: dict[str, str] = {"even": "develop", "odd": "test", "all": "develop and test"}
TASK = "events"
WHAT = "PLOVER gold-standard file (a JSON list of records)"
# The gold file dates every record 2000-01-01; its sentences are read as of that day.
GOLD_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)

# The CAMEO roots (first two digits) the legacy labels stood for; narrower than their current types' roots, since
# PLOVER 0.5 kept conventional fighting (19) apart from unconventional violence (18). Narrower on purpose than the
# ontology's own table too, which lets FIGHT reach root 20: a code of the wrong family is not scored right.
LEGACY_ROOTS: dict[str, frozenset[str]] = {
    "FIGHT": frozenset({"19"}),
    "ASSAULT": frozenset({"18"}),
    "DISAPPROVE": frozenset({"11"}),
    "INVESTIGATE": frozenset({"09"}),
    "DEMAND": frozenset({"10"}),
}
NONE = "NONE"  # the type of no prediction, in the per-type counts


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    code: str
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One scorable record of the gold file: its sentence, its label as written and as a current type, its actors."""

    id: str
    position: int  # 0-based, in the file: which half the record is in
    text: str
    label: str
    type: str
    actors: tuple[GoldActor, ...] = ()
    recipients: tuple[GoldActor, ...] = ()
    event_text: str = ""


def current_type(label: str) -> str | None:
    """The current type a gold label stands for; ``None`` for a record that is no event (DOCUMENT)."""
    found = ontology.current_type(label)
    if found is None and label not in ontology.ontology().legacy:
        raise ValueError(f"unknown event label {label!r}")
    return found


def gold_roots(label: str) -> frozenset[str]:
    """The CAMEO roots a gold label stands for: a legacy label's own, else every root of its type."""
    if label in LEGACY_ROOTS:
        return LEGACY_ROOTS[label]
    return type_roots(current_type(label) or "")


def type_roots(event_type: str) -> frozenset[str]:
    """The CAMEO roots a current type takes its codes from, as the events ontology's conversion table gives them."""
    return ontology.cameo_roots(event_type)


def _actors(value: Any) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):
        return ()  # absent, or "" (no target), or a stray word
    return tuple(
        GoldActor(str(item.get("actorText", "")), str(item.get("code", "")), item.get("sector"))
        for item in value
        if isinstance(item, dict)
    )


def read_gold(path: Path) -> list[GoldEvent]:
    """Every record of the gold file that codes a sentence, in file order; E013 when the file is no such list."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail="no such file") from None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail=str(error)) from None
    if not isinstance(raw, list):
        raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail="it is not a JSON list")
    records = []
    for position, item in enumerate(raw):
        name = item.get("id", f"record {position}") if isinstance(item, dict) else f"record {position}"
        if not isinstance(item, dict) or not isinstance(item.get("event"), str):
            raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail=f"{name} has no event label")
        try:
            event_type = current_type(item["event"])
        except ValueError as error:
            raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail=f"{name}: {error}") from None
        if event_type is None:
            continue
        if not isinstance(item.get("text"), str) or not item["text"].strip():
            raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail=f"{name} has no text")
        records.append(
            GoldEvent(
                id=str(name),
                position=position,
                text=item["text"],
                label=item["event"],
                type=event_type,
                actors=_actors(item.get("source")),
                recipients=_actors(item.get("target")),
                event_text=str(item.get("eventText", "")),
            )
        )
    if not records:
        raise DatelineError(Errors.E013, path=str(path), what=WHAT, detail="it holds no event record")
    return records


def half_of(records: Iterable[GoldEvent], half: str) -> list[GoldEvent]:
    """The records of one half: even positions (develop), odd positions (test), or all."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    if half == "all":
        return list(records)
    return [record for record in records if record.position % 2 == (0 if half == "even" else 1)]


# --- scoring ----------------------------------------------------------------------------------------------------


def predicted(events: Iterable[Event]) -> list[Event]:
    """The predictions of a sentence: its events that are not negated."""
    return [event for event in events if not event.negated]


def matched(gold_type: str, predictions: Sequence[Event]) -> Event | None:
    """The prediction scored against the gold event: the most confident of the gold type, else the most confident."""
    pool = [event for event in predictions if event.type == gold_type] or list(predictions)
    return max(pool, key=lambda event: event.confidence) if pool else None


def country_codes(actors: Iterable[GoldActor]) -> set[str]:
    """The ISO 3166 alpha-3 country codes among gold actors (not IGO, NGO, nor the file's non-ISO country codes)."""
    from dateline.places.countries import country

    return {actor.code for actor in actors if len(actor.code) == 3 and country(actor.code) is not None}


def _country_right(gold: set[str], actors: Sequence[EventActor]) -> bool:
    codes = [actor.code for actor in actors if actor.code]
    return any(code.startswith(country) for code in codes for country in gold)


@dataclass(slots=True)
class TypeCounts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def score(self, name: str) -> Score:
        found = self.true_positive + self.false_positive
        gold = self.true_positive + self.false_negative
        return Score.from_counts(name, self.true_positive, found, gold, gold)


@dataclass(slots=True)
class Share:
    """How many of the records scored on one measure got it right."""

    right: int = 0
    scored: int = 0

    def add(self, is_right: bool) -> None:
        self.scored += 1
        self.right += is_right

    @property
    def value(self) -> float:
        return self.right / self.scored if self.scored else 0.0


@dataclass(slots=True)
class EventTally:
    """What the scoring counted over one set of gold records."""

    gold: int = 0
    detected: int = 0
    extra: int = 0  # predictions other than the matched one: false positives of detection
    type_right: int = 0
    root_right: int = 0
    actor_country: Share = field(default_factory=Share)
    recipient_country: Share = field(default_factory=Share)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (record id, why) of sentences that gave no events
    types: dict[str, TypeCounts] = field(default_factory=dict)

    def counts(self, event_type: str) -> TypeCounts:
        return self.types.setdefault(event_type, TypeCounts())


def score_events(gold: Sequence[GoldEvent], outputs: Sequence[Sequence[Event] | str]) -> EventTally:
    """Count what the events of each sentence get right against its gold record.

    ``outputs[i]`` holds every event coded for ``gold[i]``'s sentence (negated ones included: they are left out
    here), or, for a sentence whose page or events stage failed, the reason as a string: it is scored as a miss.
    """
    if len(gold) != len(outputs):
        raise ValueError(f"{len(gold)} gold records but {len(outputs)} outputs")
    tally = EventTally()
    for record, output in zip(gold, outputs):
        tally.gold += 1
        if isinstance(output, str):
            tally.failed.append((record.id, output))
            predictions: list[Event] = []
        else:
            predictions = predicted(output)
        best = matched(record.type, predictions)
        extras = [event for event in predictions if event is not best]
        tally.extra += len(extras)
        for event in extras:
            tally.counts(event.type).false_positive += 1
        if best is None:
            tally.counts(record.type).false_negative += 1
            continue
        tally.detected += 1
        if best.type == record.type:
            tally.type_right += 1
            tally.counts(record.type).true_positive += 1
        else:
            tally.counts(record.type).false_negative += 1
            tally.counts(best.type).false_positive += 1
        tally.root_right += best.cameo is not None and best.cameo[:2] in gold_roots(record.label)
        for gold_actors, actors, share in (
            (record.actors, best.actors, tally.actor_country),
            (record.recipients, best.recipients, tally.recipient_country),
        ):
            countries = country_codes(gold_actors)
            if countries:
                share.add(_country_right(countries, actors))
    return tally


def _share(right: int, scored: int) -> float:
    return right / scored if scored else 0.0


def build_report(tally: EventTally, data: str, half: str) -> Report:
    """The report of one run: detection with its accuracies, the macro average over gold types, one row per type."""
    detection = Score.from_counts("detection", tally.detected, tally.detected + tally.extra, tally.gold, tally.gold)
    detection.extra = {
        "type_accuracy": _share(tally.type_right, tally.detected),
        "cameo_root_accuracy": _share(tally.root_right, tally.detected),
        "actor_country_accuracy": tally.actor_country.value,
        "recipient_country_accuracy": tally.recipient_country.value,
    }
    gold_types = [name for name in ontology.EVENT_TYPES if tally.types.get(name) and _gold_count(tally.types[name])]
    per_type = [tally.types[name].score(name) for name in gold_types]
    macro = Score("type-macro", 0.0, 0.0, 0.0, tally.gold)
    if per_type:
        macro.precision = sum(score.precision for score in per_type) / len(per_type)
        macro.recall = sum(score.recall for score in per_type) / len(per_type)
        macro.f1 = sum(score.f1 for score in per_type) / len(per_type)
    notes = [
        f"half {half} ({HALVES.get(half, half)}): {tally.gold} gold records, {tally.detected} detected, "
        f"{tally.extra} extra predictions; accuracies over the detected records "
        f"(countries over the {tally.actor_country.scored} with a gold actor country and {tally.recipient_country.scored} with a "
        "gold recipient country); type-macro averages the types the gold records hold",
    ]
    elsewhere = {name: counts.false_positive for name, counts in tally.types.items() if name not in gold_types}
    if elsewhere:
        listed = ", ".join(f"{name} {count}" for name, count in sorted(elsewhere.items()))
        notes.append(f"predicted types no gold record holds (false positives): {listed}")
    if tally.failed:
        listed = "; ".join(f"{name}: {why}" for name, why in tally.failed[:5])
        more = f" and {len(tally.failed) - 5} more" if len(tally.failed) > 5 else ""
        notes.append(f"{len(tally.failed)} sentences gave no events and count as misses: {listed}{more}")
    return Report(task=TASK, data=data, scores=[detection, macro, *per_type], notes=notes, split=half)


def _gold_count(counts: TypeCounts) -> int:
    return counts.true_positive + counts.false_negative


# --- running ----------------------------------------------------------------------------------------------------


def reading_settings(model: str | None = None) -> Settings:
    """The settings the sentences are read with: the gold file's date as fetch and publication time."""
    return Settings(model=model, fetched_at=GOLD_DATE, published=GOLD_DATE)


def code_sentences(
    records: Sequence[GoldEvent], model: str | None = None, registry: StageRegistry | None = None
) -> list[list[Event] | str]:
    """Every event the pipeline's events stage codes for each record's sentence, read as a text page of its own;
    for a sentence whose page or events stage failed, why, as a string. ``registry``: where the stage is found."""
    pipeline = Pipeline(("events",), reading_settings(model), registry=registry)
    pages = (raw_page_from_text(record.text, record.id, "text") for record in records)
    outputs: list[list[Event] | str] = []
    for result in pipeline.run(pages):
        if not isinstance(result, Page):
            outputs.append(result.message)
            continue
        failed = [article for article in result.articles if article.events is None]
        if failed or not result.articles:
            problems = [problem.message for problem in result.all_problems()]
            outputs.append(problems[0] if problems else "the events stage gave no events field")
            continue
        outputs.append([event for article in result.articles for event in article.events or []])
    return outputs



def evaluate_events(data: Path, half: str = "even", limit: int | None = None, model: str | None = None) -> Report:
    """Score the events stage on one half of the PLOVER gold file (``limit``: its first N records only)."""
    data = Path(data)
    records = half_of(read_gold(data), half)[: limit if limit is not None else None]
    outputs = code_sentences(records, model)
    return build_report(score_events(records, outputs), f"{data.name} ({half} half)", half)
