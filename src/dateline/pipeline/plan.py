"""From stage names to the stages that run, in an order that follows from what each reads and writes.

Asking for a stage brings in the stages that write what it reads, and so on down to the page reader. Every problem
with the set is found here, before any page is read (E018): a read no stage writes, two stages writing one field,
several registered stages able to give a read (ask for one), and stages that need each other's data (a cycle).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from dateline.errors import DatelineError, Errors
from dateline.pipeline.data import STRUCTURE_FIELDS, parent
from dateline.pipeline.registry import StageRegistry
from dateline.pipeline.contract import Stage


def plan(names: Iterable[str], registry: StageRegistry) -> list[Stage]:
    """The stages named and all they need, ordered so that each runs after the writers of what it reads."""
    selected: dict[str, Stage] = {}
    queue = [registry.get(name) for name in names]
    while queue:
        current = queue.pop(0)
        if current.name in selected:
            continue
        selected[current.name] = current
        for data in current.reads:
            if data in STRUCTURE_FIELDS or _writer_in(selected.values(), data) or _writer_in(queue, data):
                continue
            queue.append(_only_writer(registry, current, data))
    _refuse_double_writers(selected.values())
    return _ordered(list(selected.values()), registry)


def _writer_in(stages: Iterable[Stage], data: str) -> Stage | None:
    return next((stage for stage in stages if data in stage.writes), None)


def _only_writer(registry: StageRegistry, reader: Stage, data: str) -> Stage:
    writers = registry.writers(data)
    if not writers:
        raise DatelineError(Errors.E018, detail=f"stage {reader.name!r} reads {data!r}, which no stage writes")
    if len(writers) > 1:
        names = " and ".join(repr(stage.name) for stage in writers)
        raise DatelineError(Errors.E018, detail=f"stage {reader.name!r} reads {data!r}, which {names} all write: ask for one")
    return writers[0]


def _refuse_double_writers(stages: Iterable[Stage]) -> None:
    owners: dict[str, str] = {}
    for current in stages:
        for data in current.writes:
            if data in STRUCTURE_FIELDS:
                raise DatelineError(Errors.E018, detail=f"stage {current.name!r} writes {data!r}, which the page reader gives")
            if data in owners:
                raise DatelineError(Errors.E018, detail=f"stages {owners[data]!r} and {current.name!r} both write {data!r}")
            owners[data] = current.name


def _ordered(stages: Sequence[Stage], registry: StageRegistry) -> list[Stage]:
    """A topological order (writers before readers) that keeps registration order wherever the data leaves a choice."""
    after: dict[str, set[str]] = {stage.name: set() for stage in stages}
    for current in stages:
        wanted = [*current.reads, *current.optional]
        wanted += [owner for owner in map(parent, current.writes) if owner]  # fields of records come after the records
        for data in wanted:
            writer = _writer_in((s for s in stages if s is not current), data)
            if writer is not None:
                after[current.name].add(writer.name)
    by_name = {stage.name: stage for stage in stages}
    waiting = {name: set(needs) for name, needs in after.items()}
    ready = [(registry.rank(name), name) for name, needs in waiting.items() if not needs]
    heapq.heapify(ready)
    order: list[Stage] = []
    while ready:
        _, name = heapq.heappop(ready)
        order.append(by_name[name])
        for other, needs in waiting.items():
            if name in needs:
                needs.discard(name)
                if not needs:
                    heapq.heappush(ready, (registry.rank(other), other))
    if len(order) < len(stages):
        stuck = sorted(name for name, needs in waiting.items() if needs)
        raise DatelineError(Errors.E018, detail=f"stages {', '.join(map(repr, stuck))} need each other's data (a cycle)")
    return order
