"""The trigger lexicon: which words code which event, read once from the package's ``event_triggers.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

# Roots whose events are material or verbal conflict: an intent to do one of these is a threat, not an agreement.
CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True, slots=True)
class Coding:
    """What a trigger codes: a PLOVER type, the closest CAMEO code and a PLOVER mode."""

    type: str
    cameo: str
    mode: str | None = None

    @property
    def conflict(self) -> bool:
        return self.type in CONFLICT_TYPES


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    verbs: dict[str, Coding]
    nouns: dict[str, Coding]
    light: frozenset[str]
    frames: dict[str, str]
    report: frozenset[str]
    verb_words: frozenset[str] = frozenset()  # every word a verb key starts with: a quick "can this code?"
    noun_words: frozenset[str] = frozenset()  # every word of a noun key
    phrase_verbs: frozenset[str] = frozenset()  # the verbs with keys of more than one word ("put on alert")
    # What each distinct (part of speech, form, lemma) says of whether a word may code: filled as words are seen.
    verdicts: dict[tuple[int, ...], int] = field(default_factory=dict, compare=False, repr=False)


def parse_coding(entry: str) -> Coding:
    """``"CONSULT 042 visit"`` as a :class:`Coding`."""
    parts = entry.split()
    if len(parts) not in (2, 3) or not parts[1].isdigit():
        raise ValueError(f"a trigger entry is 'TYPE CAMEO [mode]', not {entry!r}")
    return Coding(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


@cache
def trigger_lexicon() -> TriggerLexicon:
    """The packaged lexicon, parsed once per process."""
    text = resources.files("dateline").joinpath("data/event_triggers.toml").read_text(encoding="utf-8")
    return lexicon_from(tomllib.loads(text))


_NOT_SPELLED_TWO_WAYS = frozenset({"seize", "size", "prize", "capsize"})


def _british(word: str) -> str:
    """"mobilize" as "mobilise", "militarization" as "militarisation": the model lemmatizes each as written."""
    if word in _NOT_SPELLED_TWO_WAYS:
        return word
    for american, british in (("ization", "isation"), ("ize", "ise")):
        if word.endswith(american):
            return word[: -len(american)] + british
    return word


def _both_spellings(entries: dict[str, Coding]) -> dict[str, Coding]:
    spelled = dict(entries)
    for key, coding in entries.items():
        spelled.setdefault(" ".join(_british(word) for word in key.split()), coding)
    return spelled


def lexicon_from(data: dict[str, Any]) -> TriggerLexicon:
    verbs = _both_spellings({key: parse_coding(value) for key, value in data["verb"].items()})
    nouns = _both_spellings({key: parse_coding(value) for key, value in data["noun"].items()})
    light = frozenset(data["light"]["verbs"])
    frames = dict(data["frame"])
    report = frozenset(data["report"]["verbs"])
    return TriggerLexicon(
        verbs=verbs, nouns=nouns, light=light, frames=frames, report=report,
        verb_words=frozenset(key.split()[0] for key in verbs) | light | frozenset(frames) | report,
        noun_words=frozenset(word for key in nouns for word in key.split() if word != "of" and word != "-"),
        phrase_verbs=frozenset(key.split()[0] for key in verbs if " " in key),
    )  # fmt: skip
