"""Flatten an HTML page into the plain text a scraper or a browser's "select all" would give.

The text reader is scored on such dumps of real pages: every visible line of the page (menus, teasers, footers,
comments and all), one block element a line, blank lines between blocks, scripts, styles and comments left out.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from dateline.structure.html_depth import parse_bounded

_BLOCKS = frozenset(
    """address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li
    main nav ol p pre section table tbody td th thead title tr ul""".split()
)
_INVISIBLE = "//script|//style|//noscript|//template|//svg|//head|//iframe"
_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")


def flatten_html(html: str) -> str:
    """The page's visible text, one block a line, with one blank line wherever a block ends."""
    try:
        root, _ = parse_bounded(html, lambda text, parser: lxml.html.fromstring(text, parser=parser))
    except (etree.ParserError, ValueError):
        return ""
    for node in root.xpath(_INVISIBLE):
        node.drop_tree()
    pieces: list[str] = []
    _walk(root, pieces)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(pieces).split("\n"))
    out: list[str] = []
    gap = False
    for line in lines:
        if not line:
            gap = bool(out)
            continue
        if gap:
            out.append("")
            gap = False
        out.append(line)
    return "\n".join(out) + "\n" if out else ""


def _walk(root: etree._Element, pieces: list[str]) -> None:
    # A loop over what is pending rather than recursion: how deep the tree goes is the page's choice.
    pending: list[etree._Element | str] = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, str):
            pieces.append(node)
            continue
        tag = node.tag if isinstance(node.tag, str) else None  # comments and processing instructions: no str tag
        block = tag in _BLOCKS
        if block:
            pieces.append("\n")
            pending.append("\n")
        if tag is not None and node.text:
            pieces.append(node.text)
        for child in reversed(node):
            if child.tail:
                pending.append(child.tail)
            pending.append(child)
