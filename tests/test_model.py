"""The document model reads back what it writes: every page, article and record round-trips through its dict form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline import extract_files
from dateline.errors import DatelineError
from dateline.model import Failure, Page, Problem, read_stream_record, stream_record
from dateline.records import Entity, Quote

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK_HTML = ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "html"


@pytest.fixture(scope="module")
def pages(language_nlp: object) -> list[Page]:
    inputs = [str(ROOT.parent / "shared" / "seed" / "page.txt"), str(ROOT / "examples" / "page.txt")]
    if BENCHMARK_HTML.is_dir():
        inputs.extend(str(path) for path in sorted(BENCHMARK_HTML.glob("*.html.gz"))[:6])
    found = [r for r in extract_files(inputs) if isinstance(r, Page)]
    assert len(found) == len(inputs)
    return found


def test_pages_round_trip_through_json(pages: list[Page]) -> None:
    for page in pages:
        data = page.to_dict()
        again = Page.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
        assert again == page
        assert again.to_dict() == data


def test_records_are_typed_and_round_trip_alone(pages: list[Page]) -> None:
    article = pages[0].articles[0]
    assert article.entities and article.quotes and article.times and article.places
    assert isinstance(article.entities[0], Entity) and isinstance(article.quotes[0], Quote)
    for record in [*article.entities, *article.quotes, *article.times, *article.places]:
        assert type(record).from_dict(json.loads(json.dumps(record.to_dict()))) == record


def test_a_place_entity_joins_its_place(pages: list[Page]) -> None:
    article = pages[0].articles[0]
    places = {place.id: place for place in article.places or []}
    linked = [entity for entity in article.entities or [] if entity.place is not None]
    assert linked, "no place entity carries its place's id"
    for entity in linked:
        place = places[entity.place]  # type: ignore[index]
        spans = {(m.start, m.end) for m in place.mentions}
        assert any((m.start, m.end) in spans for m in entity.mentions)
    sochi = next(entity for entity in article.entities or [] if entity.name == "Sochi")
    assert sochi.place == "gn:491422"


def test_stages_that_did_not_run_leave_no_key() -> None:
    (page,) = extract_files([str(ROOT / "examples" / "page.txt")], stages=["structure"])
    assert isinstance(page, Page)
    data = page.to_dict()["articles"][0]
    assert not {"entities", "quotes", "times", "places", "events", "counts", "extra"} & set(data)
    assert Page.from_dict(page.to_dict()).articles[0].entities is None


def test_a_failure_has_the_shape_of_a_problem_and_a_path() -> None:
    failure = Failure(code="E001", message="[E001] File is empty: x.txt", path="x.txt")
    problem_keys = set(Problem(code="E001", message="m").to_dict())
    assert set(failure.to_dict()) == problem_keys | {"path"}
    line = stream_record(failure)
    assert line == {"schema": "dateline/2", "failure": failure.to_dict()}
    assert read_stream_record(json.loads(json.dumps(line))) == failure


def test_a_dateline_1_page_is_upgraded() -> None:
    old = {
        "schema": "dateline/1",
        "source": {"path": "p.txt", "format": "text", "encoding": "utf-8", "bytes": 10, "fetched_at": None, "url": None},
        "articles": [{"id": "a-0123456789abcdef", "title": "T", "published": None, "updated": None, "dateline": None,
                      "byline": None, "agency": None, "key_points": [], "subheads": [], "captions": [], "stamps": [],
                      "text": "Body.", "paragraphs": [{"start": 0, "end": 5, "kind": "body"}], "url": None}],
        "problems": [
            {"code": "E015", "message": "m", "article": "a-0123456789abcdef", "stage": "structure"},
            {"code": "E010", "message": "dropped", "article": "a-ffffffffffffffff", "stage": "quotes"},
        ],
    }  # fmt: skip
    page = Page.from_dict(old)
    assert [p.code for p in page.articles[0].problems] == ["E015"]
    assert [p.code for p in page.problems] == ["E010"]  # its article was dropped by dateline/1
    assert page.to_dict()["schema"] == "dateline/2"


@pytest.mark.parametrize(
    "data",
    [
        {"schema": "dateline/9"},
        ["not", "a", "page"],
        {"schema": "dateline/2", "source": {"path": "p"}, "articles": [{"text": "x"}], "problems": []},
        {"schema": "dateline/2", "source": {"path": "p", "bytes": -1}, "articles": [], "problems": []},
    ],
)
def test_what_is_not_a_page_is_refused_with_a_code(data: object) -> None:
    with pytest.raises(DatelineError) as caught:
        Page.from_dict(data)  # type: ignore[arg-type]
    assert caught.value.code == "E016"


def test_article_ids_are_stable_and_the_output_validates(seed_text: str, page_schema_validator: object) -> None:
    from dateline import extract

    first, again = (extract(seed_text, stages=["structure"]) for _ in range(2))
    page_schema_validator(first.to_dict())  # type: ignore[operator]
    assert len({a.id for a in first.articles}) == 2
    assert [a.id for a in again.articles] == [a.id for a in first.articles]


def test_split_paragraphs_gives_offsets_into_the_text() -> None:
    from dateline.model import Paragraph, split_paragraphs

    text = "First line.\n\nSecond one.\nThird."
    assert split_paragraphs(text) == [Paragraph(0, 11), Paragraph(13, 24), Paragraph(25, 31)]
    assert split_paragraphs(text, "\n\n") == [Paragraph(0, 11), Paragraph(13, 31)]


def test_the_compact_encoding_is_the_dict_form(pages: list[Page]) -> None:
    from dateline.model import encode_record

    for page in pages:
        assert json.loads(encode_record(page)) == json.loads(json.dumps(stream_record(page)))
    failure = Failure(code="E001", message="[E001] File is empty: x.txt", path="x.txt")
    assert json.loads(encode_record(failure)) == stream_record(failure)
