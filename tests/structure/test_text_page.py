from __future__ import annotations

from datetime import datetime, timezone

import pytest

from dateline.errors import Errors, InputError
from dateline.model import Article
from dateline.reader import RawPage
from dateline.reading import read_page
from dateline.structure.text_page import read_text_page

FETCHED = datetime(2026, 1, 11, 12, 0, tzinfo=timezone.utc)


def paragraphs(article: Article) -> list[str]:
    return [article.paragraph_text(p) for p in article.paragraphs]


def test_seed_page_gives_two_exact_articles(seed_text: str) -> None:
    first, second = read_text_page(seed_text, FETCHED)

    assert first.title == "Lavrov and Pompeo urge closer US-Russia ties, still disagree over Iran nuclear deal"
    assert first.updated == "2019-05-15"
    assert first.published is None
    assert first.dateline == "SOCHI"
    assert first.key_points == []
    assert first.subheads == []
    assert [(c.index, c.total, c.credit) for c in first.captions] == [
        (1, 3, "Russian Foreign Ministry Press Service via AP"),
        (2, 3, "Reuters"),
        (3, 3, "AFP"),
    ]
    assert first.captions[0].text.startswith("US Secretary of State Mike Pompeo (L) and Russian")
    assert first.captions[0].text.endswith("Tuesday, May 14, 2019.")
    body = paragraphs(first)
    assert len(body) == 19
    assert body[0].startswith("Russia and the United States voiced hope")
    assert body[-1].endswith("on controversial fraud charges, Ushakov said.")
    assert all(p.kind == "body" for p in first.paragraphs)

    assert second.title == "Venezuelans await political prisoners’ release after government vow"
    assert second.updated == "2026-01-11T11:59:54Z"
    assert second.dateline == "CARACAS"
    assert second.key_points == ["Rights groups estimate there are 800 to 1,200 political prisoners held in Venezuela"]
    assert second.subheads == ["Anxiety over prisoners", "Pressure on Cuba"]
    assert second.captions == []
    body = paragraphs(second)
    assert len(body) == 29
    assert body[0].startswith("Venezuelans waited Sunday for more political prisoners")
    # A key point repeated in the body stays in the body.
    assert "Rights groups estimate there are 800 to 1,200 political prisoners held in Venezuela." in body
    assert [body[i] for i, p in enumerate(second.paragraphs) if p.kind == "subhead"] == second.subheads
    assert body[-1].startswith("“International relations should be governed")

    for article in (first, second):
        for chrome in ("Follow", "1 / 3", "Updated", "SOCHI:", "CARACAS:", article.title):
            assert all(not p.startswith(chrome) for p in paragraphs(article)), chrome
        assert article.text.count(article.title or "") == 0


def test_offsets_join_paragraphs_with_a_blank_line(seed_text: str) -> None:
    for article in read_text_page(seed_text, FETCHED):
        assert article.text == "\n\n".join(paragraphs(article))
        for before, after in zip(article.paragraphs, article.paragraphs[1:]):
            assert after.start == before.end + 2
        assert article.paragraphs[-1].end == len(article.text)


def test_relative_stamp_without_fetch_time_stays_unresolved(seed_text: str) -> None:
    _, second = read_text_page(seed_text)
    assert second.updated is None
    assert [(s.text, s.value, s.resolved) for s in second.stamps] == [("Updated 6 sec ago", None, False)]


AGENCY_PAGE = """World
Europe

Dutch farmers block motorways in protest over nitrogen limits

By Anna de Vries and Pieter Bakker, Reuters
4 min read
Share this article

THE HAGUE, June 12 (Reuters) - Thousands of Dutch farmers drove tractors onto motorways on Wednesday to protest against limits on nitrogen emissions.
Advertisement
Police said traffic jams stretched for more than 900 km during the morning rush hour.
Related: Dutch coalition talks stall over farm policy
"We are being pushed out of business," said one dairy farmer from Friesland.
File photo: Tractors line a motorway near Utrecht, Netherlands, October 1, 2019. REUTERS/Piroschka van de Wouw
Sign up for our Europe newsletter
The government says the limits are needed to meet European court rulings.
Reporting by Anna de Vries; Editing by Tom Brown
"""


