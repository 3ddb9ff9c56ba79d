"""The HTML reader: small pages in the style of real news sites, with exact expected articles."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable

import pytest

from dateline.model import Caption, Page, Paragraph, Source, Stamp
from dateline.structure import read_articles
from dateline.structure.html_blocks import is_chrome
from dateline.structure.html_meta import clean_title, split_agency, to_iso
from dateline.structure.html_page import read_html_page

WIRE_STORY = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Senate passes climate bill after marathon session | Reuters</title>
<meta property="og:title" content="Senate passes climate bill after marathon session | Reuters">
<meta property="og:site_name" content="Reuters">
<meta property="article:published_time" content="2024-05-03T14:05:00Z">
<meta property="article:modified_time" content="2024-05-03T16:30:00+00:00">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://www.example.com/world/senate-climate-bill-2024-05-03/">
</head>
<body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li></ul></nav></header>
<main>
<article>
<header>
<h1>Senate passes climate bill after marathon session</h1>
<div class="byline">By Jane Doe</div>
<time datetime="2024-05-03T14:05:00Z">May 3, 2024 2:05 PM UTC</time>
</header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
<figure>
<img src="senate.jpg" alt="">
<figcaption>Senators leave the chamber after the vote in Washington, U.S., May 3, 2024. REUTERS/Evelyn Hockstein</figcaption>
</figure>
<div class="article-body">
<p>WASHINGTON (Reuters) - The U.S. Senate on Friday passed a sweeping climate bill after an overnight session, sending the measure to the House of Representatives for a final vote next week.</p>
<p>The bill, which passed 51-49, sets aside $300 billion for clean energy projects over the next decade and tightens rules on methane emissions from oil and gas wells.</p>
<p>Advertisement</p>
<h2>What happens next</h2>
<p>House leaders said they expected to take up the measure on Tuesday, and that they had the votes to pass it without changes to the Senate text.</p>
<p>Read more: Oil prices fall as inventories rise</p>
<p>Opponents said the bill would raise energy prices for families and vowed to challenge parts of it in court once it becomes law.</p>
<div class="newsletter-signup"><p>Sign up for our daily newsletter to get the top stories in your inbox.</p></div>
</div>
</article>
</main>
<footer><p>© 2024 Example News. All rights reserved.</p></footer>
</body>
</html>
"""

KEY_POINTS_BOX = """<html><head>
<title>Flood waters recede in Sochi - Black Sea Herald</title>
<meta property="og:site_name" content="Black Sea Herald">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Black Sea Herald"},
  {"@type": "NewsArticle", "headline": "Flood waters recede in Sochi",
   "datePublished": "2024-02-10T08:00:00+03:00", "dateModified": "2024-02-10T11:45:00+03:00",
   "author": [{"@type": "Person", "name": "Ivan Petrov"}, {"@type": "Person", "name": "Anna Smirnova"}],
   "publisher": {"@type": "Organization", "name": "Black Sea Herald"}}
]}
</script>
</head><body>
<div id="page">
<div class="story">
<h1>Flood waters recede in Sochi</h1>
<div class="key-points">
<h3>Key points</h3>
<ul>
<li>Water levels fell by a metre overnight across the city.</li>
<li>Two thousand residents are still living in temporary shelters.</li>
<li>Officials say the rail link to Adler will reopen on Monday.</li>
</ul>
</div>
<figure class="gallery-item">
<img src="a.jpg"><figcaption><span class="counter">2 / 3</span> Rescue workers clear mud from a street in central Sochi.
<span class="photo-credit">Photo: Sergei Ivanov/AFP</span></figcaption>
</figure>
<p>SOCHI: Flood waters began to recede in Sochi on Saturday after three days of heavy rain that left parts of the Black Sea resort under a metre of water.</p>
<p>Emergency services said they had evacuated more than 2,000 people from low-lying districts near the Mzymta river since Wednesday.</p>
<ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul>
<p>The regional governor said damage to roads and bridges would run into billions of roubles and asked Moscow for emergency funds.</p>
<p>Forecasters expect drier weather for the rest of the week, although more rain is possible in the mountains above the city.</p>
</div>
<aside class="related"><h3>Related stories</h3><figure><img src="x.jpg"><figcaption>Storm hits Crimea coast</figcaption></figure></aside>
</div>
</body></html>
"""

