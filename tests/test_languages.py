from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from dateline.languages import (
    MIN_SHARE,
    SAMPLE_CHARS,
    UNCLEAR,
    Detected,
    detect_language,
    language_sample,
)

ROOT = Path(__file__).resolve().parents[1]
GROUND_TRUTH = ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"

NEWS = {
    "fr": "Des milliers de manifestants se sont rassemblés samedi devant l'hôtel de ville de Marseille pour "
    "dénoncer la hausse des loyers. Selon la préfecture, ils étaient près de huit mille à défiler dans le calme. "
    "Les organisateurs, eux, affirment avoir réuni plus de vingt mille personnes. Le maire a promis de recevoir "
    "une délégation la semaine prochaine.",
    "es": "El gobierno de Chile anunció el martes un plan de emergencia para las regiones afectadas por los "
    "incendios forestales. Más de tres mil hectáreas han ardido desde el fin de semana, según la Corporación "
    "Nacional Forestal. El ministro del Interior dijo que no se descarta evacuar a otras comunidades si el viento "
    "vuelve a cambiar.",
    "de": "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. "
    "Nach Angaben des Wirtschaftsministeriums sollen bis zum Jahr 2030 doppelt so viele Windräder gebaut werden "
    "wie bisher geplant. Der Bundestag soll noch vor der Sommerpause über den Entwurf abstimmen.",
    "ru": "В среду в Москве прошли переговоры министров иностранных дел двух стран. По словам официального "
    "представителя министерства, стороны обсудили вопросы торговли и безопасности в регионе. Журналистам "
    "сообщили, что следующий раунд переговоров состоится в начале осени.",
    "ar": "أعلنت وزارة الصحة يوم الأحد عن افتتاح مستشفى جديد في مدينة الإسكندرية بطاقة استيعابية تبلغ خمسمائة سرير. "
    "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من مليوني مواطن في المنطقة.",
    "zh": "周二，数千名居民在市政府门前集会，抗议当地政府计划在城郊建设一座垃圾焚烧厂。据当地媒体报道，警方在现场维持"
    "秩序，没有发生冲突。市政府发言人表示，将在下个月举行听证会，听取市民的意见。",
    # CLD2 names these two by codes ISO 639-1 does not use ("iw", "zh-Hant").
    "he": "ראש העירייה הודיע ביום שלישי כי העבודות על הקו החדש של הרכבת הקלה יימשכו עד סוף השנה. לדבריו, התושבים "
    "יקבלו הודעה מראש על כל שינוי בתנועה.",
    "zh-traditional": "週二，數千名居民在市政府門前集會，抗議當地政府計劃在城郊興建一座垃圾焚化廠。據當地媒體報導，警方在"
    "現場維持秩序，沒有發生衝突。",
}

ENGLISH = (
    "The city council voted on Monday to approve a new budget that raises spending on schools and public "
    "transport. The mayor said the plan would be paid for by savings elsewhere and by a small rise in parking "
    "fees. Opposition members said the figures did not add up and asked for an independent review."
)

QUOTING = [
    'The mayor of Lyon spoke to reporters on Monday after the vote. "Nous avons fait notre travail, et nous '
    'continuerons", she said, before leaving the city hall. Her opponents said the result showed the council was '
    "divided, and they promised to challenge the decision in court.",
    'Officials in Madrid confirmed on Thursday that the summit would go ahead. "No hay ninguna razón para cancelar '
    'la reunión", the foreign minister told state television. Diplomats from twelve countries are expected to '
    "attend the two-day meeting.",
    "Residents of the border town described a night of shelling. One woman, who gave only her first name, said: "
    '"Мы не спали всю ночь, все сидели в подвале." Local officials said at least four houses were destroyed and '
    "that an evacuation of the children would begin on Friday morning.",
]

# The benchmark's reference bodies that are not in English (the sites' own languages).
NOT_ENGLISH_BODIES = {
    "0ec95c7261d1": "ko", "11ea381ad92b": "pt", "20b2b64916b0": "it", "21486419bb10": "id", "23aaecd14171": "pt",
    "3252222e61fe": "pt", "3c6d3381ef52": "ru", "57b4dafd18cf": "de", "7837c9d66c81": "id", "85439e26c41c": "ja",
    "9da36ae4714b": "ko", "b3c19dd5f061": "pt", "b6fb53e9fb04": "it", "ba07d1e64775": "de", "c4a3637c6696": "ru",
    "c82b3d1d540b": "ru", "cc03ddb5ef7d": "pt", "f105de6e63ca": "ja", "f6ac15a4d985": "pt", "ff0f958ade71": "ru",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(NEWS))
def test_news_in_other_languages_is_named(language: str) -> None:
    detected = detect_language(NEWS[language])

    assert detected.code == language.split("-")[0]
    assert detected.confidence >= MIN_SHARE


