"""Pages of our own, mutated the way scrapers and hostile sites break them, through the whole pipeline.

Each case must give a page that validates against the schema, reads back to an equal page and has every offset
pointing at its text, or be refused with one of dateline's own errors. Nothing else may escape. The examples are
drawn from a fixed seed, so a run is repeatable, and bounded in number so the suite stays quick.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from output_checks import check_page

from dateline import Page, Pipeline
from dateline.errors import DatelineError
from dateline.reader import decode_page

ROOT = Path(__file__).resolve().parents[1]
TEXT_PAGE = (ROOT / "examples" / "page.txt").read_text(encoding="utf-8")
HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Dock strike spreads | Harbour Post</title>
<meta property="og:title" content="Dock strike spreads to second port"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Dock strike spreads to second port</h1>
<p class="byline">By Marta Quiroga, Reuters</p><time datetime="2026-03-02T08:00:00Z">2 March 2026</time>
<p>ROTTERDAM (Reuters) - Dock workers walked out on Monday, halting container traffic at Europe's largest port.</p>
<figure><img src="a.jpg"><figcaption>Union leader Joost Verbeek speaks to strikers. (Reuters)</figcaption></figure>
<p>“We will stay out until the contracts are signed,” union leader Joost Verbeek told reporters on Monday.</p>
<p>The port authority said the strike would cost 40 million euros a day and urged both sides to return to talks.</p>
<p>Dutch Prime Minister Dick Schoof said the government would not step in, according to a statement.</p>
</article><footer>© 2026 Harbour Post</footer></body></html>"""

# What broken and hostile pages hold: stray and unbalanced marks, markup, invisible and control characters,
# stamps and counters, odd dates and numbers, very long words, other scripts.
SNIPPETS = [
    "\x00", "\u200b", "\u202e", "\u2066", "\ufeff", "\u00ad", "\r", "\t\t", "“", "”", "\"", "'", "«", "»", "„",
    "<p>", "</p>", "<div><div><div>", "</article>", "&nbsp;", "&#0;", "<!--", "-->", "<script>alert(1)</script>",
    "\n\n", "\n", "Updated 5 min ago\n", "1 / 3\n", "Photo: Reuters\n", "Follow\n", "Share\n",
    "31 February 2019", "9999", "0001-01-01", "in the year 12345", "a week ago", "next Tuesday", "mid-",
    "said:", "told reporters", "according to", "Mr", "Dr.", "Washington", "“It is over,” she said.",
    "x" * 300, "١٢٣ مرحبا", "Привет мир", "東京", "😀", "three ſeconds ago", "twenty-fıve years ago", "İstanbul",
]  # fmt: skip
Mutation = tuple[str, float, int]


def mutate(seed: str, mutations: list[Mutation]) -> str:
    text = seed
    for kind, where, choice in mutations:
        at = int(where * len(text))
        if kind == "insert":
            text = text[:at] + SNIPPETS[choice % len(SNIPPETS)] + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + 1 + choice % 200 :]
        elif kind == "duplicate":
            text = text[:at] + text[at : at + 1 + choice % 400] + text[at:]
        elif kind == "truncate":
            text = text[: max(at, 1)]
    return text


def encode(text: str, how: int) -> bytes:
    data = text.encode("utf-8", "surrogatepass")
    if how == 1:
        return gzip.compress(data)
    if how == 2:
        return gzip.compress(data)[: max(20, len(data) // 2)]  # cut short
    if how == 3:
        return data[: len(data) // 2] + b"\xff\xfe" + data[len(data) // 2 :]  # stray bytes
    if how == 4:
        return text.encode("cp1252", "replace")
    return data


mutations = st.lists(
    st.tuples(st.sampled_from(["insert", "delete", "duplicate", "truncate"]), st.floats(0, 1), st.integers(0, 10_000)),
    max_size=12,
)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(html=st.booleans(), changes=mutations, how=st.integers(0, 4))
def test_mutated_pages_give_valid_pages_or_dateline_errors(
    html: bool, changes: list[Mutation], how: int, fuzz_pipeline: Pipeline, page_schema_validator: Callable[[dict[str, Any]], None]
) -> None:
    data = encode(mutate(HTML_PAGE if html else TEXT_PAGE, changes), how)
    try:
        page = fuzz_pipeline.read(decode_page(data, path="fuzz.html" if html else "fuzz.txt"))
    except DatelineError:
        return  # refused with a code: a designed outcome
    fuzz_pipeline.process([page])
    data_out = page.to_dict()
    page_schema_validator(data_out)
    assert Page.from_dict(data_out) == page
    check_page(page)
    crashed = [p.message for p in page.all_problems() if p.code == "E010"]
    assert not crashed, crashed  # a stage that raises on a page is a defect, even though the article is kept


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=0, max_size=400))
def test_any_string_gives_a_valid_page_or_a_dateline_error(text: str, fuzz_pipeline: Pipeline) -> None:
    try:
        page = fuzz_pipeline.extract(text)
    except DatelineError:
        return
    check_page(page)
    assert Page.from_dict(page.to_dict()) == page
    assert not [p.message for p in page.all_problems() if p.code == "E010"]