def test_agency_page_byline_dateline_and_chrome() -> None:
    (article,) = read_text_page(AGENCY_PAGE)
    assert article.title == "Dutch farmers block motorways in protest over nitrogen limits"
    assert article.byline == "Anna de Vries and Pieter Bakker"
    assert article.agency == "Reuters"
    assert article.dateline == "THE HAGUE"
    assert paragraphs(article) == [
        "Thousands of Dutch farmers drove tractors onto motorways on Wednesday to protest against limits on nitrogen emissions.",
        "Police said traffic jams stretched for more than 900 km during the morning rush hour.",
        "\"We are being pushed out of business,\" said one dairy farmer from Friesland.",
        "The government says the limits are needed to meet European court rulings.",
    ]
    (caption,) = article.captions
    assert caption.text == "Tractors line a motorway near Utrecht, Netherlands, October 1, 2019."
    assert caption.credit == "REUTERS/Piroschka van de Wouw"


TWO_ARTICLES_WITH_BYLINES = """Storm knocks out power to half a million homes in Florida

By Maria Lopez
Updated Oct. 3, 2025 8:15 a.m. ET

MIAMI — Hurricane winds tore down power lines across southern Florida overnight, utilities said.
Crews from four states were on their way to help restore service.

Search goes on

Coast guard boats were searching for two missing fishermen.

Japan's ruling party picks new leader ahead of election

By Kenji Sato
Published 15 September 2025

(Reuters) - Japan's ruling party chose a former foreign minister as its new leader on Saturday.
He is expected to call an early general election.
"""


def test_bylines_and_stamps_open_new_articles_but_a_bare_short_line_is_a_subhead() -> None:
    storm, japan = read_text_page(TWO_ARTICLES_WITH_BYLINES)
    assert storm.title == "Storm knocks out power to half a million homes in Florida"
    assert storm.byline == "Maria Lopez"
    assert storm.updated == "2025-10-03T08:15:00-04:00"
    assert storm.dateline == "MIAMI"
    assert storm.subheads == ["Search goes on"]
    assert len(storm.paragraphs) == 4
    assert japan.title == "Japan's ruling party picks new leader ahead of election"
    assert japan.published == "2025-09-15"
    assert japan.dateline is None
    assert japan.agency == "Reuters"
    assert paragraphs(japan)[0] == "Japan's ruling party chose a former foreign minister as its new leader on Saturday."


GALLERY_AND_PHOTO_LINES = """Thousands march in Tbilisi against foreign agents law

Image 1 of 2
Protesters wave flags outside parliament in Tbilisi. AFP/Getty Images
Image 2 of 2
Riot police stand guard on Rustaveli Avenue (Photo: Irakli Gedenidze/Reuters)
Updated 2 hours ago

TBILISI, Georgia (AP) — Tens of thousands of people marched through the Georgian capital on Sunday.
Photo: Reuters
The law requires groups funded from abroad to register as foreign agents.
"""


def test_gallery_captions_and_credit_forms() -> None:
    (article,) = read_text_page(GALLERY_AND_PHOTO_LINES, FETCHED)
    assert [(c.text, c.credit, c.index, c.total) for c in article.captions] == [
        ("Protesters wave flags outside parliament in Tbilisi.", "AFP/Getty Images", 1, 2),
        ("Riot police stand guard on Rustaveli Avenue", "Irakli Gedenidze/Reuters", 2, 2),
        ("", "Reuters", None, None),
    ]
    assert article.updated == "2026-01-11T10:00:00Z"
    assert article.dateline == "TBILISI, Georgia"
    assert article.agency == "AP"
    assert len(article.paragraphs) == 2


