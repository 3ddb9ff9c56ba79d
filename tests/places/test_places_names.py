from dateline.places.names import is_latin, name_key, slug


def test_accents_case_and_punctuation_fold_to_one_key() -> None:
    assert name_key("São Paulo") == name_key("Sao Paulo") == name_key("SAO PAULO") == "sao paulo"
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Washington, D.C.") == name_key("Washington DC")


def test_saint_and_st_meet() -> None:
    assert name_key("St. Petersburg") == name_key("Saint Petersburg") == name_key("Saint-Petersburg")


def test_leading_the_is_dropped_but_not_alone() -> None:
    assert name_key("the United States") == name_key("United States")
    assert name_key("The Hague") == "hague"


def test_no_letters_no_key() -> None:
    assert name_key("1,200") == ""
    assert name_key("--") == ""


def test_helpers() -> None:
    assert is_latin("Kraków") and not is_latin("Москва")
    assert slug("El Rodeo") == "el-rodeo"
