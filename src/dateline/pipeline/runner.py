"""The Pipeline: pages in, pages of articles with every asked-for stage's records out.

::

    pipeline = Pipeline(["quotes"], Settings(fetched_at=...))
    for result in pipeline.run(raw_pages):   # RawPage, Page or Failure in; Page or Failure out, in input order
        ...

Pages are read ahead until their articles fill one batch (``settings.batch_size``) and go through the stages
together, so the language model batches across pages. What a stage cannot do for one article costs that article
only the stage's own records: the field stays ``None``, a problem on the article says why (E010), and the stages
that needed that data skip the article with a problem of their own (E017). Every article is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import groupby
from typing import Any, Literal

from dateline.errors import DatelineError, Errors, InputError
from dateline.model import Failure, Page, Problem
from dateline.pipeline.data import Work, clear
from dateline.pipeline.plan import plan
from dateline.pipeline.registry import REGISTRY, StageRegistry
from dateline.pipeline.settings import Settings
from dateline.pipeline.contract import Stage
from dateline.pipeline.offsets import VisibleText, restore, without_invisibles
from dateline.pipeline.windows import WindowedArticle, windows
from dateline.reader import RawPage, raw_page_from_text
from dateline.reading import read_inputs, read_page

logger = logging.getLogger("dateline")

# What ``dateline extract`` runs when no stage is named.
DEFAULT_STAGES: tuple[str, ...] = ("entities", "times", "quotes", "places", "events", "counts")
# A name for the page reader alone: structure, and no later stage.
STRUCTURE = "structure"
# Characters of articles that go through the stages together: their Docs (about 120 bytes a character) are held
# until the last stage is done with them.
TOGETHER_CHARS = 500_000


class Pipeline:
    """The stages asked for (and what they need), with one run's settings and resources.

    ``resources`` replaces what a stage's ``setup`` would load, by stage name: a store passes its own entity
    resolver as ``{"entities": resolver}``. The entity resolver lives as long as the pipeline, so the same person
    keeps one id across every ``run`` of it.
    """

    def __init__(
        self,
        stages: Iterable[str] | None = None,
        settings: Settings | None = None,
        *,
        registry: StageRegistry | None = None,
        resources: Mapping[str, Any] | None = None,
    ) -> None:
        self.names: tuple[str, ...] = tuple(DEFAULT_STAGES if stages is None else stages)
        self.settings = settings or Settings()
        self.registry = registry or REGISTRY
        self.stages: list[Stage] = plan([name for name in self.names if name != STRUCTURE], self.registry)
        self._options = {stage.name: self.settings.options_for(stage.name, stage.options) for stage in self.stages}
        unknown = sorted(set(self.settings.stage_options) - set(self._options))
        if unknown:
            raise DatelineError(Errors.E020, name=unknown[0], detail="no stage of this pipeline has that name")
        self._resources: dict[str, Any] = dict(resources or {})
        self._pages_seen = 0

    # description ------------------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """What another process needs to build the same pipeline: the stages asked for and the settings."""
        return {"stages": list(self.names), "settings": self.settings.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, registry: StageRegistry | None = None) -> Pipeline:
        if not isinstance(data, Mapping) or not isinstance(data.get("stages"), list):
            raise DatelineError(Errors.E016, what="pipeline description", detail="it needs a list of 'stages'")
        return cls(data["stages"], Settings.from_dict(dict(data.get("settings") or {})), registry=registry)

    def __repr__(self) -> str:
        return f"Pipeline({[stage.name for stage in self.stages]!r})"

    @property
    def pages_seen(self) -> int:
        """How many pages this pipeline has run its stages over; the next is number ``pages_seen + 1``."""
        return self._pages_seen

    # running ----------------------------------------------------------------------------------------------------
    def run(self, inputs: Iterable[RawPage | Page | Failure]) -> Iterator[Page | Failure]:
        """Pages (and failures, passed through) in input order; a raw page with no article becomes a Failure."""
        pending: list[Page | Failure] = []
        pending_articles = 0
        for item in inputs:
            if isinstance(item, RawPage):
                raw = item
                try:
                    item = self.read(raw)
                except InputError as error:
                    item = Failure.from_error(raw.path, error)
            pending.append(item)
            if isinstance(item, Page):
                pending_articles += len(item.articles)
            if pending_articles >= self.settings.batch_size or (pending and pending_articles == 0):
                yield from self._flush(pending)
                pending, pending_articles = [], 0
        yield from self._flush(pending)

    def read(self, raw: RawPage) -> Page:
        """One page's structure, before any stage; :class:`InputError` (E007) if it holds no article."""
        return read_page(raw, fetched_at=self.settings.fetched_at, published=self.settings.published)

    def extract(
        self, text: str, *, path: str = "<text>", url: str | None = None, page_format: Literal["text", "html"] | None = None
    ) -> Page:
        """One page's text (plain or HTML) through the pipeline; :class:`InputError` if it has no article.

        The text is repaired as a decoded file is (lone surrogates, NULs, line ends), each repair a page problem.
        """
        raw = raw_page_from_text(text, path, page_format, max_bytes=self.settings.max_bytes)
        page = read_page(raw, fetched_at=self.settings.fetched_at, url=url, published=self.settings.published)
        self.process([page])
        return page

    def extract_files(self, inputs: Sequence[str]) -> Iterator[Page | Failure]:
        """Pages from files, directories, globs or ``-``; a bad input is yielded as a :class:`Failure`."""
        return self.run(read_inputs(list(inputs), self.settings.max_bytes))

    def process(self, pages: Sequence[Page]) -> None:
        """Run the stages over the articles of ``pages`` (one batch), in place.

        The articles go through together, in groups of at most about ``TOGETHER_CHARS`` characters (every Doc of a
        group is held until the group is done), but for those longer than ``settings.window_chars`` or holding
        invisible characters, which go through alone, where they stand. A page is cut into groups only where its
        own articles fill one, so what the entity resolver sees of a page, and in what order, never depends on
        the batching.
        """
        together: list[Work] = []
        together_chars = 0

        def run_together() -> None:
            nonlocal together, together_chars
            self._run_stages(together)
            together, together_chars = [], 0

        for page in pages:
            self._pages_seen += 1
            if together_chars >= TOGETHER_CHARS:
                run_together()
            page_chars = 0  # of this page in the group being filled
            for article in page.articles:
                work = Work(article, page=self._pages_seen)
                visible = without_invisibles(article) if self.stages else None
                if visible is not None or (self.stages and len(article.text) > self.settings.window_chars):
                    run_together()
                    page_chars = 0
                    self._run_apart(work, visible)
                    continue
                if page_chars and page_chars + len(article.text) > TOGETHER_CHARS:
                    run_together()
                    page_chars = 0
                together.append(work)
                page_chars += len(article.text)
                together_chars += len(article.text)
        run_together()

    def _run_stages(self, works: Sequence[Work]) -> None:
        for current in self.stages:
            ready = [work for work in works if not self._skipped(current, work)]
            if ready:
                self._run_stage(current, ready)
        for work in works:
            work.doc = work.local_entities = None  # a Doc holds every token of the article: let it go now
            if work.not_for_its_language:
                article = work.article
                stages = ", ".join(work.not_for_its_language)
                message = Errors.E032.format(article=article.id, language=article.language, stages=stages)
                article.problems.append(Problem(code="E032", message=message, article=article.id, stage="language"))

    def _run_apart(self, work: Work, visible: VisibleText | None) -> None:
        """One article read without its invisible characters, or window by window, or both."""
        article = visible.article if visible is not None else work.article
        if len(article.text) > self.settings.window_chars:
            merged = WindowedArticle(article)
            for offset, window in windows(article, self.settings.window_chars):
                self._run_stages([Work(window, page=work.page)])  # its Doc is let go before the next window's parse
                merged.add(offset, window)
            merged.finish()
        else:
            self._run_stages([Work(article, page=work.page)])
        if visible is not None:
            restore(work.article, visible)

    def resource(self, stage_name: str) -> Any:
        """What a stage's ``setup`` loaded for this pipeline (loaded on first use)."""
        if stage_name not in self._resources:
            current = next(stage for stage in self.stages if stage.name == stage_name)
            setup = current.setup
            self._resources[stage_name] = setup(self.settings, self._options[stage_name]) if setup else None
        return self._resources[stage_name]

    def _flush(self, pending: list[Page | Failure]) -> Iterator[Page | Failure]:
        self.process([item for item in pending if isinstance(item, Page)])
        yield from pending

    def _skipped(self, current: Stage, work: Work) -> bool:
        """Whether the stage does not read the article's language, or an earlier failure took what it needs; if so
        the article loses the stage's writes and says so (one problem for all the stages its language skips)."""
        language = work.article.language
        if current.languages and language is not None and language not in current.languages:
            work.not_for_its_language.append(current.name)
            for data in current.writes:
                work.missing[data] = current.name
            return True
        missing = [data for data in current.reads if data in work.missing]
        if not missing:
            return False
        producer = work.missing[missing[0]]
        message = Errors.E017.format(
            stage=current.name, article=work.article.id, missing=", ".join(repr(m) for m in missing), producer=producer
        )
        work.article.problems.append(Problem(code="E017", message=message, article=work.article.id, stage=current.name))
        for data in current.writes:
            work.missing[data] = producer
        return True

    def _run_stage(self, current: Stage, batch: list[Work]) -> None:
        resource = self.resource(current.name)
        failure = self._attempt(current, batch, resource)
        if failure is None:
            return
        pages = [list(group) for _, group in groupby(batch, key=lambda work: work.page)]
        for group in pages:
            if len(pages) > 1:
                failure = self._attempt(current, group, resource)
                if failure is None:
                    continue
            for work in group:
                # A lone article has just been tried alone; the articles of a larger group are tried one by one.
                alone = failure if len(group) == 1 else self._attempt(current, [work], resource)
                if alone is not None:
                    self._fail(current, work, alone)

    def _attempt(self, current: Stage, batch: list[Work], resource: Any) -> str | None:
        """Run the stage over ``batch``; None if it went through, else what went wrong (its writes taken back)."""
        try:
            current(batch, resource)
        except DatelineError:
            raise  # a configuration error (a missing model, say) concerns the whole run, not one article
        except Exception as error:  # noqa: BLE001 - isolated by the caller, page by page then article by article
            logger.debug("stage %s failed on %d article(s); isolating", current.name, len(batch), exc_info=True)
            for work in batch:
                for data in current.writes:
                    clear(work, data)
            return f"{type(error).__name__}: {error}"
        return None

    def _fail(self, current: Stage, work: Work, detail: str) -> None:
        fields = ", ".join(current.writes) or "records"
        message = Errors.E010.format(stage=current.name, article=work.article.id, detail=detail, fields=fields)
        work.article.problems.append(Problem(code="E010", message=message, article=work.article.id, stage=current.name))
        for data in current.writes:
            work.missing[data] = current.name