LIST_ABOVE_BODY = """<html><head><title>Markets rally on rate cut hopes</title></head><body>
<article>
<h1>Markets rally on rate cut hopes</h1>
<ul>
<li>Stocks rose for a third straight session on Thursday.</li>
<li>Bond yields fell to their lowest level since March.</li>
</ul>
<p class="dateline-stamp">Updated 2 hours ago</p>
<p>Stocks climbed on Thursday as investors grew more confident that the central bank would cut interest rates at its next meeting in June.</p>
<p>The benchmark index rose 1.2 percent, led by technology and real estate shares, while small caps gained 2 percent.</p>
<p>Bond yields fell across the curve, with the ten-year yield dropping to its lowest level since March after weak retail sales data.</p>
</article>
</body></html>
"""

MICRODATA_STORY = """<!doctype html>
<html><head>
<title>Strong quake shakes Tokyo, no tsunami warning - The Example Times</title>
</head>
<body>
<div class="wrapper">
<div class="content" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Strong quake shakes Tokyo, no tsunami warning</h1>
<div class="meta">
<time itemprop="datePublished" datetime="2024-03-15T09:12:00+09:00">March 15, 2024</time>
<time itemprop="dateModified" datetime="2024-03-15T11:40:00+09:00">Updated March 15, 2024 11:40</time>
</div>
<div itemprop="articleBody">
<p>By Kenji Sato</p>
<p>TOKYO, March 15 (AP) — A strong earthquake shook buildings in Tokyo on Friday morning, halting trains and briefly knocking out power to thousands of homes, but no tsunami warning was issued.</p>
<figure><img src="q1.jpg"><figcaption>People gather outside an office building after the earthquake in Tokyo, Friday, March 15, 2024. (AP Photo/Eugene Hoshiko)</figcaption></figure>
<p>The Japan Meteorological Agency said the quake had a preliminary magnitude of 6.1 and was centred about 40 kilometres below Chiba prefecture.<br>Aftershocks are likely over the coming week, the agency added.</p>
<blockquote><p>“It was the longest shaking I have felt in years,” said Yuki Tanaka, a shop owner in Shinjuku.</p></blockquote>
<figure><img src="q2.jpg"><figcaption>A train stands still at Tokyo Station. <span class="image-credit">AFP/Getty Images</span></figcaption></figure>
<h3>Trains resume</h3>
<p>East Japan Railway said most lines had resumed normal service by noon after inspections of tracks and overhead cables found no damage.</p>
<p>Share this article</p>
</div>
</div>
</div>
</body></html>
"""

UNCLOSED_TAGS = (
    "<html><head><title>Fire at port warehouse</title><body><div class=\"story\"><h1>Fire at port warehouse"
    "<p>A fire broke out at a warehouse in the port of Gdansk on Sunday evening, sending a column of black smoke "
    "over the city centre and forcing the closure of two roads."
    "<p>Firefighters said the blaze was under control by midnight and that nobody had been hurt, although the "
    "building was badly damaged."
    "<p>Police are investigating the cause of the fire, which started in a storage area used for paint and "
    "solvents, a spokesman said."
)

FETCHED_AT = datetime(2024, 5, 3, 12, 0, tzinfo=timezone.utc)


def _assert_offsets(text: str, paragraphs: list[Paragraph]) -> None:
    """Paragraph offsets cover the text exactly, one blank line apart."""
    assert "\n\n".join(text[p.start : p.end] for p in paragraphs) == text


