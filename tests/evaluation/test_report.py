from __future__ import annotations

from dateline.evaluation.report import Report, Score, below_floor, load_floors


def report() -> Report:
    return Report(
        task="demo",
        data="fixture",
        scores=[Score("ours", 0.9, 0.8, 0.847, 10, extra={"value_f1": 0.7}), Score.from_counts("base", 8, 10, 16, 10)],
    )


def test_from_counts_and_table() -> None:
    base = report().score("base")
    assert (base.precision, base.recall, round(base.f1, 4)) == (0.8, 0.5, 0.6154)
    table = report().table()
    assert table.splitlines()[0] == "demo on fixture"
    assert "value_f1: 0.7000" in table


def test_floors_hold_fail_and_skip_scores_not_produced() -> None:
    floors = {"demo": {"ours.f1": 0.8, "ours.value_f1": 0.75, "missing.f1": 0.99}}
    (failure,) = below_floor(report(), floors)
    assert failure.startswith("[E014] Score ours.value_f1=0.7000 fell below its floor 0.7500")
    assert below_floor(report(), {"demo": {"ours.f1": 0.84}}) == []


def test_floors_file_is_readable_and_sane() -> None:
    floors = load_floors()
    assert "extraction" in floors
    assert all(0.0 < value <= 1.0 for task in floors.values() for value in task.values())
