"""WARC and WARC.gz inputs: the page records of an archive become pages; other records are skipped, broken ones
reported without losing the rest; fsspec URLs name inputs, web addresses are refused."""

from __future__ import annotations

import io
import json
import socket
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.cli import app
from dateline.model import Failure
from dateline.reader import RawPage, expand_inputs
from dateline.reading import read_inputs, read_page
from dateline.warc import WarcCounts, is_warc, read_warc

runner = CliRunner()

FERRY_URI = "https://news.example.test/2024/03/01/port-ellis-ferry-terminal"
FERRY_DATE = "2024-03-01T08:15:00Z"
FERRY = """<!doctype html>
<html><head><meta charset="utf-8"><title>Port Ellis approves new ferry terminal</title></head>
<body><article>
<h1>Port Ellis approves new ferry terminal</h1>
<p class="updated">Updated 5 min ago</p>
<p>PORT ELLIS, March 1 (Wire Service) - The harbour board of Port Ellis voted on Friday to build a second
ferry terminal on the north quay, ending two years of argument over where island traffic should land.</p>
<p>Board chair Maren Oduya said construction would begin in the autumn and take about eighteen months, paid
for by a bond the town sold last year.</p>
<p>Island residents have complained for years that the single terminal cannot cope with summer crossings.</p>
</article></body></html>
"""
ORCHARD_URI = "https://news.example.test/2024/03/02/valley-frost-orchards"
ORCHARD_DATE = "2024-03-02T17:40:00Z"
ORCHARD = """<!doctype html>
<html><head><meta charset="utf-8"><title>Late frost threatens valley orchards</title></head>
<body><article>
<h1>Late frost threatens valley orchards</h1>
<p>ALDER VALLEY, March 2 (Wire Service) - Fruit growers in Alder Valley lit smudge pots through Saturday night
as temperatures fell well below freezing a week after the first apple blossom opened.</p>
<p>The growers' cooperative said it was too early to count losses, but warned that a second cold night could
cost the valley much of this year's crop.</p>
</article></body></html>
"""
NOT_FOUND = "<html><body><h1>Not found</h1><p>The page you asked for is not here.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _response(writer: WARCWriter, uri: str, body: bytes, *, number: int, date: str, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8") -> Any:  # fmt: skip
    http = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    # Fixed ids and dates: the same archive, byte for byte, on every run.
    headers = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>", "WARC-Date": date}
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers)