def test_wire_story_has_its_dateline_caption_subhead_and_no_chrome() -> None:
    [article] = read_html_page(WIRE_STORY)
    assert article.text == (
        "The U.S. Senate on Friday passed a sweeping climate bill after an overnight session, sending the measure "
        "to the House of Representatives for a final vote next week.\n\n"
        "The bill, which passed 51-49, sets aside $300 billion for clean energy projects over the next decade and "
        "tightens rules on methane emissions from oil and gas wells.\n\n"
        "What happens next\n\n"
        "House leaders said they expected to take up the measure on Tuesday, and that they had the votes to pass "
        "it without changes to the Senate text.\n\n"
        "Opponents said the bill would raise energy prices for families and vowed to challenge parts of it in "
        "court once it becomes law."
    )
    assert article.paragraphs == [
        Paragraph(0, 164, "body"),
        Paragraph(166, 330, "body"),
        Paragraph(332, 349, "subhead"),
        Paragraph(351, 493, "body"),
        Paragraph(495, 622, "body"),
    ]
    _assert_offsets(article.text, article.paragraphs)
    assert article.title == "Senate passes climate bill after marathon session"
    assert article.published == "2024-05-03T14:05:00Z"
    assert article.updated == "2024-05-03T16:30:00Z"
    assert article.dateline == "WASHINGTON"
    assert article.agency == "Reuters"
    assert article.byline == "Jane Doe"
    assert article.subheads == ["What happens next"]
    assert article.key_points == []
    assert article.captions == [
        Caption(
            text="Senators leave the chamber after the vote in Washington, U.S., May 3, 2024.",
            credit="REUTERS/Evelyn Hockstein",
        )
    ]
    assert article.stamps == []
    assert article.url == "https://www.example.com/world/senate-climate-bill-2024-05-03/"


def test_given_url_wins_over_the_canonical_link() -> None:
    [article] = read_html_page(WIRE_STORY, url="https://example.org/a")
    assert article.url == "https://example.org/a"


def test_key_points_box_gallery_caption_and_json_ld() -> None:
    [article] = read_html_page(KEY_POINTS_BOX)
    assert article.key_points == [
        "Water levels fell by a metre overnight across the city.",
        "Two thousand residents are still living in temporary shelters.",
        "Officials say the rail link to Adler will reopen on Monday.",
    ]
    assert article.text == (
        "Flood waters began to recede in Sochi on Saturday after three days of heavy rain that left parts of the "
        "Black Sea resort under a metre of water.\n\n"
        "Emergency services said they had evacuated more than 2,000 people from low-lying districts near the "
        "Mzymta river since Wednesday.\n\n"
        "The regional governor said damage to roads and bridges would run into billions of roubles and asked "
        "Moscow for emergency funds.\n\n"
        "Forecasters expect drier weather for the rest of the week, although more rain is possible in the "
        "mountains above the city."
    )
    assert [p.kind for p in article.paragraphs] == ["body"] * 4
    _assert_offsets(article.text, article.paragraphs)
    assert article.subheads == []  # the box's "Key points" label is not a subhead of the article
    assert article.title == "Flood waters recede in Sochi"
    assert article.dateline == "SOCHI"
    assert article.agency is None
    assert article.published == "2024-02-10T08:00:00+03:00"
    assert article.updated == "2024-02-10T11:45:00+03:00"
    assert article.byline == "Ivan Petrov, Anna Smirnova"
    # The related story's photo in the sidebar is not this article's.
    assert article.captions == [
        Caption(text="Rescue workers clear mud from a street in central Sochi.", credit="Sergei Ivanov/AFP", index=2, total=3)
    ]


def test_list_between_headline_and_body_is_key_points_and_stamp_resolves() -> None:
    [article] = read_html_page(LIST_ABOVE_BODY, fetched_at=FETCHED_AT)
    assert article.key_points == [
        "Stocks rose for a third straight session on Thursday.",
        "Bond yields fell to their lowest level since March.",
    ]
    assert article.text.startswith("Stocks climbed on Thursday as investors grew more confident")
    assert "Stocks rose for a third straight session" not in article.text
    assert len(article.paragraphs) == 3
    assert article.stamps == [Stamp(kind="updated", text="Updated 2 hours ago", value="2024-05-03T10:00:00Z", resolved=True)]
    assert article.updated == "2024-05-03T10:00:00Z"
    assert article.published is None
    assert article.title == "Markets rally on rate cut hopes"


