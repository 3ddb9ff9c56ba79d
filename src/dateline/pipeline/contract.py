"""A stage: a function over a batch of articles, with what it reads and writes declared as data.

::

    @stage("times", reads=("text", "published", "updated", "parse"), writes=("times",))
    def times_stage(batch: Sequence[Work], resource: None) -> None:
        ...

``reads`` must be there before the stage runs (the pipeline brings in the stage that writes them); ``optional``
are used when some stage of the pipeline writes them, and only order the stages; ``writes`` are what the stage
gives, and no other stage of a pipeline may write the same. ``languages`` are those the stage can read: an
article detected to be in another language skips it. ``setup`` loads what the stage needs once per pipeline
(a model, a gazetteer, a resolver) from the settings and the stage's typed ``options``; it is handed to the
function as its second argument. A ``serial`` stage holds collection-wide state: it takes pages whole and in input
order, in one process.

A stage function computes for the whole batch first and attaches after, and either attaches to every article of
its batch or raises; the pipeline then takes back what it wrote and tries again page by page, then article by
article, so one bad article costs only its own records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.pipeline.data import Work, check_name
from dateline.pipeline.settings import Settings

StageFunction = Callable[[Sequence[Work], Any], None]
Setup = Callable[[Settings, Any], Any]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    function: StageFunction
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    setup: Setup | None = None
    options: type | None = None
    serial: bool = False
    languages: tuple[str, ...] = ()  # the languages it reads (ISO 639-1); none named: any
    doc: str = ""
    owner: str = ""  # the module that defined it, named when another stage takes its name

    def __post_init__(self) -> None:
        for name in (*self.reads, *self.writes, *self.optional):
            check_name(name, self.name)

    def __call__(self, batch: Sequence[Work], resource: Any = None) -> None:
        self.function(batch, resource)


def stage(
    name: str,
    *,
    reads: Sequence[str] = (),
    writes: Sequence[str] = (),
    optional: Sequence[str] = (),
    setup: Setup | None = None,
    options: type | None = None,
    serial: bool = False,
    languages: Sequence[str] = (),
) -> Callable[[StageFunction], Stage]:
    """Make a :class:`Stage` of a function; register it with :func:`dateline.pipeline.register_stage`."""

    def make(function: StageFunction) -> Stage:
        return Stage(
            name=name,
            function=function,
            reads=tuple(reads),
            writes=tuple(writes),
            optional=tuple(optional),
            setup=setup,
            options=options,
            serial=serial,
            languages=tuple(languages),
            doc=(function.__doc__ or "").strip(),
            owner=getattr(function, "__module__", "") or "",
        )

    return make
