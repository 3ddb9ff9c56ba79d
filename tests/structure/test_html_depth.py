"""Pages nested deeper than the HTML parser allows: made shallow, their text kept; ordinary pages untouched."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml import html as lxml_html

from dateline.structure.html_blocks import tree_blocks
from dateline.structure.html_depth import MAX_DEPTH, flatten_nesting, parse_bounded
from dateline.structure.html_dom import visible_text
from dateline.structure.html_page import read_html_page

PARAGRAPHS = (
    "The harbour board of Kestrel Bay voted on Tuesday to close the old ferry pier after divers found cracked "
    "pilings beneath the landing stage.",
    "Fishermen who have tied up at the pier for decades said the board gave them a week to move their boats to "
    "the marina across the bay.",
    "A board spokeswoman said repairs would cost more than the pier earns in ten years and that no date had been "
    "set for its demolition.",
)


def _document(text: str, parser: lxml_html.HTMLParser) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(text, parser=parser)


def _depth(tree: etree._Element) -> int:
    return max(sum(1 for _ in element.iterancestors()) for element in tree.iter())


def _nested_page(depth: int, opening: str = "<div>", closing: str = "</div>") -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return (
        "<html><head><title>Kestrel Bay pier to close</title></head><body>"
        f"{opening * depth}<h1>Kestrel Bay pier to close</h1>{body}{closing * depth}</body></html>"
    )


@pytest.mark.parametrize("depth", [300, 100_000])
@pytest.mark.parametrize(("opening", "closing"), [("<div>", "</div>"), ("<div><span>", "</span></div>"), ("<b>", "")])
def test_a_deeply_nested_page_keeps_its_article(depth: int, opening: str, closing: str) -> None:
    [article] = read_html_page(_nested_page(depth, opening, closing))
    assert article.title == "Kestrel Bay pier to close"
    assert [article.text[p.start : p.end] for p in article.paragraphs] == list(PARAGRAPHS)


def test_ordinary_pages_are_parsed_as_they_are() -> None:
    page = _nested_page(200)
    tree, markup = parse_bounded(page, _document)
    assert markup is page
    assert _depth(tree) == 202  # html, body and the 200 divs above each paragraph


def test_a_page_past_the_parser_limit_is_made_shallow_and_parsed_whole() -> None:
    tree, markup = parse_bounded(_nested_page(5_000), _document)
    assert markup.count("<div>") == MAX_DEPTH - 2  # html and body are open elements as well
    assert _depth(tree) <= MAX_DEPTH + 1
    assert [visible_text(p) for p in tree.iter("p")] == list(PARAGRAPHS)


def test_flatten_nesting_drops_only_tags_past_the_limit_with_their_end_tags() -> None:
    markup = '<div id="a"><div><span>one <i>two</i></span> three</div> four</div><p>five'
    assert flatten_nesting(markup, max_depth=2) == '<div id="a"><div>one two three</div> four</div><p>five'
    assert flatten_nesting(markup, max_depth=10) == markup


def test_flatten_nesting_keeps_paragraphs_and_what_is_not_markup() -> None:
    markup = (
        "<div><div><section><p>one</p><p>two<br>three</p><li>four"
        "<!-- <div> --><script>if (a<b) { '<div>' }</script><img src=x><b title=\"a>b\">five</b>"
        "</section></div></div>"
    )
    assert flatten_nesting(markup, max_depth=2) == (
        "<div><div><p>one</p><p>two<br>three</p><li>four"
        "<!-- <div> --><script>if (a<b) { '<div>' }</script><img src=x>five</div></div>"
    )


def test_past_the_limit_paragraphs_and_headings_open_one_at_a_time() -> None:
    assert flatten_nesting("<div><div><h2>Sub<p>one<p>two<div>three</div>", max_depth=2) == (
        "<div><div><h2>Sub</h2><p>one<p>twothree"
    )


def test_stray_and_crossed_end_tags_close_what_the_parser_closes() -> None:
    # </em> ends nothing; </div> also ends the <span> opened inside it, so the next <span> is at depth 1 again.
    markup = "<div><span>a</em></div><span><i>b</i></span>"
    assert flatten_nesting(markup, max_depth=1) == "<div>a</em></div><span>b</span>"


def test_tree_walks_do_not_recurse_on_deep_trees() -> None:
    # Built directly, a tree can be deeper than the interpreter's recursion limit.
    root = etree.Element("body")
    element = root
    for _ in range(5_000):
        element = etree.SubElement(element, "div")
    paragraph = etree.SubElement(element, "p")
    paragraph.text = PARAGRAPHS[0]
    paragraph.tail = " after"
    assert visible_text(root) == f"{PARAGRAPHS[0]} after"
    assert [block.text for block in tree_blocks(root)] == [PARAGRAPHS[0], "after"]


def test_json_ld_nested_past_the_decoder_limit_is_ignored() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    authors = '{"@type": "NewsArticle", "author": ' + "[" * 900 + '"Ann Lee"' + "]" * 900 + "}"
    page = _nested_page(3).replace(
        "</head>",
        f'<script type="application/ld+json">{deep}</script>'
        f'<script type="application/ld+json">{authors}</script></head>',
    )
    [article] = read_html_page(page)
    assert article.title == "Kestrel Bay pier to close"
    assert article.byline is None
