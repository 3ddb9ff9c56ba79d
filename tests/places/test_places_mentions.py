from dateline.places.mentions import find_mentions


def _texts(language_nlp, text: str) -> dict[str, object]:
    return {m.text: m for m in find_mentions(language_nlp(text))}


def test_places_are_found_and_the_article_the_is_dropped(language_nlp) -> None:
    found = _texts(language_nlp, "Leaders of the United States and Canada met in Ottawa on Friday.")
    assert {"United States", "Canada", "Ottawa"} <= set(found)


def test_a_surname_tagged_as_a_place_is_dropped(language_nlp) -> None:
    text = "Secretary of State Antony Blinken flew to Jordan. Blinken told reporters in Amman the talks went well."
    found = _texts(language_nlp, text)
    assert "Blinken" not in found
    assert "Amman" in found


def test_a_named_prison_is_a_facility(language_nlp) -> None:
    text = "Families held a vigil outside El Rodeo prison east of Caracas on Saturday night."
    found = _texts(language_nlp, text)
    assert found["El Rodeo"].facility
    assert not found["Caracas"].facility


def test_a_container_after_a_comma(language_nlp) -> None:
    found = _texts(language_nlp, "The fair returned to Paris, Texas, last week after a two-year break.")
    assert found["Paris"].container == "Texas"


def test_a_list_is_not_a_container(language_nlp) -> None:
    found = _texts(language_nlp, "The envoy will visit Iran, Iraq, Jordan and Egypt next month.")
    assert all(m.container is None for m in found.values())


def test_possessive_is_not_part_of_the_name(language_nlp) -> None:
    found = _texts(language_nlp, "Caracas’s mayor and Moscow's governor signed the accord.")
    assert "Caracas" in found and "Moscow" in found


def test_state_hint(language_nlp) -> None:
    found = _texts(language_nlp, "New York Gov. Kathy Hochul signed the bill in Albany on Tuesday.")
    assert found["New York"].admin_hint
