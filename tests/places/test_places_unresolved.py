from place_helpers import by_name


def test_a_prison_no_gazetteer_holds_is_kept_near_the_city(geoparse_text) -> None:
    places = geoparse_text("Relatives kept watch outside El Rodeo prison east of Caracas, hoping for news.")
    rodeo = by_name(places, "El Rodeo")
    caracas = by_name(places, "Caracas")
    assert rodeo.resolved is False and rodeo.geonameid is None and rodeo.lat is None
    assert rodeo.feature == "facility"
    assert rodeo.country == "VEN"
    assert rodeo.near == caracas.id and rodeo.relation == "east of"
    assert rodeo.id == "u:el-rodeo"


def test_without_a_relation_the_same_sentence_gives_the_anchor(geoparse_text) -> None:
    places = geoparse_text("Guards at the Yare prison said inmates in Caracas would be moved.")
    yare = by_name(places, "Yare")
    assert yare.near == by_name(places, "Caracas").id and yare.relation is None
    assert yare.country == "VEN"


def test_the_dateline_anchors_a_place_the_sentence_does_not(geoparse_text) -> None:
    places = geoparse_text("Relatives waited outside Tocoron prison for news of the inmates.", dateline="CARACAS")
    tocoron = by_name(places, "Tocoron")
    assert tocoron.near == by_name(places, "Caracas").id
    assert tocoron.country == "VEN"
