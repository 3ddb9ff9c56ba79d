"""Every error dateline reports, in one catalogue: a code, and a message that says what to do.

Library functions raise :class:`DatelineError`; the CLI turns it into one line on stderr and a non-zero exit.
Nothing else should reach a user as a traceback.
"""

from __future__ import annotations

from enum import Enum


class Errors(str, Enum):
    E001 = "File is empty: {path}"
    E002 = "File looks binary, not text or HTML ({detail}): {path}"
    E003 = "Could not decode {path} as text in any known encoding"
    E004 = "File is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes): {path}"
    E005 = "No such file or directory: {path}"
    E006 = "Cannot read {path}: {detail}"
    E007 = "No article found in {path}: {detail}"
    E008 = "Invalid {option} {value!r}: give an ISO 8601 time such as 2026-01-11T12:00:00Z or 2019-05-15"
    E009 = "No input matched {pattern!r}"
    E010 = "Stage {stage!r} failed on article {article}: {detail}; the article is kept without its {fields}"
    E011 = "{name!r} {detail}. Install a spaCy pipeline with: pip install {hint}"
    E012 = "Unknown stage {stage!r}; known stages: {known}"
    E013 = "Data path {path} is not a usable {what}: {detail}"
    E014 = "Score {metric}={value:.4f} fell below its floor {floor:.4f} ({name})"
    E015 = "The {kind} stamp {text!r} is left unresolved ({reason}): pass --fetched-at to resolve it"
    E016 = "Not a dateline {what}: {detail}"
    E017 = "Stage {stage!r} skipped on article {article}: it needs {missing}, which stage {producer!r} did not give"
    E018 = "The stages cannot run together: {detail}"
    E019 = "A stage named {stage!r} is already registered (by {owner}); give yours another name"
    E020 = "Invalid setting {name}: {detail}"
    E021 = "Stage plugin {entry_point!r} could not be loaded and is left out: {detail}"
    E022 = "Cannot write {path}: {detail}"
    E023 = "Output {path} {detail}: give an output path outside the inputs"
    E024 = "Stopped by {signal} before the run finished: {detail}"
    E025 = "{path} is not valid {encoding} in {count} of its {size} bytes: they are read as U+FFFD, the rest as {encoding}"
    E026 = "The gzip data of {path} {detail}; the page is the {size} bytes read before that (uncompressed)"
    E027 = "Removed {count} NUL character(s) from {path}, which is text otherwise"
    E028 = "{count} lone surrogate character(s) in the text of {path} became U+FFFD: pass text decoded without 'surrogateescape'"
    E029 = "The cached place index {path} is not used ({detail}); it is rebuilt"
    E030 = (
        "The cache folder {folder} is not used ({detail}); the place index is built in {private} for this run only. "
        "Set DATELINE_CACHE_DIR to a folder that only you can write"
    )
    E031 = "Cannot build the place index in {folder}: {detail}. Set DATELINE_CACHE_DIR to a folder you can write"
    E032 = "Article {article} is in another language than English ({language}): the English-only stages ({stages}) did not run on it"
    E033 = "Cannot open the database {target}: {detail}"
    E034 = "The database {target} {detail}"
    E035 = "Invalid {option} {value!r}: {detail}"
    E036 = "Could not store {path}: {detail}; the page is not stored and the next run tries it again"
    E037 = "The store holds no {what} {key!r}"
    E038 = "The request body is {size} bytes, over the limit of {limit} bytes"
    E039 = "The service could not answer ({detail}); the request changed nothing"
    E040 = "{feature} is off: start the service with {flag} to allow it"
    E041 = "{path} is quarantined: it failed on every worker that tried it ({detail}); it is skipped, not tried again"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] {self.value.format(**kwargs)}"


class DatelineError(Exception):
    """An error with a catalogue code; ``str()`` gives the user-facing message."""

    def __init__(self, error: Errors, **kwargs: object) -> None:
        self.error = error
        self.code = error.name
        self.details = kwargs
        super().__init__(error.format(**kwargs))


class InputError(DatelineError):
    """The input cannot be turned into a page (empty, binary, undecodable, too large, missing)."""
