"""One rule for every command's exit status."""

from __future__ import annotations

from dateline.model import Article, Failure, Page, Paragraph, Problem, Source
from dateline.outcome import RunSummary, exit_status


def _page(*codes: str) -> Page:
    article = Article(text="Body.", paragraphs=[Paragraph(0, 5)], problems=[Problem(code=c, message=c) for c in codes])
    return Page(source=Source(path="p"), articles=[article])


def test_exit_status() -> None:
    assert exit_status(RunSummary()) == 1  # nothing came out
    summary = RunSummary()
    summary.add(_page("E015"))
    summary.add(Failure(code="E001", message="empty", path="e"))
    assert exit_status(summary) == 0 and exit_status(summary, strict=True) == 1
    clean = RunSummary()
    clean.add(_page("E015"))
    assert exit_status(clean, strict=True) == 0  # a warning is not a failure
    stage_failed = RunSummary()
    stage_failed.add(_page("E010"))
    stage_failed.add(_page())
    assert (stage_failed.articles, stage_failed.stage_failures, stage_failed.failed_articles) == (2, 1, 1)
    assert exit_status(stage_failed) == 0 and exit_status(stage_failed, strict=True) == 1
    nothing_worked = RunSummary()
    nothing_worked.add(_page("E010", "E017"))
    assert exit_status(nothing_worked) == 1
    assert exit_status(RunSummary(reports=1)) == 0
    assert exit_status(RunSummary(reports=1, below_floor=["[E014] ..."])) == 1
