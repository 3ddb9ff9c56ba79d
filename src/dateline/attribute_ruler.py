"""A table-driven stand-in for a spaCy pipeline's ``attribute_ruler``, with the same output at a fraction of the cost.

The small English pipeline's attribute ruler maps each tag to its part of speech and morphology, and sets a few
lemma and tag exceptions, with 179 one- and two-token Matcher patterns. spaCy's Matcher tries every pattern at every
token, which costs about an eighth of the whole model's time. All of those patterns start with an exact
tag, word or flag but two (tried everywhere), so a dictionary keyed on the first token's value finds the few
patterns that can match there.

:func:`compile_attribute_ruler` reads the patterns of an installed ruler and returns the stand-in, or ``None`` when
a pattern uses anything the table cannot answer exactly (quantifiers, other attributes, other operators): the model's
own ruler then stays. Matches are applied as spaCy applies them: all found first, on the tokens as they came in,
then in the order the patterns were added, so a later pattern wins, through spaCy's own attribute setter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Attributes whose token value is a string hash in Doc.to_array, and the boolean flags (0 or 1 there).
_STRING_ATTRIBUTES = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA")
_FLAG_ATTRIBUTES = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
_ALIASES = {"TEXT": "ORTH"}
# What a ruler may set and still be applied once per token: these live on the token alone, so tokens of one word
# do not affect each other (a lexeme attribute set on one token would show on every token of that word).
_TOKEN_ONLY_ATTRIBUTES = {"POS", "TAG", "MORPH", "LEMMA", "DEP", "NORM"}


class _Unsupported(Exception):
    """A pattern the table cannot answer exactly."""


@dataclass(frozen=True)
class _TokenTest:
    """One token of a pattern: column -> accepted values, column -> refused values, and column -> regular
    expressions searched in its string."""

    values: tuple[tuple[int, frozenset[int]], ...]
    refused: tuple[tuple[int, frozenset[int]], ...]
    regexes: tuple[tuple[int, re.Pattern[str]], ...]


@dataclass(frozen=True)
class _Pattern:
    order: int  # the ruler's attribute id: patterns added later win
    tokens: tuple[_TokenTest, ...]
    target: int  # index of the token the attributes go to, may be negative


@dataclass(frozen=True)
class _TokenPlan:
    """What the patterns do for one distinct token (its values in every column): the attributes the one-token
    patterns set, merged in their order, and the longer patterns that may start there."""

    orders: tuple[int, ...]
    attrs: dict[Any, Any]
    starts: tuple[_Pattern, ...]


_PLAN_CACHE_LIMIT = 200_000  # distinct (tag, word, ...) rows kept between documents


@dataclass
class CompiledAttributeRuler:
    """Callable on a Doc, as the ruler it replaces. Built by :func:`compile_attribute_ruler`."""

    columns: tuple[str, ...]
    index: dict[tuple[int, int], list[_Pattern]]  # (column, value of the first token) -> patterns
    anywhere: list[_Pattern]  # patterns whose first token has no exact value: tried at every token
    attrs: list[dict[Any, Any]]  # the ruler's normalised attributes, by order
    set_token_attrs: Callable[[Any, dict[Any, Any]], None]
    column_ids: list[int] = field(default_factory=list)
    plans: dict[tuple[int, ...], _TokenPlan] = field(default_factory=dict)

    def __call__(self, doc: Any) -> Any:
        if not len(doc):
            return doc
        rows = [tuple(row) for row in doc.to_array(self.column_ids).reshape(len(doc), -1).tolist()]
        strings = doc.vocab.strings
        plans = self.plans
        if len(plans) > _PLAN_CACHE_LIMIT:
            plans.clear()
        token_plans = []
        later: dict[int, list[int]] = {}  # token -> orders of the longer patterns that matched onto it
        for position, row in enumerate(rows):
            plan = plans.get(row)
            if plan is None:
                plan = plans[row] = self._plan(row, strings)
            token_plans.append(plan)
            for pattern in plan.starts:
                if position + len(pattern.tokens) <= len(rows) and all(_fits(test, rows[position + k], strings) for k, test in enumerate(pattern.tokens) if k):
                    target = position + (pattern.target % len(pattern.tokens))
                    later.setdefault(target, []).append(pattern.order)
        apply = self.set_token_attrs
        for position, plan in enumerate(token_plans):
            attrs = plan.attrs if position not in later else self._merged(sorted(plan.orders + tuple(later[position])))
            if attrs:
                apply(doc[position], attrs)
        return doc

    def _plan(self, row: tuple[int, ...], strings: Any) -> _TokenPlan:
        fitting = [p for column, value in enumerate(row) for p in self.index.get((column, value), ())]
        fitting = [p for p in fitting + self.anywhere if _fits(p.tokens[0], row, strings)]
        orders = tuple(sorted(p.order for p in fitting if len(p.tokens) == 1))
        starts = tuple(p for p in fitting if len(p.tokens) > 1)
        return _TokenPlan(orders=orders, attrs=self._merged(orders), starts=starts)

    def _merged(self, orders: Sequence[int]) -> dict[Any, Any]:
        # Applying each pattern's attributes in order leaves, for every attribute, the last value set: one dict.
        merged: dict[Any, Any] = {}
        for order in orders:
            merged.update(self.attrs[order])
        return merged


def _fits(test: _TokenTest, row: tuple[int, ...], strings: Any) -> bool:
    return (
        all(row[column] in accepted for column, accepted in test.values)
        and not any(row[column] in refused for column, refused in test.refused)
        and all(regex.search(strings[row[column]]) for column, regex in test.regexes)
    )


def compile_attribute_ruler(ruler: Any) -> CompiledAttributeRuler | None:
    """The table-driven stand-in for ``ruler`` (a spaCy AttributeRuler), or None where it would not be exact."""
    try:
        from spacy import attrs as spacy_attrs
        from spacy.tokens._retokenize import set_token_attrs  # what the ruler itself applies matches with
    except ImportError:
        return None
    try:
        entries = ruler.patterns
        columns: list[str] = []
        compiled: list[list[tuple[_TokenTest, ...]]] = []
        for entry in entries:
            if not set(map(str.upper, entry["attrs"])) <= _TOKEN_ONLY_ATTRIBUTES:
                return None
            compiled.append([_compile_tokens(tokens, columns, ruler.vocab.strings) for tokens in entry["patterns"]])
        if len(compiled) != len(ruler.attrs) or not columns:
            return None
    except _Unsupported:
        return None
    index: dict[tuple[int, int], list[_Pattern]] = {}
    anywhere: list[_Pattern] = []
    for order, alternatives in enumerate(compiled):
        for tokens in alternatives:
            pattern = _Pattern(order=order, tokens=tokens, target=int(ruler.indices[order]))
            if not -len(tokens) <= pattern.target < len(tokens):
                return None  # spaCy raises on such a pattern: let it
            if not tokens[0].values:
                anywhere.append(pattern)
                continue
            column, values = min(tokens[0].values, key=lambda item: len(item[1]))  # the most selective test
            for value in values:
                index.setdefault((column, value), []).append(pattern)
    return CompiledAttributeRuler(
        columns=tuple(columns),
        index=index,
        anywhere=anywhere,
        attrs=list(ruler.attrs),
        set_token_attrs=set_token_attrs,
        column_ids=[getattr(spacy_attrs, name) for name in columns],
    )


def _compile_tokens(tokens: list[dict[str, Any]], columns: list[str], strings: Any) -> tuple[_TokenTest, ...]:
    if not tokens:
        raise _Unsupported
    tests = []
    for token in tokens:
        values: list[tuple[int, frozenset[int]]] = []
        refused: list[tuple[int, frozenset[int]]] = []
        regexes: list[tuple[int, re.Pattern[str]]] = []
        for key, wanted in token.items():
            name = _ALIASES.get(key.upper(), key.upper())
            if name not in _STRING_ATTRIBUTES and name not in _FLAG_ATTRIBUTES:
                raise _Unsupported
            if name not in columns:
                columns.append(name)
            column = columns.index(name)
            if isinstance(wanted, dict):
                operator = next(iter(wanted)) if len(wanted) == 1 else None
                listed = wanted.get(operator) if operator in ("IN", "NOT_IN") else None
                if listed is not None and name in _STRING_ATTRIBUTES and all(isinstance(v, str) for v in listed):
                    (values if operator == "IN" else refused).append((column, frozenset(strings[v] for v in listed)))
                elif set(wanted) == {"REGEX"} and name in _STRING_ATTRIBUTES and isinstance(wanted["REGEX"], str):
                    regexes.append((column, re.compile(wanted["REGEX"])))
                else:
                    raise _Unsupported
            elif name in _FLAG_ATTRIBUTES and isinstance(wanted, bool):
                values.append((column, frozenset({int(wanted)})))
            elif name in _STRING_ATTRIBUTES and isinstance(wanted, str):
                values.append((column, frozenset({strings[wanted]})))
            else:
                raise _Unsupported
        tests.append(_TokenTest(values=tuple(values), refused=tuple(refused), regexes=tuple(regexes)))
    return tuple(tests)
