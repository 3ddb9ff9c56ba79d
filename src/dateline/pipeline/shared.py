"""Read-only resources loaded once per process and shared by every pipeline in it: a language model, a gazetteer.

Library users call :func:`dateline.extract` page by page; reloading a model on each call would dominate. What a
run changes (the entity resolver) is never shared this way: it belongs to its pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_PROCESS_RESOURCES: dict[str, Any] = {}


def shared_resource(key: str, build: Callable[[], T]) -> T:
    """The resource under ``key``, built the first time it is asked for."""
    if key not in _PROCESS_RESOURCES:
        _PROCESS_RESOURCES[key] = build()
    return _PROCESS_RESOURCES[key]