HARD_WRAPPED = """Parliament approves new budget after all-night session

LISBON: Portugal's parliament approved the government's budget early on
Friday after a debate that lasted through the night, with the main
opposition party abstaining.

The finance minister said the budget would cut the deficit to below 1
percent of economic output next year.
"""


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    (article,) = read_text_page(HARD_WRAPPED)
    assert article.dateline == "LISBON"
    assert paragraphs(article) == [
        "Portugal's parliament approved the government's budget early on Friday after a debate that lasted "
        "through the night, with the main opposition party abstaining.",
        "The finance minister said the budget would cut the deficit to below 1 percent of economic output next year.",
    ]


def test_page_of_only_boilerplate_has_no_article() -> None:
    page = "Follow\nShare\n\nAdvertisement\n1 / 4\nRead more\nSign up for our newsletter\n\nMost read\n"
    assert read_text_page(page) == []


def test_body_list_after_the_lead_stays_in_the_body() -> None:
    page = (
        "Council publishes list of schools to close\n\n"
        "The city council on Monday named the schools that will close next year.\n"
        "• Hillside Primary\n"
        "• Oakwood Academy\n"
        "Parents have until May to appeal.\n"
    )
    (article,) = read_text_page(page)
    assert article.key_points == []
    assert paragraphs(article)[1:3] == ["Hillside Primary", "Oakwood Academy"]


def test_headline_with_site_suffix_repeated_is_one_article() -> None:
    page = (
        "Wildfire forces evacuation of mountain villages | Daily Courier\n"
        "Published 4 July 2025\n\n"
        "Wildfire forces evacuation of mountain villages\n\n"
        "Firefighters ordered hundreds of residents to leave their homes on Friday.\n"
    )
    (article,) = read_text_page(page)
    assert article.title == "Wildfire forces evacuation of mountain villages | Daily Courier"
    assert paragraphs(article) == ["Firefighters ordered hundreds of residents to leave their homes on Friday."]


BROADCASTER_PAGE = """Spain wildfires: Thousands evacuated as blaze spreads near Valencia

2 hours ago
Share
Save

Image source, Getty Images
Image caption, Firefighters battled the flames through the night

More than 3,000 people have been evacuated from villages near Valencia as a wildfire spread, officials say.

What caused the fire?

Investigators believe the blaze was started by a spark from farm machinery.

Related Topics
Spain
Wildfires
"""


def test_split_image_source_and_caption_lines_and_trailing_tags() -> None:
    (article,) = read_text_page(BROADCASTER_PAGE, FETCHED)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Firefighters battled the flames through the night", "Getty Images")
    ]
    assert article.published == "2026-01-11T10:00:00Z"
    assert article.subheads == ["What caused the fire?"]  # the topic tags at the end are not subheads
    assert len(article.paragraphs) == 3


def test_cable_news_opener_and_agency_after_byline_names() -> None:
    page = (
        "Senate passes stopgap bill to avert shutdown\n\n"
        "By Jane Doe and John Roe, CNN\nUpdated 10:32 PM EDT, Tue May 14, 2019\n\n"
        "Washington (CNN)The Senate passed a short-term spending bill late Tuesday.\n"
        "The measure keeps the government open until December 20.\n"
    )
    (article,) = read_text_page(page)
    assert (article.byline, article.agency, article.dateline) == ("Jane Doe and John Roe", "CNN", "Washington")
    assert article.updated == "2019-05-14T22:32:00-04:00"
    assert paragraphs(article)[0] == "The Senate passed a short-term spending bill late Tuesday."

    page = (
        "Earthquake shakes southern Mexico\nBy MARIA VERZA and FABIOLA SANCHEZ Associated Press\n"
        "Published 6:41 PM CST, March 3, 2025\n\n"
        "MEXICO CITY (AP) — A strong earthquake shook southern Mexico on Monday.\n___\n"
        "Associated Press writer Mark Stevenson contributed to this report.\n"
    )
    (article,) = read_text_page(page)
    assert (article.byline, article.agency, article.dateline) == ("MARIA VERZA and FABIOLA SANCHEZ", "AP", "MEXICO CITY")
    assert article.published == "2025-03-03T18:41:00-06:00"
    assert "___" not in article.text


