"""How one line of a text page is classed: markup and template residue is chrome, prose is kept."""

from __future__ import annotations

import pytest

from dateline.structure.lines import LineKind, classify_line


@pytest.mark.parametrize(
    "line", ["/.entry-content", "#post-##", "&lt;span class=x&gt;", "{color: red; margin: 0}", "{{ page.title }}", "{}"]
)
def test_markup_and_template_residue_is_chrome(line: str) -> None:
    assert classify_line(line, 1).kind is LineKind.CHROME


def test_a_sentence_in_braces_is_prose_not_markup() -> None:
    line = classify_line("{France is ready to send 4,000 peacekeepers to Liberia, the defence minister said on Monday.}", 1)
    assert line.kind is not LineKind.CHROME
