"""PLOVER's event types, modes and contexts, and every CAMEO code with its PLOVER mapping and Goldstein score.

The tables live in ``data/ontology.json``, which names its sources (the PLOVER manual, the CAMEO-to-PLOVER conversion
table, the Goldstein scale as applied to CAMEO) and every place it departs from them; this module only reads that
file, once, and answers questions about it. Codes are zero-padded strings, two to four digits: ``"04"`` is the root
(cue category), ``"042"`` a code under it and ``"0421"`` a code under that.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True, slots=True)
class EventType:
    """One of PLOVER's 16 event types."""

    name: str
    description: str
    quad_class: int
    requires_recipient: bool
    modes: Mapping[str, str]
    """Each mode the type may take, with what it means; empty for types without modes."""
    cameo: str
    """The CAMEO code an event of this type gets when nothing narrows it down."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and the PLOVER type, mode and contexts the conversion table gives it."""

    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    """None for codes PLOVER dropped (the 01 and 02 roots) and for root 08, which it splits in two."""
    mode: str | None
    context: tuple[str, ...]

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class Ontology:
    """The whole data file, parsed."""

    types: Mapping[str, EventType]
    contexts: tuple[str, ...]
    codes: Mapping[str, CameoCode]
    roots: Mapping[str, frozenset[str]]
    """Current type or legacy label -> the CAMEO roots it covers or came from."""
    legacy: Mapping[str, str | None]
    """PLOVER 0.5 label -> current type; None for the labels that never named events (DOCUMENT)."""
    codes_by_type: Mapping[str, tuple[CameoCode, ...]]
    """Current type -> the codes below root level that map to it, in code order."""


def _parse(document: dict[str, Any]) -> Ontology:
    types = {
        name: EventType(
            name=name,
            description=spec["description"],
            quad_class=spec["quad_class"],
            requires_recipient=spec["requires_recipient"],
            modes=MappingProxyType(dict(spec["modes"])),
            cameo=spec["cameo"],
        )
        for name, spec in document["event_types"].items()
    }
    codes = {
        code: CameoCode(
            code=code,
            name=entry["name"],
            goldstein=entry["goldstein"],
            quad_class=entry["quad_class"],
            plover=entry["plover"],
            mode=entry["mode"],
            context=tuple(entry["context"]),
        )
        for code, entry in document["cameo_codes"].items()
    }
    roots = {name: frozenset(spec["cameo_roots"]) for name, spec in document["event_types"].items()}
    legacy: dict[str, str | None] = {}
    for label, spec in document["legacy_labels"].items():
        legacy[label] = spec["type"]
        roots[label] = frozenset(spec["cameo_roots"])
    by_type: dict[str, list[CameoCode]] = {name: [] for name in types}
    for code in sorted(codes.values(), key=lambda c: c.code):
        if code.plover is not None and len(code.code) > 2:
            by_type[code.plover].append(code)
    return Ontology(
        types=MappingProxyType(types),
        contexts=tuple(document["contexts"]),
        codes=MappingProxyType(codes),
        roots=MappingProxyType(roots),
        legacy=MappingProxyType(legacy),
        codes_by_type=MappingProxyType({name: tuple(found) for name, found in by_type.items()}),
    )


@cache
def ontology() -> Ontology:
    """The package's ontology file, read on first use and shared after that."""
    text = resources.files("dateline.events").joinpath("data", "ontology.json").read_text(encoding="utf-8")
    return _parse(json.loads(text))


EVENT_TYPES: tuple[str, ...] = tuple(ontology().types)
"""The 16 PLOVER event types, cooperative to conflictual: AGREE ... ASSAULT."""

CONTEXTS: tuple[str, ...] = ontology().contexts
"""The contexts PLOVER allows with any event type: military, economic, human_rights, ..."""


def event_type(name: str) -> EventType:
    """The PLOVER event type called ``name`` (exactly, in capitals: ``"CONSULT"``)."""
    try:
        return ontology().types[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a PLOVER event type; the types are {', '.join(EVENT_TYPES)}") from None


def cameo_code(code: str) -> CameoCode | None:
    """The CAMEO code ``code`` (zero-padded: ``"042"``, ``"0211"``, ``"18"``), or None if CAMEO has no such code."""
    return ontology().codes.get(code)


def goldstein(code: str) -> float | None:
    """The Goldstein score of a CAMEO code, from -10 (most conflictual) to +10; None for codes without one."""
    known = cameo_code(code)
    return known.goldstein if known else None


def quad_class(code: str) -> int | None:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.

    A well-formed code CAMEO lacks (``"0429"``) takes its root's class; None when even the root is unknown.
    """
    known = cameo_code(code)
    if known:
        return known.quad_class
    if not (2 <= len(code) <= 4 and code.isascii() and code.isdigit()):
        return None
    root = cameo_code(code[:2])
    return root.quad_class if root else None


def closest_cameo(type: str, mode: str | None = None, context: str | None = None) -> str:
    """The CAMEO code that best stands for a PLOVER event of ``type`` with ``mode`` and ``context``.

    Among the codes the conversion table maps to exactly this type and mode, and to this context (or, with no context
    given, to none), the most general wins: the shallowest, then the lowest. The table maps many codes to one
    combination, and a deeper one adds a meaning the caller did not ask for (AGREE in a diplomatic context is 030,
    "express intent to cooperate", not 0355, "... to allow international involvement"). Failing that, the most
    general code with the type and mode whatever its context; failing that, the type's default code.
    Raises KeyError for an unknown type.
    """
    default = event_type(type).cameo
    if mode is None and context is None:
        return default
    same_mode = [code for code in ontology().codes_by_type[type] if code.mode == mode]
    exact = [code for code in same_mode if (context in code.context if context else not code.context)]
    if exact:
        return min(exact, key=lambda code: (len(code.code), code.code)).code
    if mode is not None and same_mode:
        return min(same_mode, key=lambda code: (bool(code.context), len(code.code), code.code)).code
    return default


def cameo_roots(type_or_legacy_label: str) -> frozenset[str]:
    """The CAMEO roots (``"03"``, ``"19"``) a current type covers, or that a PLOVER 0.5 label was drawn from.

    Case and surrounding spaces are ignored; unknown labels cover no roots.
    """
    return ontology().roots.get(type_or_legacy_label.strip().upper(), frozenset())


def current_type(label: str) -> str | None:
    """The current PLOVER type for a current or PLOVER 0.5 label (``"DEMAND"`` -> ``"REQUEST"``).

    Case and surrounding spaces are ignored. None for unknown labels and for DOCUMENT, which never named an event.
    """
    key = label.strip().upper()
    if key in ontology().types:
        return key
    return ontology().legacy.get(key)