def test_credit_line_and_reporting_from_are_not_text() -> None:
    page = (
        "Supported by\n\nIn Brazil, a Drought Empties the Reservoirs That Power Its Cities\n\n"
        "By Ana Ionova\nReporting from Rio de Janeiro\n\nSept. 3, 2024\n\n"
        "Credit...Mauro Pimentel/Agence France-Presse — Getty Images\n\n"
        "The hydroelectric dams that supply most of Brazil's electricity are running dry.\n"
    )
    (article,) = read_text_page(page)
    assert article.title == "In Brazil, a Drought Empties the Reservoirs That Power Its Cities"
    assert article.published == "2024-09-03"
    assert [(c.text, c.credit) for c in article.captions] == [("", "Mauro Pimentel/Agence France-Presse — Getty Images")]
    assert paragraphs(article) == ["The hydroelectric dams that supply most of Brazil's electricity are running dry."]


def test_a_wide_gap_above_a_headline_opens_an_article_but_not_above_a_subhead() -> None:
    page = (
        "Rail strike halts trains across Germany\n\n"
        "The train drivers' union began a 48-hour strike on Wednesday.\n"
        "\n\nTalks broke down\n\n"
        "Negotiations over pay collapsed last week.\n"
        "\n\nHeatwave brings record temperatures to northern Italy\n\n"
        "Milan recorded 39C on Tuesday, its highest reading since records began.\n"
    )
    rail, heat = read_text_page(page)
    assert rail.subheads == ["Talks broke down"]
    assert heat.title == "Heatwave brings record temperatures to northern Italy"
    assert paragraphs(heat) == ["Milan recorded 39C on Tuesday, its highest reading since records began."]


def test_quoted_paragraph_attribution_dash_and_follow_lines() -> None:
    page = (
        "Mayor vows to rebuild flooded district\n\nPublished 2 May 2025\n\n"
        "The mayor toured the flooded streets on Thursday.\n"
        "“We will rebuild every home”\n"
        "— Mayor Lena Hoffmann\n"
        "Follow Jane Doe on Twitter\n"
        "Follow the money, one resident said.\n"
    )
    (article,) = read_text_page(page)
    assert paragraphs(article) == [
        "The mayor toured the flooded streets on Thursday.",
        "“We will rebuild every home”",
        "— Mayor Lena Hoffmann",
        "Follow the money, one resident said.",
    ]
    assert article.subheads == []


def test_whole_page_dump_residue_is_not_article_text() -> None:
    page = (
        "Menu\nHome\nNews\nSport\nWeather\n\n"
        "Floods cut off mountain villages in northern Pakistan\n\n"
        "Updated 3 June 2025\n\n"
        "Rescue teams reached three villages in the Swat valley on Monday after floods washed away roads.\n"
        "/.entry-content\n"
        "The provincial government said 40 homes had been destroyed.\n"
        "Most read\n1\nTeaser headline about a football transfer saga\n2\nAnother teaser about the weather\n"
        "3\nA third teaser about celebrity news\n\n"
        "Leave a Comment\nYou must be logged in to post a comment.\nReply\n"
    )
    (article,) = read_text_page(page)
    assert article.title == "Floods cut off mountain villages in northern Pakistan"
    assert paragraphs(article) == [
        "Rescue teams reached three villages in the Swat valley on Monday after floods washed away roads.",
        "The provincial government said 40 homes had been destroyed.",
    ]
    assert article.subheads == []


