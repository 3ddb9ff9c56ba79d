"""The events table: what ``dateline events`` prints, one row per event, negated ones only when asked."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.events.table import event_rows
from dateline.records import Event, EventActor, EventDate, EventPlace, TextSpan

PAGE = ("MINSK: Police in Minsk detained an opposition activist on Friday, her lawyer said.\n\n"
        "The foreign ministers of Latvia and Estonia did not meet in Riga on Saturday.\n")  # fmt: skip


def test_rows_read_actor_type_and_recipient_and_hide_what_did_not_happen() -> None:
    happened = Event(
        id="e1", type="COERCE", mode="arrest", cameo="173", actors=[EventActor(text="Police", name="Police", code="BLRCOP")],
        recipients=[EventActor(text="an activist", name="an activist")], date=EventDate(text="Friday", value="2025-02-28"),
        place=EventPlace(name="Minsk"), trigger=TextSpan(start=10, end=18, text="detained"),
        mentions=[TextSpan(start=10, end=18, text="detained"), TextSpan(start=90, end=98, text="detained")],
    )  # fmt: skip
    missed = Event(id="e2", type="CONSULT", cameo="040", negated=True, trigger=TextSpan(start=0, end=4, text="meet"))
    rows = event_rows([happened, missed])
    assert rows == [("2025-02-28", "Minsk", "Police [BLRCOP] → COERCE/arrest 173 → an activist", "detained (+1)")]
    shown = event_rows([missed], negated=True)
    assert shown[0][2] == "? → CONSULT 040 → ?  (NOT)"


def test_dateline_events_prints_a_table_of_the_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["events", str(page), "--fetched-at", "2025-03-03T09:00:00Z"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"# {page}"
    assert any(line.startswith("DATE") and "EVENT" in line and "TRIGGER" in line for line in lines)
    assert any("COERCE/arrest 173" in line and "BLRCOP" in line for line in lines)
    assert not any("CONSULT" in line for line in lines)  # the meeting that did not happen
    negated = CliRunner().invoke(app, ["events", str(page), "--negated", "--fetched-at", "2025-03-03T09:00:00Z"])
    assert any("CONSULT" in line and "(NOT)" in line for line in negated.stdout.splitlines())


def test_dateline_events_refuses_a_missing_page_and_a_binary_file_with_their_codes(tmp_path: Path) -> None:
    missing = CliRunner().invoke(app, ["events", str(tmp_path / "none.txt")])
    assert missing.exit_code != 0 and "E005" in missing.output and "Traceback" not in missing.output
    binary = tmp_path / "page.bin"
    binary.write_bytes(b"\x00\x01\x02garbage")
    refused = CliRunner().invoke(app, ["events", str(binary)])
    assert refused.exit_code != 0 and "E002" in refused.output and "Traceback" not in refused.output
