"""GDELT's layouts: events, mentions and GKG rows laid out column for column, and files that GDELT readers load."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from dateline.entities.lexicon import lexicon
from dateline.events.ontology import goldstein, quad_class
from dateline.model import Article, split_paragraphs
from dateline.records import (
    CollectionEvent,
    Count,
    Entity,
    EntityMention,
    Event,
    EventActor,
    EventDate,
    EventPlace,
    EventReference,
    Place,
    PlaceMention,
    Quote,
    QuotePerson,
    TextSpan,
    TimeExpression,
)
from dateline.store.gdelt import (
    EVENT_COLUMNS,
    FIPS_CODES,
    GKG_COLUMNS,
    MENTION_COLUMNS,
    actor_fields,
    event_row,
    fraction_date,
    gdelt_timestamp,
    gkg_row,
    mention_row,
    sentence_number,
    write_tsv,
)

TEXT = (
    "Foreign Minister Ana Ruiz welcomed Russian envoy Pavel Orlov in Caracas on 3 March 2025.\n\n"
    "Venezuela and Russia signed two trade accords, Ruiz said. Orlov called the talks useful.\n\n"
    "Police arrested 12 protesters outside the Interior Ministry in March 2025, the first such arrests since 2024."
)
URL = "https://www.example-news.com/world/caracas-talks"
ADDED = "2025-03-03T10:30:00+01:00"  # 09:30 UTC
RUIZ = EventActor(text="Ana Ruiz", name="Ana Ruiz", entity="person:ana-ruiz", code="VENGOV")
ORLOV = EventActor(text="Pavel Orlov", name="Pavel Orlov", entity="person:pavel-orlov", code="RUSGOV")
CARACAS = EventPlace(name="Caracas", country="VEN", lat=10.48801, lon=-66.87919, geonames_id=3646738)


def span(words: str, after: int = 0) -> TextSpan:
    start = TEXT.index(words, after)
    return TextSpan(start=start, end=start + len(words), text=words)


def mention(words: str, after: int = 0) -> EntityMention:
    start = TEXT.index(words, after)
    return EntityMention(start=start, end=start + len(words), text=words)


def place_mention(words: str) -> list[PlaceMention]:
    start = TEXT.index(words)
    return [PlaceMention(start=start, end=start + len(words), text=words)]


def quote(id: str, words: str, speaker: QuotePerson | None, cue: str | None, text: str | None = None) -> Quote:
    start = TEXT.index(words)
    end = start + len(words)
    return Quote(id=id, kind="indirect", text=text or words, start=start, end=end, pieces=[[start, end]], verbatim=[],
                 speaker=speaker, cue=cue)  # fmt: skip


def article(url: str | None = URL) -> Article:
    signed = Event(
        id="e2", type="AGREE", cameo="057", actors=[RUIZ], recipients=[ORLOV], trigger=span("signed"),
        sentence=TextSpan(start=TEXT.index("Venezuela and"), end=TEXT.index("Ruiz said.") + 10), confidence=0.8,
    )  # fmt: skip
    orlov = QuotePerson(text="Orlov", start=TEXT.index("Orlov called"), end=TEXT.index("Orlov called") + 5,
                        entity="person:pavel-orlov", name="Pavel Orlov")  # fmt: skip
    odd = QuotePerson(text="Police", start=TEXT.index("Police"), end=TEXT.index("Police") + 6, entity=None,
                      name='Chief "Max" <script>alert(1)</script> & Co')  # fmt: skip
    return Article(
        title="Caracas talks", url=url, agency="Example Wire", text=TEXT, paragraphs=split_paragraphs(TEXT, "\n\n"),
        entities=[
            Entity(id="person:ana-ruiz", name="Ana Ruiz", type="PERSON", mentions=[mention("Ana Ruiz"), mention("Ruiz", after=TEXT.index("Ruiz said"))]),
            Entity(id="person:pavel-orlov", name="Pavel Orlov", type="PERSON",
                   mentions=[mention("Pavel Orlov"), mention("Orlov", after=TEXT.index("Orlov called"))]),
            Entity(id="org:interior-ministry", name="Interior Ministry", type="ORG", mentions=[mention("Interior Ministry")]),
        ],
        places=[
            Place(id="gn:3646738", name="Caracas", geonameid=3646738, lat=10.48801, lon=-66.87919, country="VEN",
                  feature="city", mentions=place_mention("Caracas"), resolved=True),
            Place(id="gn:3625428", name="Venezuela", geonameid=3625428, lat=8.0, lon=-66.0, country="VEN",
                  feature="country", mentions=place_mention("Venezuela"), resolved=True),
            Place(id="u:the-square", name="the square", mentions=[], resolved=False),
        ],
        times=[
            TimeExpression(text="3 March 2025", start=TEXT.index("3 March"), end=TEXT.index("3 March") + 12, type="DATE",
                           value="2025-03-03"),
            TimeExpression(text="March 2025", start=TEXT.index("March 2025,"), end=TEXT.index("March 2025,") + 10,
                           type="DATE", value="2025-03"),
            TimeExpression(text="2024", start=TEXT.index("2024"), end=TEXT.index("2024") + 4, type="DATE", value="2024"),
        ],
        quotes=[
            quote("q1", "Venezuela and Russia signed two trade accords", None, "said"),
            quote("q2", "the talks useful", orlov, "called", text="the\ttalks #use|ful\nindeed"),
            quote("q3", "arrested 12 protesters", odd, None),
        ],
        counts=[Count(text="12 protesters", start=TEXT.index("12 protesters"), end=TEXT.index("12 protesters") + 13,
                      min=12, max=12, object="protesters", type="ARREST")],
        events=[signed],
    )  # fmt: skip


def collection(**changes: object) -> CollectionEvent:
    fields: dict[str, object] = dict(
        id="ce-00112233445566aa", type="CONSULT", cameo="042", actors=[RUIZ], recipients=[ORLOV],
        date=EventDate(text="3 March 2025", value="2025-03-03"), place=CARACAS,
        mentions=[EventReference(article="a-0000000000000001", event="e1")], num_mentions=5, num_articles=3,
        first_seen="2025-03-02T23:50:00Z",
    )  # fmt: skip
    fields.update(changes)
    return CollectionEvent(**fields)  # type: ignore[arg-type]


def named(row: list[str], columns: tuple[str, ...] = EVENT_COLUMNS) -> dict[str, str]:
    assert len(row) == len(columns)
    return dict(zip(columns, row))


# --- layouts --------------------------------------------------------------------------------------------------------


def test_the_layouts_have_gdelts_columns_in_gdelts_order() -> None:
    assert len(EVENT_COLUMNS) == 61 and len(set(EVENT_COLUMNS)) == 61
    assert EVENT_COLUMNS[:6] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert EVENT_COLUMNS[14:17] == ("Actor1Type3Code", "Actor2Code", "Actor2Name")
    assert EVENT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")  # fmt: skip
    assert EVENT_COLUMNS[35:43] == ("Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
                                    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID")  # fmt: skip
    assert EVENT_COLUMNS[51] == "ActionGeo_Type" and EVENT_COLUMNS[58] == "ActionGeo_FeatureID"
    assert EVENT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert len(MENTION_COLUMNS) == 16 and MENTION_COLUMNS[6] == "SentenceID" and MENTION_COLUMNS[-1] == "Extras"
    assert len(GKG_COLUMNS) == 27 and GKG_COLUMNS[15] == "V1.5TONE" and GKG_COLUMNS[22] == "V2.1QUOTATIONS"


@pytest.mark.parametrize(("iso3", "fips"), [("USA", "US"), ("RUS", "RS"), ("GBR", "UK"), ("DEU", "GM"), ("VEN", "VE"),
                                            ("CHN", "CH"), ("IRQ", "IZ"), ("AUT", "AU"), ("AUS", "AS")])  # fmt: skip
def test_countries_take_their_fips_10_4_codes(iso3: str, fips: str) -> None:
    assert FIPS_CODES[iso3] == fips


def test_every_country_dateline_knows_has_a_fips_code() -> None:
    assert not [code for code in lexicon().countries if code not in FIPS_CODES]


# --- events ---------------------------------------------------------------------------------------------------------


def test_an_event_row_holds_its_date_actors_action_and_place() -> None:
    row = event_row(collection(), 7001, source_url=URL, date_added=ADDED)
    assert len(row) == 61 and all(isinstance(field, str) for field in row)
    got = named(row)
    assert (got["GlobalEventID"], got["Day"], got["MonthYear"], got["Year"]) == ("7001", "20250303", "202503", "2025")
    assert got["FractionDate"] == "2025.1726"  # (2 * 30 + 3) / 365
    assert [got[f"Actor1{f}"] for f in ("Code", "Name", "CountryCode", "Type1Code", "Type2Code")] == [
        "VENGOV", "ANA RUIZ", "VEN", "GOV", ""]  # fmt: skip
    assert [got[f"Actor2{f}"] for f in ("Code", "Name", "CountryCode", "Type1Code")] == ["RUSGOV", "PAVEL ORLOV", "RUS", "GOV"]
    assert (got["EventCode"], got["EventBaseCode"], got["EventRootCode"]) == ("042", "042", "04")
    assert got["QuadClass"] == str(quad_class("042")) == "1"
    assert got["GoldsteinScale"] == str(goldstein("042"))
    assert (got["IsRootEvent"], got["NumMentions"], got["NumSources"], got["NumArticles"], got["AvgTone"]) == (
        "0", "5", "3", "3", "0")  # fmt: skip
    action = [got[f"ActionGeo_{f}"] for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                                               "FeatureID")]  # fmt: skip
    assert action == ["4", "Caracas, Venezuela", "VE", "VE", "", "10.4880", "-66.8792", "3646738"]
    # With nothing better known, the actors are where the event is.
    assert row[35:43] == row[43:51] == row[51:59]
    assert (got["DATEADDED"], got["SOURCEURL"]) == ("20250303093000", URL)


@pytest.mark.parametrize(("cameo", "base", "root"), [("042", "042", "04"), ("0211", "021", "02"), ("18", "18", "18"),
                                                     ("190", "190", "19"), ("036", "036", "03")])  # fmt: skip
def test_event_codes_stay_zero_padded_and_break_into_base_and_root(cameo: str, base: str, root: str) -> None:
    got = named(event_row(collection(cameo=cameo), 1, source_url=None, date_added="20250303093000"))
    assert (got["EventCode"], got["EventBaseCode"], got["EventRootCode"]) == (cameo, base, root)
    assert got["QuadClass"] == str(quad_class(cameo))
    assert got["GoldsteinScale"] == str(goldstein(cameo))
    assert got["SOURCEURL"] == ""


def test_an_event_without_a_cameo_code_takes_its_types_own() -> None:
    got = named(event_row(collection(cameo=None), 1, source_url=None, date_added=ADDED))
    assert (got["EventCode"], got["EventRootCode"], got["QuadClass"]) == ("040", "04", "1")


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"), [(2004, 11, 26, "2004.8932"), (2013, 11, 24, "2013.8877"), (2025, 1, 1, "2025.0027")]
)
def test_fraction_date_is_computed_as_gdelts_files_show_it(year: int, month: int, day: int, expected: str) -> None:
    assert fraction_date(year, month, day) == expected


def test_the_day_falls_back_to_the_first_report_then_to_nothing() -> None:
    by_month = named(event_row(collection(date=EventDate(value="2025-03")), 1, source_url=None, date_added=ADDED))
    assert (by_month["Day"], by_month["MonthYear"], by_month["Year"]) == ("20250302", "202503", "2025")
    unknown = named(event_row(collection(date=None, first_seen=None), 1, source_url=None, date_added=ADDED))
    assert [unknown[name] for name in ("Day", "MonthYear", "Year", "FractionDate")] == ["", "", "", ""]


def test_num_sources_counts_distinct_sites() -> None:
    sources = ["https://www.example-news.com/a", "http://example-news.com/b", "https://wire.example.org/c"]
    got = named(event_row(collection(), 1, source_url=URL, date_added=ADDED, sources=sources, is_root=True))
    assert (got["NumSources"], got["NumArticles"], got["IsRootEvent"]) == ("2", "3", "1")


def test_an_actor_placed_elsewhere_gets_that_geography_and_a_missing_actor_none() -> None:
    russia = EventPlace(name="Russia", country="RUS")
    got = named(event_row(collection(recipients=[]), 1, source_url=None, date_added=ADDED,
                          places={"person:ana-ruiz": russia}))  # fmt: skip
    assert [got[f"Actor1Geo_{f}"] for f in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "FeatureID")] == [
        "1", "Russia", "RS", "RS", "", "RS"]  # fmt: skip
    assert got["Actor2Code"] == got["Actor2Name"] == ""
    assert [got[f"Actor2Geo_{f}"] for f in ("Type", "FullName", "CountryCode", "Lat")] == ["0", "", "", ""]
    assert got["ActionGeo_FeatureID"] == "3646738"


def test_us_places_are_us_cities_or_with_the_articles_record_us_states() -> None:
    texas = EventPlace(name="Texas", country="USA", lat=31.25044, lon=-99.25061, geonames_id=4736286)
    city = named(event_row(collection(place=texas, actors=[]), 1, source_url=None, date_added=ADDED))
    assert (city["ActionGeo_Type"], city["ActionGeo_FullName"], city["ActionGeo_CountryCode"]) == (
        "3", "Texas, United States", "US")  # fmt: skip
    state = Place(id="gn:4736286", name="Texas", geonameid=4736286, lat=31.25044, lon=-99.25061, country="USA",
                  feature="admin1", resolved=True)  # fmt: skip
    got = named(event_row(collection(place=texas, actors=[]), 1, source_url=None, date_added=ADDED,
                          places={state.id: state}))  # fmt: skip
    assert (got["ActionGeo_Type"], got["ActionGeo_Lat"], got["ActionGeo_Long"]) == ("2", "31.2504", "-99.2506")
    country_only = named(event_row(collection(place=EventPlace(name="Germany", country="DEU")), 1, source_url=None,
                                   date_added=ADDED))  # fmt: skip
    assert [country_only[f"ActionGeo_{f}"] for f in ("Type", "FullName", "CountryCode", "FeatureID")] == [
        "1", "Germany", "GM", "GM"]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "country", "group", "types"),
    [("NGO", "", "", ["NGO", "", ""]), ("CVL", "", "", ["CVL", "", ""]), ("RUSMIL", "RUS", "", ["MIL", "", ""]),
     ("GBRGOVMIL", "GBR", "", ["GOV", "MIL", ""]), ("IGOUNO", "", "UNO", ["IGO", "", ""]),
     ("MNCUSA", "USA", "", ["MNC", "", ""]), ("VEN", "VEN", "", ["", "", ""])],
)  # fmt: skip
def test_actor_codes_break_into_country_group_and_types(code: str, country: str, group: str, types: list[str]) -> None:
    fields = actor_fields(EventActor(text="them", name="Them", code=code))
    assert fields[0] == code and fields[1] == "THEM"
    assert (fields[2], fields[3], fields[7:10]) == (country, group, types)
    assert actor_fields(None) == [""] * 10


def test_timestamps_are_gdelts_utc_digits() -> None:
    assert gdelt_timestamp("2025-03-03T10:30:00+01:00") == "20250303093000"
    assert gdelt_timestamp("2025-03-03T09:30:00Z") == "20250303093000"
    assert gdelt_timestamp("2025-03-03") == "20250303000000"
    assert gdelt_timestamp("20250303") == "20250303000000"
    with pytest.raises(ValueError):
        gdelt_timestamp("last Monday")


# --- files ----------------------------------------------------------------------------------------------------------


def test_a_written_file_reads_back_the_same_in_pandas(tmp_path: Path) -> None:
    rows = [
        event_row(collection(), 7001, source_url=URL, date_added=ADDED),
        event_row(collection(cameo="0211", actors=[], place=None), 7002, source_url=None, date_added=ADDED),
    ]
    path = tmp_path / "20250303093000.export.CSV"
    assert write_tsv(path, rows) == 2
    assert path.read_text(encoding="utf-8").count("\n") == 2  # no header
    frame = pd.read_csv(path, sep="\t", header=None, names=EVENT_COLUMNS, dtype=str)
    assert frame.fillna("").values.tolist() == rows
    assert frame.loc[1, "EventCode"] == "0211" and frame.loc[0, "EventRootCode"] == "04"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "mentions.CSV"
    write_tsv(path, [["1", "old"]])
    os.chmod(path, 0o640)

    def rows() -> Iterator[list[str]]:
        yield ["2", "new"]
        raise RuntimeError("the source went away")

    with pytest.raises(RuntimeError):
        write_tsv(path, rows())
    assert path.read_text(encoding="utf-8") == "1\told\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert write_tsv(path, [["3", "tab\there", "line\nbreak"]]) == 1
    assert path.read_text(encoding="utf-8") == "3\ttab here\tline break\n"
    assert path.stat().st_mode & 0o777 == 0o640


# --- mentions -------------------------------------------------------------------------------------------------------


def test_a_mention_row_locates_the_telling_in_its_article() -> None:
    page = article()
    told = page.events[0]  # type: ignore[index]
    got = named(mention_row(7001, collection(), page, told, date_added=ADDED, source_url=None), MENTION_COLUMNS)
    assert (got["GlobalEventID"], got["EventTimeDate"], got["MentionTimeDate"]) == ("7001", "20250303093000", "20250303093000")
    assert (got["MentionType"], got["MentionSourceName"], got["MentionIdentifier"]) == ("1", "example-news.com", URL)
    assert got["SentenceID"] == "2"
    assert got["Actor1CharOffset"] == str(TEXT.index("Ana Ruiz"))
    assert got["Actor2CharOffset"] == str(TEXT.index("Pavel Orlov"))
    assert got["ActionCharOffset"] == str(TEXT.index("signed"))
    assert (got["InRawText"], got["Confidence"], got["MentionDocLen"], got["MentionDocTone"]) == ("1", "80", str(len(TEXT)), "0")
    assert got["MentionDocTranslationInfo"] == got["Extras"] == ""


def test_a_mention_without_a_url_is_a_citation_and_unknown_actors_are_minus_one() -> None:
    page = article(url=None)
    stranger = EventActor(text="a diplomat", name="a diplomat", entity="person:nobody")
    told = Event(id="e9", type="CONSULT", cameo="040", actors=[stranger], trigger=span("arrested"), confidence=0.333)
    got = named(mention_row(5, collection(actors=[stranger], recipients=[]), page, told, date_added=ADDED, source_url=None),
                MENTION_COLUMNS)  # fmt: skip
    assert (got["MentionType"], got["MentionSourceName"], got["MentionIdentifier"]) == ("2", "Example Wire", page.id)
    assert (got["Actor1CharOffset"], got["Actor2CharOffset"], got["Confidence"]) == ("-1", "-1", "33")
    assert got["SentenceID"] == "4"  # no sentence span: the trigger's


def test_sentences_are_counted_by_their_ends() -> None:
    text = "The U.S. envoy met Mr. Orlov. They talked! Did it help?\n\nA headline\n\nAnd then."
    assert [sentence_number(text, text.index(word)) for word in ("envoy", "They", "Did", "A headline", "And")] == [1, 2, 3, 4, 5]


# --- GKG ------------------------------------------------------------------------------------------------------------


def test_a_gkg_row_lays_out_counts_places_names_dates_and_quotes() -> None:
    row = gkg_row("20250303093000-1", article(), date_added=ADDED, source_url=None)
    assert len(row) == 27 and all(isinstance(field, str) for field in row)
    got = named(row, GKG_COLUMNS)
    at = TEXT.index
    assert (got["GKGRECORDID"], got["V2.1DATE"], got["V2SOURCECOLLECTIONIDENTIFIER"]) == ("20250303093000-1", "20250303093000", "1")
    assert (got["V2SOURCECOMMONNAME"], got["V2DOCUMENTIDENTIFIER"]) == ("example-news.com", URL)
    assert got["V1COUNTS"] == "ARREST#12#protesters#0######"
    assert got["V2.1COUNTS"] == f"ARREST#12#protesters#0#######{at('12 protesters')}"
    assert got["V2.1AMOUNTS"] == f"12,protesters,{at('12 protesters')}"
    assert got["V1LOCATIONS"] == "4#Caracas, Venezuela#VE#VE#10.4880#-66.8792#3646738;1#Venezuela#VE#VE#8.0000#-66.0000#3625428"
    assert got["V2ENHANCEDLOCATIONS"] == (f"4#Caracas, Venezuela#VE#VE##10.4880#-66.8792#3646738#{at('Caracas')};"
                                          f"1#Venezuela#VE#VE##8.0000#-66.0000#3625428#{at('Venezuela')}")  # fmt: skip
    assert got["V1PERSONS"] == "Ana Ruiz;Pavel Orlov"
    assert got["V2ENHANCEDPERSONS"] == (f"Ana Ruiz,{at('Ana Ruiz')};Pavel Orlov,{at('Pavel Orlov')};"
                                        f"Ana Ruiz,{at('Ruiz said')};Pavel Orlov,{at('Orlov called')}")  # fmt: skip
    assert (got["V1ORGANIZATIONS"], got["V2ENHANCEDORGANIZATIONS"]) == ("Interior Ministry", f"Interior Ministry,{at('Interior')}")
    assert got["V2.1ALLNAMES"].split(";")[0] == f"Ana Ruiz,{at('Ana Ruiz')}" and "Interior Ministry," in got["V2.1ALLNAMES"]
    assert got["V1.5TONE"] == "0,0,0,0,0,0,0"
    assert got["V2.1ENHANCEDDATES"] == f"3#3#3#2025#{at('3 March')};2#3#0#2025#{at('March 2025,')};1#0#0#2024#{at('2024')}"
    quotes = got["V2.1QUOTATIONS"].split("#")
    assert quotes[0] == f"{at('Venezuela and')}|45|said|Venezuela and Russia signed two trade accords"
    assert quotes[1] == f"{at('the talks useful')}|16|called|the talks use ful indeed"
    assert quotes[2] == f"{at('arrested 12')}|22||arrested 12 protesters"
    assert [got[name] for name in ("V1THEMES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1TRANSLATIONINFO")] == ["", "", "", ""]


def test_gkg_extras_name_each_quotes_speaker_in_escaped_xml() -> None:
    extras = named(gkg_row("x-1", article(), date_added=ADDED, source_url=None), GKG_COLUMNS)["V2EXTRASXML"]
    assert extras.startswith(f'<SPEAKERS><QUOTE offset="{TEXT.index("the talks useful")}" speaker="Pavel Orlov" '
                             'entity="person:pavel-orlov"/>')  # fmt: skip
    assert "<script>" not in extras and "&lt;script&gt;" in extras and "&quot;Max&quot;" in extras
    speakers = ElementTree.fromstring(extras)
    assert [(q.get("speaker"), q.get("entity")) for q in speakers] == [
        ("Pavel Orlov", "person:pavel-orlov"), ('Chief "Max" <script>alert(1)</script> & Co', None)]  # fmt: skip


def test_no_field_of_any_layout_holds_a_tab_or_line_break() -> None:
    page = article()
    page.entities[0].name = "Ana\tRuiz\n"  # type: ignore[index]
    page.counts[0].object = "pro#test;ers\r\n"  # type: ignore[index]
    rows = [
        gkg_row("20250303093000-1", page, date_added=ADDED, source_url=None),
        event_row(collection(actors=[EventActor(text="x", name="Ana\tRuiz\n", code="VENGOV")]), 1, source_url=URL,
                  date_added=ADDED),
        mention_row(1, collection(), page, page.events[0], date_added=ADDED, source_url=None),  # type: ignore[index]
    ]  # fmt: skip
    assert not [field for row in rows for field in row if any(c in field for c in "\t\n\r")]
    got = named(rows[0], GKG_COLUMNS)
    assert got["V1PERSONS"] == "Ana Ruiz;Pavel Orlov"
    assert got["V1COUNTS"] == "ARREST#12#pro test ers#0######"
    assert named(rows[1])["Actor1Name"] == "ANA RUIZ"