def write_archive(path: Path, *, gzip: bool = True, broken: str = "binary") -> list[int]:
    """An archive of a crawl: warcinfo, a request, the ferry page, a 404, an image, a broken HTML response and the
    orchard page, in that order (the broken one ``last`` when asked); the offset of each record and of the end."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    request = StatusAndHeaders("GET /2024/03/01/port-ellis-ferry-terminal HTTP/1.1", [("Host", "news.example.test")], is_http_request=True)
    garbage = _response(writer, "https://news.example.test/broken", PNG, number=6, date=FERRY_DATE)
    records = [
        writer.create_warcinfo_record("crawl.warc.gz", {"software": "test crawler", "format": "WARC File Format 1.0"}),
        writer.create_warc_record(FERRY_URI, "request", http_headers=request),
        _response(writer, FERRY_URI, FERRY.encode(), number=3, date=FERRY_DATE),
        _response(writer, "https://news.example.test/missing", NOT_FOUND.encode(), number=4, date=FERRY_DATE, status="404 Not Found"),
        _response(writer, "https://news.example.test/logo.png", PNG, number=5, date=FERRY_DATE, content_type="image/png"),
        garbage,
        _response(writer, ORCHARD_URI, ORCHARD.encode(), number=7, date=ORCHARD_DATE),
    ]
    if broken == "last":
        records.remove(garbage)
        records.append(_response(writer, "https://news.example.test/cut", FERRY.encode() * 3, number=8, date=ORCHARD_DATE))
    offsets = []
    for record in records:
        offsets.append(buffer.tell())
        writer.write_record(record)
    offsets.append(buffer.tell())
    data = buffer.getvalue()
    if broken == "cut":  # the broken response's gzip member loses its second half; the orchard page follows it
        start, end = offsets[5], offsets[6]
        data = data[: start + (end - start) // 2] + data[end:]
    elif broken == "last":  # the archive stops halfway through its last record, as a crawl killed mid-write does
        data = data[: offsets[-2] + (offsets[-1] - offsets[-2]) // 2]
    path.write_bytes(data)
    return offsets


def pages_and_failures(results: list[RawPage | Failure]) -> tuple[list[RawPage], list[Failure]]:
    return [r for r in results if isinstance(r, RawPage)], [r for r in results if isinstance(r, Failure)]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    return path


def test_read_inputs_gives_the_pages_and_one_failure(archive: Path) -> None:
    results = list(read_inputs([str(archive)], max_bytes=1_000_000))
    pages, failures = pages_and_failures(results)
    assert len(results) == 3
    assert [(page.url, page.fetched_at, page.format) for page in pages] == [
        (FERRY_URI, FERRY_DATE, "html"),
        (ORCHARD_URI, ORCHARD_DATE, "html"),
    ]
    assert [page.text for page in pages] == [FERRY, ORCHARD]  # the payloads, decoded as files are
    assert pages[0].path == f"{archive}#urn:uuid:00000000-0000-4000-8000-000000000003"
    # The broken record comes between the pages, named by the archive and its record.
    assert results[1] is failures[0]
    assert failures[0].code == "E002"
    assert failures[0].path == f"{archive}#urn:uuid:00000000-0000-4000-8000-000000000006"
    assert str(archive) in failures[0].message and "PNG image" in failures[0].message


def test_what_is_not_a_page_is_counted_not_reported(archive: Path) -> None:
    counts = WarcCounts()
    results = list(read_warc(str(archive), 1_000_000, counts))
    assert len(results) == 3
    assert (counts.pages, counts.failures) == (2, 1)
    assert counts.skipped == {"warcinfo": 1, "request": 1, "status 404": 1, "image/png": 1}


def test_the_page_takes_the_url_and_fetch_time_of_its_record(archive: Path) -> None:
    first = next(item for item in read_inputs([str(archive)], 1_000_000) if isinstance(item, RawPage))
    run_wide = datetime(2030, 1, 1, tzinfo=timezone.utc)
    page = read_page(first, fetched_at=run_wide)
    assert page.source.url == FERRY_URI
    assert page.source.fetched_at == "2024-03-01T08:15:00+00:00"  # the record's, not the run's
    assert page.articles[0].title == "Port Ellis approves new ferry terminal"


def test_a_file_keeps_the_run_wide_fetch_time_and_no_url(tmp_path: Path) -> None:
    page_file = tmp_path / "ferry.html"
    page_file.write_text(FERRY, encoding="utf-8")
    (raw,) = list(read_inputs([str(page_file)], 1_000_000))
    assert isinstance(raw, RawPage) and raw.url is None and raw.fetched_at is None
    page = read_page(raw, fetched_at=datetime(2024, 3, 1, 9, tzinfo=timezone.utc))
    assert (page.source.url, page.source.fetched_at) == (None, "2024-03-01T09:00:00+00:00")


def test_a_malformed_fetch_time_is_a_problem_and_the_run_wide_one_is_used(archive: Path) -> None:
    first = next(item for item in read_inputs([str(archive)], 1_000_000) if isinstance(item, RawPage))
    first.fetched_at = "last Tuesday"
    page = read_page(first, fetched_at=datetime(2024, 3, 1, 9, tzinfo=timezone.utc))
    assert page.source.fetched_at == "2024-03-01T09:00:00+00:00"
    assert [problem.code for problem in page.problems] == ["E008"]


def test_extract_prints_the_pages_and_reports_the_broken_record(archive: Path) -> None:
    # The run's --fetched-at is for files; each record's own WARC-Date wins, and resolves "5 min ago".
    args = ["extract", str(archive), "--format", "jsonl", "--stage", "structure", "--fetched-at", "2030-01-01T00:00:00Z"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    pages = [line for line in lines if "source" in line]
    assert [(page["source"]["url"], page["source"]["fetched_at"]) for page in pages] == [
        (FERRY_URI, "2024-03-01T08:15:00+00:00"),
        (ORCHARD_URI, "2024-03-02T17:40:00+00:00"),
    ]
    assert pages[0]["articles"][0]["updated"] == "2024-03-01T08:10:00Z"
    assert pages[1]["articles"][0]["title"] == "Late frost threatens valley orchards"
    assert "error: [E002]" in result.stderr and "000000000006" in result.stderr


def test_an_uncompressed_archive_is_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_archive(path, gzip=False)
    pages, failures = pages_and_failures(list(read_inputs([str(path)], 1_000_000)))
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]
    assert [failure.code for failure in failures] == ["E002"]


def test_a_cut_gzip_member_between_pages_loses_only_its_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_archive(path, broken="cut")
    results = list(read_inputs([str(path)], 1_000_000))
    pages, failures = pages_and_failures(results)
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]
    assert [(failure.code, failure.path) for failure in failures] == [("E006", f"{path}#offset={offsets[5]}")]
    assert "reading resumes at the next record" in failures[0].message
    assert isinstance(results[-1], RawPage) and "smudge pots" in results[-1].text


@pytest.mark.parametrize("kept", ["headers", "nothing"])
def test_a_cut_last_record_keeps_the_records_before_it(tmp_path: Path, kept: str) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_archive(path, broken="last")
    if kept == "nothing":  # cut again, inside the gzip header of the last member: not even its headers can be read
        path.write_bytes(path.read_bytes()[: offsets[-2] + 12])
    pages, failures = pages_and_failures(list(read_inputs([str(path)], 1_000_000)))
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]
    (failure,) = failures
    assert failure.code == "E006"
    if kept == "headers":  # its headers name it, and its payload is found short of its length
        assert failure.path == f"{path}#urn:uuid:00000000-0000-4000-8000-000000000008"
        assert "cut short" in failure.message
    else:
        assert failure.path == f"{path}#offset={offsets[-2]}"
        assert "the rest of the archive (12 bytes) is left out" in failure.message


def test_a_plain_archive_cut_in_its_last_payload_reports_that_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_archive(path, gzip=False, broken="last")
    pages, failures = pages_and_failures(list(read_inputs([str(path)], 1_000_000)))
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]
    assert [failure.code for failure in failures] == ["E006"]
    assert "cut short" in failures[0].message


def test_max_bytes_bounds_each_record_not_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_archive(path, gzip=False)
    limit = len(FERRY.encode()) + 10
    assert path.stat().st_size > limit
    pages, failures = pages_and_failures(list(read_inputs([str(path)], limit)))
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]
    pages, failures = pages_and_failures(list(read_inputs([str(path)], len(ORCHARD.encode()) + 10)))
    assert [page.url for page in pages] == [ORCHARD_URI]
    assert failures[0].code == "E004" and failures[0].path.endswith("000000000003")


def test_archives_are_found_by_name_and_by_content_in_folders(tmp_path: Path) -> None:
    write_archive(tmp_path / "a.warc.gz")
    write_archive(tmp_path / "b.bin", gzip=False)  # no WARC name: known by its first bytes
    (tmp_path / "c.html").write_text(FERRY, encoding="utf-8")
    assert [is_warc(str(tmp_path / name)) for name in ("a.warc.gz", "b.bin", "c.html")] == [True, True, False]
    pages, _ = pages_and_failures(list(read_inputs([str(tmp_path)], 1_000_000)))
    assert [Path(page.path.split("#")[0]).name for page in pages] == ["a.warc.gz", "a.warc.gz", "b.bin", "b.bin", "c.html"]
    pages, _ = pages_and_failures(list(read_inputs([str(tmp_path / "*.warc.gz")], 1_000_000)))
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]


def test_a_file_url_names_an_archive_a_page_or_a_glob(archive: Path) -> None:
    (archive.parent / "ferry.html").write_text(FERRY, encoding="utf-8")
    url = f"file://{archive}"
    pages, failures = pages_and_failures(list(read_inputs([url], 1_000_000)))
    assert [page.url for page in pages] == [FERRY_URI, ORCHARD_URI]
    assert pages[0].path.startswith(f"{url}#urn:uuid:") and [f.code for f in failures] == ["E002"]
    (page,) = list(read_inputs([f"file://{archive.parent}/ferry.html"], 1_000_000))
    assert isinstance(page, RawPage) and "north quay" in page.text
    assert [item for item in expand_inputs([f"file://{archive.parent}/*.html"])] == [f"file://{archive.parent}/ferry.html"]
    (missing,) = list(read_inputs([f"file://{archive.parent}/gone.warc.gz"], 1_000_000))
    assert isinstance(missing, Failure) and missing.code == "E005"


def test_extract_reads_a_file_url(archive: Path) -> None:
    result = runner.invoke(app, ["extract", f"file://{archive}", "-f", "jsonl", "-s", "structure"])
    assert result.exit_code == 0, result.output
    urls = [json.loads(line)["source"]["url"] for line in result.stdout.splitlines() if '"source"' in line]
    assert urls == [FERRY_URI, ORCHARD_URI]


def test_web_addresses_are_refused_without_touching_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the network was reached")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    for url in ("http://news.example.test/crawl.warc.gz", "HTTPS://news.example.test/page.html"):
        (failure,) = list(read_inputs([url], 1_000_000))
        assert isinstance(failure, Failure) and failure.code == "E006"
        assert "not fetched" in failure.message and url in failure.message
    result = runner.invoke(app, ["extract", "http://news.example.test/crawl.warc.gz", "-s", "structure"])
    assert result.exit_code != 0
    assert "[E006]" in result.stderr and "offline" in result.stderr
