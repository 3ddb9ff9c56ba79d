from __future__ import annotations

from dateline.evaluation.flatten import flatten_html


def test_visible_blocks_become_lines_and_invisible_parts_vanish() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<nav><a>Home</a> <a>News</a></nav><!-- tracking -->"
        "<h1>Floods hit the valley</h1><p>Rescuers <b>reached</b> the village.</p>"
        "<script>var x = 1;</script><ul><li>One</li><li>Two</li></ul></body></html>"
    )
    assert flatten_html(html) == "Home News\n\nFloods hit the valley\n\nRescuers reached the village.\n\nOne\n\nTwo\n"


def test_unparsable_or_empty_html_gives_empty_text() -> None:
    assert flatten_html("") == ""
    assert flatten_html("<html><body></body></html>") == ""


def test_a_page_nested_past_the_parser_limit_keeps_its_text() -> None:
    for depth in (300, 100_000):
        html = (
            "<html><body>" + "<div>" * depth + "<h1>Ferry pier to close</h1><p>The harbour board voted to shut it.</p>"
            "<p>Fishermen must move their boats.</p>" + "</div>" * depth + "<p>Footer</p></body></html>"
        )
        assert flatten_html(html) == (
            "Ferry pier to close\n\nThe harbour board voted to shut it.\n\nFishermen must move their boats.\n\nFooter\n"
        )
