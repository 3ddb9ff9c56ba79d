"""Which stages exist: dateline's own, those third-party packages declare, and those registered at run time.

dateline's own stages are listed once, in :func:`dateline.stages.builtin_stages`. A package adds stages through the
``dateline.stages`` entry-point group; each entry point names a :class:`~dateline.pipeline.contract.Stage` or a
sequence of them::

    [project.entry-points."dateline.stages"]
    sentiment = "my_package.stages:SENTIMENT"

Built-in stages are registered before anything else, so a stage that takes a taken name is refused (E019) rather
than silently replacing the one before it. A plugin that cannot be loaded is left out with a warning (E021).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points

from dateline.errors import DatelineError, Errors
from dateline.pipeline.contract import Stage

ENTRY_POINT_GROUP = "dateline.stages"
logger = logging.getLogger("dateline")


class StageRegistry:
    """Stages by name, in the order they were registered (which breaks ties when ordering a pipeline)."""

    def __init__(self, *, builtins: bool = True, plugins: bool = True) -> None:
        self._stages: dict[str, Stage] = {}
        self._builtins = builtins
        self._plugins = plugins
        self._loaded = False
        self.warnings: list[str] = []  # plugins left out, as E021 messages

    def register(self, new: Stage) -> Stage:
        """Add a stage; E019 if its name is taken."""
        self._load()
        return self._add(new)

    def unregister(self, name: str) -> None:
        self._load()
        self._stages.pop(name, None)

    def get(self, name: str) -> Stage:
        self._load()
        if name not in self._stages:
            raise DatelineError(Errors.E012, stage=name, known=", ".join(self._stages))
        return self._stages[name]

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._stages

    def __iter__(self) -> Iterator[Stage]:
        self._load()
        return iter(list(self._stages.values()))

    def names(self) -> list[str]:
        self._load()
        return list(self._stages)

    def rank(self, name: str) -> int:
        """The stage's position in registration order."""
        return self.names().index(name)

    def writers(self, data: str) -> list[Stage]:
        """Every registered stage that writes ``data``."""
        return [stage for stage in self if data in stage.writes]

    def _add(self, new: Stage) -> Stage:
        existing = self._stages.get(new.name)
        if existing is not None:
            raise DatelineError(Errors.E019, stage=new.name, owner=existing.owner or "another module")
        self._stages[new.name] = new
        return new

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self._builtins:
            from dateline.stages import builtin_stages

            for builtin in builtin_stages():
                self._add(builtin)
        if self._plugins:
            self._load_plugins()

    def _load_plugins(self) -> None:
        for point in entry_points(group=ENTRY_POINT_GROUP):
            try:
                loaded = point.load()
                found = [loaded] if isinstance(loaded, Stage) else list(_as_stages(loaded))
                for plugin in found:
                    self._add(plugin)
            except Exception as error:  # noqa: BLE001 - a broken plugin must not stop dateline's own stages
                message = Errors.E021.format(entry_point=f"{point.name} = {point.value}", detail=_describe(error))
                self.warnings.append(message)
                logger.warning(message)


def _as_stages(loaded: object) -> Iterable[Stage]:
    if not isinstance(loaded, Iterable) or isinstance(loaded, (str, bytes)):
        raise TypeError(f"it names a {type(loaded).__name__}, not a Stage or a sequence of them")
    for item in loaded:
        if not isinstance(item, Stage):
            raise TypeError(f"it holds a {type(item).__name__}, not a Stage")
        yield item


def _describe(error: Exception) -> str:
    return str(error) if isinstance(error, DatelineError) else f"{type(error).__name__}: {error}"


REGISTRY = StageRegistry()


def register_stage(new: Stage) -> Stage:
    """Make a stage available by name to every pipeline of this process (E019 if the name is taken)."""
    return REGISTRY.register(new)
