from dateline.places.candidates import find_candidates, looser_forms


def test_looser_forms_in_order() -> None:
    assert looser_forms("Caracas’s") == ["Caracas’s", "Caracas"]
    assert looser_forms("Zhejiang province") == ["Zhejiang province", "Zhejiang"]
    assert looser_forms("East Texas") == ["East Texas", "Texas"]
    assert looser_forms("Licking County") == ["Licking County"]


def test_whole_names_win_over_looser_forms(places_gazetteer) -> None:
    form, found = find_candidates("North Korea", places_gazetteer.lookup)
    assert form == "North Korea" and any(c.place.country == "PRK" for c in found)
    form, found = find_candidates("western Massachusetts", places_gazetteer.lookup)
    assert form == "Massachusetts" and any(c.place.feature == "admin1" for c in found)
    assert find_candidates("Nowhereville Heights", places_gazetteer.lookup)[1] == ()
