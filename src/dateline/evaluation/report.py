"""Score rows, the table every ``dateline eval`` command prints, and the floors file that guards them."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

from dateline.errors import Errors


@dataclass(slots=True)
class Score:
    """Precision, recall and F1 of one system (or one variant of the task) on one data set."""

    name: str
    precision: float
    recall: float
    f1: float
    count: int
    extra: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_counts(cls, name: str, true_positive: float, predicted: float, gold: float, count: int) -> Score:
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / gold if gold else 0.0
        return cls(name, precision, recall, f1(precision, recall), count)


@dataclass(slots=True)
class Report:
    """What one evaluation run measured."""

    task: str
    data: str
    scores: list[Score]
    notes: list[str] = field(default_factory=list)
    split: str | None = None

    def score(self, name: str) -> Score:
        return next(score for score in self.scores if score.name == name)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def table(self) -> str:
        width = max(len(score.name) for score in self.scores) if self.scores else 6
        lines = [f"{self.task} on {self.data}", f"{'system':<{width}}  precision  recall     f1      n"]
        for score in self.scores:
            lines.append(
                f"{score.name:<{width}}  {score.precision:9.4f}  {score.recall:6.4f}  {score.f1:6.4f}  {score.count:5d}"
            )
            for key, value in score.extra.items():
                lines.append(f"{'':<{width}}  {key}: {value:.4f}")
        lines.extend(self.notes)
        return "\n".join(lines)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def load_floors() -> dict[str, dict[str, float]]:
    """Floors per task and metric (``{"extraction": {"dateline.f1": 0.95}}``); raising one is a deliberate commit.

    A key ``task@split`` holds floors measured on that split only ("quotes@dev"); a plain ``task`` key holds for any.
    """
    text = resources.files("dateline.evaluation").joinpath("floors.json").read_text(encoding="utf-8")
    return json.loads(text)


def below_floor(report: Report, floors: dict[str, dict[str, float]] | None = None) -> list[str]:
    """The metrics of ``report`` that fell below their floor, as E014 messages; empty when all hold.

    The floors that apply are the task's own and those of the report's split. A floor that names a score or a metric
    this run did not produce (a run over some of the corpora, a corpus without GeoNames ids) is not checked.
    """
    floors = load_floors() if floors is None else floors
    applying = dict(floors.get(report.task, {}))
    if report.split is not None:
        applying.update(floors.get(f"{report.task}@{report.split}", {}))
    produced = {score.name: score for score in report.scores}
    failures = []
    for key, floor in applying.items():
        name, metric = key.rsplit(".", 1)
        score = produced.get(name)
        if score is None:
            continue
        if metric in score.extra:
            value = score.extra[metric]
        elif metric in ("precision", "recall", "f1"):
            value = getattr(score, metric)
        else:
            continue
        if value + 1e-9 < floor:
            failures.append(Errors.E014.format(metric=key, value=value, floor=floor, name=report.task))
    return failures