def test_relative_stamp_without_fetch_time_stays_unresolved() -> None:
    [article] = read_html_page(LIST_ABOVE_BODY)
    assert article.stamps == [Stamp(kind="updated", text="Updated 2 hours ago", value=None, resolved=False)]
    assert article.updated is None


def test_microdata_times_body_byline_credits_and_line_breaks() -> None:
    [article] = read_html_page(MICRODATA_STORY)
    assert article.text == (
        "A strong earthquake shook buildings in Tokyo on Friday morning, halting trains and briefly knocking out "
        "power to thousands of homes, but no tsunami warning was issued.\n\n"
        "The Japan Meteorological Agency said the quake had a preliminary magnitude of 6.1 and was centred about "
        "40 kilometres below Chiba prefecture.\n\n"
        "Aftershocks are likely over the coming week, the agency added.\n\n"
        "“It was the longest shaking I have felt in years,” said Yuki Tanaka, a shop owner in Shinjuku.\n\n"
        "Trains resume\n\n"
        "East Japan Railway said most lines had resumed normal service by noon after inspections of tracks and "
        "overhead cables found no damage."
    )
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body", "body", "subhead", "body"]
    _assert_offsets(article.text, article.paragraphs)
    assert article.title == "Strong quake shakes Tokyo, no tsunami warning"
    assert article.published == "2024-03-15T09:12:00+09:00"
    assert article.updated == "2024-03-15T11:40:00+09:00"
    assert article.byline == "Kenji Sato"
    assert article.dateline == "TOKYO"
    assert article.agency == "AP"
    assert article.subheads == ["Trains resume"]
    assert article.captions == [
        Caption(
            text="People gather outside an office building after the earthquake in Tokyo, Friday, March 15, 2024.",
            credit="AP Photo/Eugene Hoshiko",
        ),
        Caption(text="A train stands still at Tokyo Station.", credit="AFP/Getty Images"),
    ]
    assert article.stamps == [
        Stamp(kind="updated", text="Updated March 15, 2024 11:40", value="2024-03-15T11:40:00", resolved=True)
    ]


def test_unclosed_tags_still_give_the_article() -> None:
    [article] = read_html_page(UNCLOSED_TAGS)
    assert article.title == "Fire at port warehouse"
    assert article.text == (
        "A fire broke out at a warehouse in the port of Gdansk on Sunday evening, sending a column of black smoke "
        "over the city centre and forcing the closure of two roads.\n\n"
        "Firefighters said the blaze was under control by midnight and that nobody had been hurt, although the "
        "building was badly damaged.\n\n"
        "Police are investigating the cause of the fire, which started in a storage area used for paint and "
        "solvents, a spokesman said."
    )
    assert article.paragraphs == [Paragraph(0, 163), Paragraph(165, 294), Paragraph(296, 422)]


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n",
        "just some words without any markup at all",
        "<<<>>> <div <p <<",
        "<!-- nothing but a comment -->",
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<html><head><title>Nothing here</title></head><body>",
        '<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
        "<footer>© 2024 Example</footer></body></html>",
        "<html><body><div class='share'><a href='#'>Share on Facebook</a></div><p>Advertisement</p></body></html>",
        '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Home</p></body></html>',
    ],
    ids=["empty", "blank", "plain-text", "garbage", "comment", "empty-body", "no-body-close", "nav-only", "chrome-only", "xml-decl"],
)
def test_page_without_article_text_gives_no_article(html: str) -> None:
    assert read_html_page(html) == []


def test_dispatch_reads_html_through_the_structure_stage() -> None:
    assert read_articles(WIRE_STORY, "html") == read_html_page(WIRE_STORY)


