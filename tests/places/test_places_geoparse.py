"""The geoparser on texts of our own, one case of the issue each."""

from place_helpers import by_name


def test_a_resort_its_sea_and_its_country(geoparse_text) -> None:
    places = geoparse_text(
        "The two ministers met in the Black Sea resort of Sochi, in southern Russia, on Tuesday.", dateline="SOCHI"
    )
    sochi = by_name(places, "Sochi")
    assert (sochi.geonameid, sochi.country, sochi.feature) == (491422, "RUS", "city")
    assert abs(sochi.lat - 43.6) < 0.1 and abs(sochi.lon - 39.73) < 0.1
    assert sochi.dateline is True and sochi.resolved is True
    sea = by_name(places, "Black Sea")
    assert sea.feature == "water" and sea.id == "dl:black-sea"
    assert by_name(places, "Russia").feature == "country"
    assert sum(p.dateline for p in places) == 1


def test_transliterations_and_accents_are_one_place(geoparse_text) -> None:
    places = geoparse_text("Protesters marched in Kyiv on Sunday. In Kiev, officials said the curfew would end.")
    kyiv = by_name(places, "Kyiv")
    assert [m.text for m in kyiv.mentions] == ["Kyiv", "Kiev"]
    assert len([p for p in places if p.country == "UKR" and p.feature == "city"]) == 1
    places = geoparse_text("Fans packed the stadium in São Paulo. Traffic in Sao Paulo was gridlocked for hours.")
    assert len(by_name(places, "São Paulo").mentions) == 2
    places = geoparse_text("The French-language agency said the summit in Sotchi had ended.")
    assert by_name(places, "Sochi").country == "RUS"


def test_paris_texas_and_paris_france(geoparse_text) -> None:
    texan = geoparse_text(
        "Storms flooded roads across Texas on Monday. In Paris, about 100 miles northeast of Dallas, crews cleared trees."
    )
    assert by_name(texan, "Paris").country == "USA"
    french = geoparse_text("Tourists returned to Paris after the museum reopened on Monday.")
    assert by_name(french, "Paris").country == "FRA"


def test_the_dateline_points_to_its_place_even_unmentioned(geoparse_text) -> None:
    places = geoparse_text("The opposition said it would boycott the vote.", dateline="VALPARAISO, Chile")
    (valparaiso,) = [p for p in places if p.dateline]
    assert valparaiso.country == "CHL" and valparaiso.mentions == []
    assert valparaiso.feature == "city"  # the city the story was filed from, not the region of the same name
    assert places[0] is valparaiso


def test_metonymic_capitals_are_flagged_and_still_places(geoparse_text) -> None:
    places = geoparse_text(
        "Washington said it would keep the sanctions. Moscow denied the claims. Families gathered in Havana."
    )
    washington = by_name(places, "Washington")
    assert washington.metonymic is True and washington.country == "USA" and washington.lat is not None
    assert by_name(places, "Moscow").metonymic is True
    assert by_name(places, "Havana").metonymic is False


def test_names_of_one_country_make_one_record(geoparse_text) -> None:
    places = geoparse_text("The US and Russia disagreed. The United States said talks would go on.")
    usa = by_name(places, "United States")
    assert [m.text for m in usa.mentions] == ["US", "United States"]
    assert usa.id == "gn:6252001" and usa.geonameid == 6252001


def test_regions_and_seas(geoparse_text) -> None:
    places = geoparse_text("Hurricanes in the Caribbean and unrest in the Middle East weighed on oil prices.")
    assert by_name(places, "Caribbean").feature == "region"
    assert by_name(places, "Middle East").feature == "region"


def test_mentions_point_into_the_text(geoparse_text) -> None:
    text = "Troops crossed from Poland into Ukraine near Lviv."
    for place in geoparse_text(text):
        for mention in place.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_a_county_names_the_state_of_the_town(geoparse_text) -> None:
    places = geoparse_text(
        "Deputies in Clarke County searched the river on Monday. The sheriff said the boat was found near Athens."
    )
    athens = by_name(places, "Athens")
    assert (athens.country, athens.geonameid) == ("USA", 4180386)  # Athens, Georgia, in Clarke County
    greek = geoparse_text("Thousands of protesters marched in Athens on Monday against the new pension law.")
    assert by_name(greek, "Athens").country == "GRC"


def test_an_organisation_named_like_a_foreign_spelling_of_a_city_is_no_place(geoparse_text) -> None:
    assert geoparse_text("Hamas vowed on Sunday to avenge the killing of its commander.") == []
    places = geoparse_text("The French-language agency said the summit in Sotchi had ended.")
    assert by_name(places, "Sochi").country == "RUS"  # where a place stands, the spelling still finds it
