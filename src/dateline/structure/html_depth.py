"""Pages nested deeper than the HTML parser allows, made shallow enough to read.

libxml2 (under lxml, and under trafilatura) stops at 256 open elements: the error is fatal, so everything after
that point, the article included, is lost. Real pages stay far below that; broken or hostile ones do not (an
unclosed ``<div>`` per comment, a wrapper per line, nesting generated on purpose). Such a page is rewritten before
anything parses it: past :data:`MAX_DEPTH` open elements, further start tags are dropped with their end tags, so
their text joins the element that holds them; paragraphs, headings and list items are still opened there, one at a
time, because they carry the article's breaks. A page that does not reach the limit is never rewritten.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

# Well below the parser's 256, so that elements the parser opens on its own (html, body, an implied paragraph)
# and tree walks over the result have room to spare.
MAX_DEPTH = 128

# Comments, and elements whose content is text rather than markup, pass through untouched; an unterminated one
# runs to the end of the page, as it does for the parser. Tags allow quoted attribute values holding "<" or ">";
# unquoted text stops at "<", which keeps the scan linear on any input.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\s/>])(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>"
    r".*?(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<end>/?)(?P<name>[A-Za-z][^\s/<>]*)(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>",
    re.DOTALL | re.IGNORECASE,
)
_VOID = frozenset(
    "area base basefont br col embed frame hr img input isindex keygen link meta param source track wbr".split()
)
# Elements that hold the paragraphs of a page, opened one at a time past the limit.
_PARAGRAPHS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"})
# Elements the parser ends when the next one of the same name starts.
_CLOSES_ITSELF = frozenset({"p", "li"})

Parse = Callable[[str, lxml_html.HTMLParser], lxml_html.HtmlElement]


def parse_bounded(markup: str, parse: Parse) -> tuple[lxml_html.HtmlElement, str]:
    """The tree ``parse`` gives for ``markup``, and the markup it was read from: the page itself, or the page made
    shallow when it nests deeper than the parser allows. ``parse`` raises what lxml raises on unusable input."""
    parser = lxml_html.HTMLParser()
    tree = parse(markup, parser)
    if not _stopped_at_depth_limit(parser):
        return tree, markup
    shallow = flatten_nesting(markup)
    return parse(shallow, lxml_html.HTMLParser()), shallow


def flatten_nesting(markup: str, max_depth: int = MAX_DEPTH) -> str:
    """``markup`` with the start and end tags that open elements past ``max_depth`` left out; text is kept.

    Past the limit one paragraph, heading or list item at a time is still opened, so the text keeps its breaks.
    """
    nesting = _Nesting(max_depth)
    pieces: list[str] = []
    written = 0
    for token in _TOKEN.finditer(markup):
        name = token.group("name")
        if name is None or name.lower() in _VOID or token.group(0).endswith("/>"):
            continue
        if token.group("end"):
            keep, close = nesting.end(name.lower()), None
        else:
            keep, close = nesting.start(name.lower())
        if close is not None:
            pieces.append(f"{markup[written : token.start()]}</{close}>")
            written = token.start()
        if not keep:
            pieces.append(markup[written : token.start()])
            written = token.end()
    pieces.append(markup[written:])
    return "".join(pieces)


class _Nesting:
    """The elements a parser would hold open at each point of the markup, and which of them are kept."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.open: list[tuple[str, bool]] = []  # tag name, kept in the output
        self.names: Counter[str] = Counter()
        self.depth = 0  # open elements that are kept

    def start(self, name: str) -> tuple[bool, str | None]:
        """Whether the start tag of ``name`` is kept, and the name of an element to end just before it."""
        if name in _CLOSES_ITSELF and self.open and self.open[-1][0] == name:
            self._pop()  # the parser ends an open paragraph or list item at the next one
        if self.depth < self.max_depth:
            return self._push(name, True), None
        if name not in _PARAGRAPHS:
            return self._push(name, False), None
        if self.depth == self.max_depth:
            return self._push(name, True), None
        top, kept = self.open[-1]
        if kept and top in _PARAGRAPHS:
            # The one paragraph open past the limit, with nothing left open inside it: end it in so many words,
            # since a heading does not always end the one before.
            self._pop()
            return self._push(name, True), top
        return self._push(name, False), None

    def end(self, name: str) -> bool:
        """Whether the end tag of ``name`` is kept: it is when its start tag was, or when nothing it ends is open."""
        if not self.names[name]:
            return True  # a stray end tag: the parser ignores it as well
        # Everything opened after the element this tag ends is ended with it, as the parser does.
        while True:
            closed, kept = self._pop()
            if closed == name:
                return kept

    def _push(self, name: str, kept: bool) -> bool:
        self.open.append((name, kept))
        self.names[name] += 1
        self.depth += kept
        return kept

    def _pop(self) -> tuple[str, bool]:
        name, kept = self.open.pop()
        self.names[name] -= 1
        self.depth -= kept
        return name, kept


def _stopped_at_depth_limit(parser: lxml_html.HTMLParser) -> bool:
    return any(
        error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in error.message.lower()
        for error in parser.error_log
    )
