"""How a run went, and the one rule that turns that into an exit status, for every command."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.model import Failure, Page

# Problems that mean an article went without a stage's records.
STAGE_FAILURE_CODES = frozenset({"E010", "E017"})


@dataclass(slots=True)
class RunSummary:
    """Counts of what came out of a run (or of an evaluation) and of what went wrong."""

    pages: int = 0
    articles: int = 0
    failures: int = 0  # inputs that gave no page
    stage_failures: int = 0  # article problems of the codes above
    failed_articles: int = 0  # articles with at least one of them
    reports: int = 0  # evaluation reports produced
    below_floor: list[str] = field(default_factory=list)  # E014 messages

    def add(self, result: Page | Failure) -> None:
        if isinstance(result, Failure):
            self.failures += 1
            return
        self.pages += 1
        self.articles += len(result.articles)
        self.stage_failures += sum(1 for problem in result.all_problems() if problem.code in STAGE_FAILURE_CODES)
        self.failed_articles += sum(
            1 for article in result.articles if any(p.code in STAGE_FAILURE_CODES for p in article.problems)
        )


def exit_status(summary: RunSummary, *, strict: bool = False) -> int:
    """0 when the run did its job; 1 when nothing came out (no article, no report), when every article went without
    some stage's records (a run in which nothing worked), when a score fell below its floor, or, with ``strict``,
    when any input gave no page or any article went without a stage's records."""
    if summary.below_floor:
        return 1
    if summary.articles == 0 and summary.reports == 0:
        return 1
    if summary.articles and summary.failed_articles == summary.articles:
        return 1
    if strict and (summary.failures or summary.stage_failures):
        return 1
    return 0