def test_a_run_of_teasers_without_a_sentence_is_no_article() -> None:
    page = "Top stories\n\nMarkets slide as oil jumps\n\nElection count goes on\n\nRain expected\n\nSee all\n"
    assert read_text_page(page) == []


def test_a_short_story_with_a_dateline_is_kept() -> None:
    (article,) = read_text_page("Ruiz thanks allies\n\nLISBON: Ruiz thanked her allies on Monday.\n")
    assert (article.title, article.dateline, paragraphs(article)) == (
        "Ruiz thanks allies", "LISBON", ["Ruiz thanked her allies on Monday."],
    )


# A whole input of a few lines with no chrome is an article even without a full paragraph: researchers code
# collections of single sentences, headlines, wire snippets and posts.


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the parliament in Lima on Tuesday.",
        "Breaking: earthquake hits northern Chile",
        "Troops entered the town at dawn.",
        "Fishermen blocked the harbour at Gdynia for a second day\n",
    ],
)
def test_a_lone_sentence_or_headline_is_an_untitled_article(text: str) -> None:
    (article,) = read_text_page(text)

    assert article.title is None
    assert article.text == text.strip()
    assert [p.kind for p in article.paragraphs] == ["body"]


def test_the_lines_of_a_post_are_each_text() -> None:
    post = "Police fired tear gas at students in Nairobi this morning\nDozens were arrested near the campus #Kenya\n"

    (article,) = read_text_page(post)

    assert article.title is None
    assert paragraphs(article) == [
        "Police fired tear gas at students in Nairobi this morning",
        "Dozens were arrested near the campus #Kenya",
    ]


def test_a_headline_set_apart_above_a_short_text_is_its_title() -> None:
    (article,) = read_text_page("Dam bursts in Sindh\n\nVillagers fled to higher ground overnight\n")

    assert article.title == "Dam bursts in Sindh"
    assert paragraphs(article) == ["Villagers fled to higher ground overnight"]


def test_a_snippet_keeps_its_dateline_stamp_and_byline() -> None:
    snippet = "By Ana Ortiz\nUpdated 14 March 2025\nQUITO (Reuters) - Transport workers went on strike"

    (article,) = read_text_page(snippet, FETCHED)

    assert (article.byline, article.updated, article.dateline, article.agency) == (
        "Ana Ortiz", "2025-03-14", "QUITO", "Reuters",
    )  # fmt: skip
    assert article.text == "Transport workers went on strike"


@pytest.mark.parametrize(
    "text",
    [
        "Share",
        "Follow us",
        "Advertisement",
        "Reuters",
        "12:45 GMT",
        "1 / 3",
        "Breaking news",
        "World\nBusiness\nSport\nCulture",
        "Home | World | Business | Sport",
        "Markets slide as oil jumps\n\nElection count goes on\n\nRain expected tomorrow",
        "Fishermen blocked the harbour at Gdynia\nShare",
        "Fishermen blocked the harbour at Gdynia\nRead more",
        "Photo: Reuters",
        "#.entry-content",
        "",
    ],
)
def test_a_short_input_of_boilerplate_is_still_no_article(text: str) -> None:
    assert read_text_page(text) == []


def test_a_lone_chrome_line_is_refused_as_boilerplate_by_the_reader() -> None:
    raw = RawPage(path="post.txt", text="Follow us\n", format="text", encoding="utf-8", size=10)

    with pytest.raises(InputError) as refused:
        read_page(raw, fetched_at=FETCHED)

    assert refused.value.error is Errors.E007


def test_only_a_short_input_is_read_as_a_snippet() -> None:
    long_fragment = " ".join(["Crowds filled the square and the side streets"] * 20)  # no sentence end
    many_lines = "\n".join(f"Rescuers searched block {n} of the estate" for n in range(8))

    assert read_text_page(long_fragment) == []
    assert read_text_page(many_lines) == []
