"""Stages and the pipeline that runs them over articles.

A stage is a function registered by name with what it reads and what it adds to an :class:`~dateline.model.Article`.
Stages run over a batch of articles (so the language pass can batch with ``nlp.pipe``); when a stage fails on a
batch, the pipeline runs it again one article at a time, reports the article that fails and drops it, so one bad
article never costs the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.errors import DatelineError, Errors
from dateline.model import Article, Problem

logger = logging.getLogger("dateline")

StageFunction = Callable[[Sequence[Article], "Context"], None]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    function: StageFunction
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str


STAGES: dict[str, Stage] = {}


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[StageFunction], StageFunction]:
    """Register a stage under ``name``; ``requires`` names the stages that must run before it."""

    def register(function: StageFunction) -> StageFunction:
        STAGES[name] = Stage(name, function, tuple(requires), tuple(assigns), (function.__doc__ or "").strip())
        return function

    return register


@dataclass
class Settings:
    """What a run may be configured with; the CLI's options map onto these one to one."""

    model: str | None = None  # spaCy pipeline name; None means the default (or $DATELINE_SPACY_MODEL)
    batch_size: int = 32


@dataclass
class Context:
    """Shared state of one run: settings, the loaded language model, and per-article parses."""

    settings: Settings = field(default_factory=Settings)
    resources: dict[str, Any] = field(default_factory=dict)
    parses: dict[int, Any] = field(default_factory=dict)  # id(article) -> spaCy Doc

    def resource(self, key: str, build: Callable[[], Any]) -> Any:
        """Load a resource (a model, a table) once per run."""
        if key not in self.resources:
            self.resources[key] = build()
        return self.resources[key]

    def parse(self, article: Article) -> Any:
        """The article's spaCy Doc from the language stage."""
        return self.parses[id(article)]

    def forget(self, articles: Iterable[Article]) -> None:
        for article in articles:
            self.parses.pop(id(article), None)


_PROCESS_RESOURCES: dict[str, Any] = {}


def shared_resource(key: str, build: Callable[[], Any]) -> Any:
    """Load a read-only resource (a language model, a gazetteer) once per process, for every run in it.

    Library users call :func:`dateline.extract` page by page; reloading a model on each call would dominate.
    """
    if key not in _PROCESS_RESOURCES:
        _PROCESS_RESOURCES[key] = build()
    return _PROCESS_RESOURCES[key]


@stage("structure", assigns=("title", "published", "updated", "dateline", "captions", "paragraphs"))
def structure_stage(articles: Sequence[Article], context: Context) -> None:
    """Titles, times, datelines, key points, subheads, captions and paragraphs (done as each page is read)."""


def resolve_stages(names: Iterable[str]) -> list[Stage]:
    """The stages named plus everything they require, in an order that satisfies every requirement."""
    _load_builtin_stages()
    ordered: list[Stage] = []

    def visit(name: str) -> None:
        if name not in STAGES:
            raise DatelineError(Errors.E012, stage=name, known=", ".join(sorted(STAGES)))
        if any(s.name == name for s in ordered):
            return
        for required in STAGES[name].requires:
            visit(required)
        ordered.append(STAGES[name])

    for name in names:
        visit(name)
    return ordered


def run_stages(articles: list[Article], stages: Sequence[Stage], context: Context) -> tuple[list[Article], list[Problem]]:
    """Run ``stages`` over ``articles``; returns the articles that went through and the problems met."""
    problems: list[Problem] = []
    alive = list(articles)
    for current in stages:
        try:
            current.function(alive, context)
            continue
        except DatelineError:
            raise  # a configuration error (a missing model, say) concerns the whole run, not one article
        except Exception:  # noqa: BLE001 - isolated below, article by article
            logger.debug("stage %s failed on a batch; isolating", current.name, exc_info=True)
        survivors: list[Article] = []
        for article in alive:
            try:
                current.function([article], context)
            except DatelineError:
                raise
            except Exception as error:  # noqa: BLE001 - reported as a problem, never a traceback
                detail = f"{type(error).__name__}: {error}"
                problems.append(
                    Problem(
                        code="E010",
                        message=Errors.E010.format(stage=current.name, article=article.id, detail=detail),
                        article=article.id,
                        stage=current.name,
                    )
                )
                context.forget([article])
            else:
                survivors.append(article)
        alive = survivors
    context.forget(alive)
    return alive, problems


def _load_builtin_stages() -> None:
    # Importing a stage module registers it; registration stays beside each definition.
    import dateline.stages  # noqa: F401