def test_english_news_is_english() -> None:
    detected = detect_language(ENGLISH)

    assert detected == Detected(code="en", confidence=detected.confidence)
    assert detected.confidence > 0.9


@pytest.mark.parametrize("text", QUOTING, ids=["french-quote", "spanish-quote", "russian-quote"])
def test_an_english_article_quoting_another_language_stays_english(text: str) -> None:
    assert detect_language(text).code == "en"


def test_a_page_split_between_two_languages_is_not_called_the_other_one() -> None:
    half_and_half = f"{ENGLISH}\n\n{NEWS['fr']}"
    mostly_french = f"{ENGLISH}\n\n{NEWS['fr']}\n\n{NEWS['fr'].replace('samedi', 'dimanche')}\n\n{NEWS['fr']}"

    assert detect_language(half_and_half).code in (None, "en")
    assert detect_language(mostly_french).code == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside the parliament in Lima on Tuesday.",
        "Norway extradited a Rwandan genocide suspect to Kigali.",  # Kinyarwanda to CLD2, on its names
        "Breaking: earthquake hits northern Chile",
        "Aluminum case",
        "Brydge Pro Keyboard for iPad Pro",
        "www.riverside-theatre-tickets.com",
    ],
)
def test_a_short_english_text_is_english_or_unclear_never_another_language(text: str) -> None:
    assert detect_language(text).code in (None, "en")


@pytest.mark.parametrize(
    "text", ["", "   \n\n  ", "Share", "Reuters", "12:45 GMT", "1 / 3", "Le président a démissionné"]
)
def test_too_little_text_is_unclear(text: str) -> None:
    assert detect_language(text) == UNCLEAR


def test_the_seed_and_example_pages_are_english(seed_text: str) -> None:
    example = (ROOT / "examples" / "page.txt").read_text(encoding="utf-8")

    assert detect_language(seed_text).code == "en"
    assert detect_language(example).code == "en"


def test_every_english_reference_body_is_english_and_no_other_is() -> None:
    if not GROUND_TRUTH.exists():
        pytest.skip("the extraction benchmark is not beside the repository")
    bodies = {key[:12]: item["articleBody"] for key, item in json.loads(GROUND_TRUTH.read_text("utf-8")).items()}
    found = {key: detect_language(body) for key, body in bodies.items()}

    not_english = {key: found[key] for key in bodies if key not in NOT_ENGLISH_BODIES and found[key].code != "en"}
    assert not_english == {}
    assert len(bodies) - len(NOT_ENGLISH_BODIES) == 161
    named = {key: found[key].code for key in NOT_ENGLISH_BODIES if found[key].code is not None}
    assert all(named[key] == NOT_ENGLISH_BODIES[key] for key in named)
    assert len(named) >= 16  # pages of links, tables and game codes may be unclear


@pytest.mark.parametrize(
    "hostile",
    [
        "\x00\x01\x0b\x7f\x85\x9f",
        "\ud800\udfff",  # lone surrogates, as a lenient decoder leaves them
        "\ufdd0\ufffe\uffff\U0001fffe\U0010ffff",  # noncharacters
        "\ufeff\u200b\u00ad\ue000\U000e0001",
        "😀" * 500,
        "<<First Name>> &amp; &lt;b&gt;",
    ],
    ids=["controls", "surrogates", "noncharacters", "invisible", "emoji", "markup"],
)
def test_code_points_the_detector_refuses_are_read_past(hostile: str) -> None:
    assert detect_language(f"{ENGLISH} {hostile} {ENGLISH}").code == "en"
    assert detect_language(hostile).code is None


def test_a_huge_text_is_read_from_a_bounded_sample() -> None:
    huge = (NEWS["de"] + "\n\n") * 40_000  # about 14 million characters

    sample = language_sample(huge)

    assert len(sample) <= SAMPLE_CHARS
    assert detect_language(huge).code == "de"
    assert detect_language(" " * 100_000) == UNCLEAR


def test_the_sample_spreads_over_the_text_and_cuts_no_word() -> None:
    words = [f"w{number:06d}" for number in range(5_000)]
    text = " ".join(words)

    sample = language_sample(text)

    assert set(sample.split()) <= set(words)
    assert sample.startswith("w000000 ") and sample.endswith(" w004999")
    assert any(word in sample.split() for word in words[2_400:2_600])
    assert language_sample(ENGLISH) == ENGLISH


def test_an_english_preamble_does_not_decide_for_a_long_foreign_text() -> None:
    text = "\n\n".join([ENGLISH] * 20 + [NEWS["es"]] * 80)

    assert detect_language(text).code == "es"


def test_the_result_is_a_frozen_record() -> None:
    detected = detect_language(NEWS["fr"])

    with pytest.raises(dataclasses.FrozenInstanceError):
        detected.code = "en"  # type: ignore[misc]
    assert 0.0 <= detected.confidence <= 1.0