def test_html_articles_fit_the_output_schema(page_schema_validator: Callable[[dict[str, Any]], None]) -> None:
    for html in (WIRE_STORY, KEY_POINTS_BOX, LIST_ABOVE_BODY, MICRODATA_STORY):
        page = Page(source=Source(path="page.html", format="html"), articles=read_html_page(html, fetched_at=FETCHED_AT))
        page_schema_validator(page.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement",
        "Share on Facebook",
        "Read more: Oil prices fall as inventories rise",
        "Sign up for our daily newsletter to get the top stories in your inbox.",
        "Get our free app for breaking news alerts on your phone",
        "Need more space? Subscribe to our sister title for the latest news.",
        "Follow Newsround on Instagram, Facebook and YouTube.",
        "Get access to our fastest growing financial subscription service for market news.",
        "Filed under: Politics | Europe",
    ],
)
def test_chrome_lines(text: str) -> None:
    assert is_chrome(text)


@pytest.mark.parametrize(
    "text",
    [
        "Subscribers to the service will pay $10 a month from June, the company said in a statement.",
        "Read the full ruling, the judge told lawyers, before filing any further motions in the case.",
        "Advertisement revenue fell 12 percent in the quarter as brands cut their budgets.",
        "Follow-up talks are planned for June in Geneva, a spokesman for the foreign ministry said.",
        "Tags on the crates showed they had been shipped from Rotterdam in March.",
    ],
)
def test_sentences_are_not_chrome(text: str) -> None:
    assert not is_chrome(text)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Senate passes climate bill | Reuters", "Senate passes climate bill"),
        ("Reuters - Senate passes climate bill", "Senate passes climate bill"),
        ("Brexit: what happens next - Black Sea Herald", "Brexit: what happens next"),
        ("Senate passes climate bill", "Senate passes climate bill"),
        ("Flood waters recede | Example Times", "Flood waters recede"),
    ],
)
def test_clean_title_removes_the_site_name(title: str, expected: str) -> None:
    assert clean_title(title, ["Reuters", "Black Sea Herald"], "https://www.example-times.com/x") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-03T14:05:00Z", "2024-05-03T14:05:00Z"),
        ("2024-05-03T14:05:00.000+00:00", "2024-05-03T14:05:00Z"),
        ("2024-05-03T14:05:00-04:00", "2024-05-03T14:05:00-04:00"),
        ("2024-05-03", "2024-05-03"),
        ("Fri, 03 May 2024 14:05:00 GMT", "2024-05-03T14:05:00Z"),
        ("0001-01-01T00:00:00Z", None),
        ("1714745100", None),
        ("", None),
        (None, None),
    ],
)
def test_meta_times_become_iso(value: str | None, expected: str | None) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Jane Doe, Reuters", ("Jane Doe", "Reuters")),
        ("LISA MASCARO, ERIC TUCKER Associated Press", ("LISA MASCARO, ERIC TUCKER", "Associated Press")),
        ("The Associated Press", ("The Associated Press", "The Associated Press")),
        ("Jane Doe", ("Jane Doe", None)),
        (None, (None, None)),
    ],
)
def test_split_agency(byline: str | None, expected: tuple[str | None, str | None]) -> None:
    assert split_agency(byline) == expected


def test_a_box_around_the_body_is_not_a_key_points_box() -> None:
    html = """<html><body><article><h1>Port reopens after strike</h1>
<div class="story-summary-and-body">
<p>The port of Antwerp reopened on Monday after a three-day strike by dock workers over pay and pensions ended.</p>
<p>Union leaders said members had accepted an offer that includes:</p>
<ul><li>a 4 percent pay rise backdated to January this year;</li><li>two extra days of paid leave every year from now on.</li></ul>
<p>Shipping lines warned that clearing the backlog of containers would take at least a week.</p>
</div></article></body></html>"""
    [article] = read_html_page(html)
    assert article.key_points == []
    assert "a 4 percent pay rise backdated to January this year;" in article.text
