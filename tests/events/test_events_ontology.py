"""The ontology tables: PLOVER's types and contexts, every CAMEO code's mapping and score, and the legacy labels."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from dateline.events.ontology import (
    CONTEXTS,
    EVENT_TYPES,
    cameo_code,
    cameo_roots,
    closest_cameo,
    current_type,
    event_type,
    goldstein,
    ontology,
    quad_class,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    text = resources.files("dateline.events").joinpath("data", "ontology.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def root_quad(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def test_the_sixteen_types_in_order() -> None:
    assert EVENT_TYPES == (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    )  # fmt: skip


def test_types_quad_class_and_recipient_follow_the_manual_sections() -> None:
    quads = {name: event_type(name).quad_class for name in EVENT_TYPES}
    assert [name for name, quad in quads.items() if quad == 1] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]
    assert [name for name, quad in quads.items() if quad == 2] == ["COOPERATE", "AID", "RETREAT"]
    assert [name for name, quad in quads.items() if quad == 3] == ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]
    assert quads["SANCTION"] == 4
    assert [name for name in EVENT_TYPES if event_type(name).requires_recipient] == ["COOPERATE", "AID", "SANCTION"]


def test_modes_of_types() -> None:
    assert set(event_type("CONSULT").modes) == {"visit", "third-party", "multilateral", "phone"}
    assert event_type("REQUEST").modes == event_type("REJECT").modes
    assert set(event_type("ACCUSE").modes) == {"disapprove", "investigate", "allege"}
    assert "targeted" in event_type("ASSAULT").modes and "suicide-attack" in event_type("ASSAULT").modes
    assert [name for name in EVENT_TYPES if not event_type(name).modes] == [
        "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
    ]  # fmt: skip
    assert all(description for name in EVENT_TYPES for description in event_type(name).modes.values())


def test_every_type_has_a_default_code_of_its_own_type() -> None:
    for name in EVENT_TYPES:
        default = cameo_code(event_type(name).cameo)
        assert default is not None and default.plover == name, name
    assert event_type("CONSULT").cameo == "040"
    assert event_type("RETREAT").cameo == "084"


def test_unknown_type_is_a_key_error_naming_the_types() -> None:
    with pytest.raises(KeyError, match="'DEMAND' is not a PLOVER event type.*AGREE, CONSULT"):
        event_type("DEMAND")
    with pytest.raises(KeyError):
        closest_cameo("consult", "phone")


def test_contexts() -> None:
    assert len(CONTEXTS) == 37 and len(set(CONTEXTS)) == 37
    assert CONTEXTS[0] == "military" and CONTEXTS[-1] == "trafficking"
    assert {"pro_democracy", "human_security", "cbrn", "diplomatic"} <= set(CONTEXTS)


def test_known_codes() -> None:
    visit = cameo_code("042")
    assert visit is not None
    assert (visit.name, visit.plover, visit.mode, visit.context, visit.goldstein, visit.quad_class) == (
        "Make a visit", "CONSULT", "visit", (), 1.9, 1,
    )  # fmt: skip
    assault = cameo_code("18")
    assert assault is not None and (assault.plover, assault.quad_class, assault.goldstein) == ("ASSAULT", 4, -9.0)
    investigate = cameo_code("091")
    assert investigate is not None and investigate.context == ("crime", "corruption") and investigate.root == "09"
    bombing = cameo_code("1832")
    assert bombing is not None and (bombing.mode, bombing.goldstein) == ("explosives", -10.0)
    sanctions = cameo_code("163")
    assert sanctions is not None
    assert (sanctions.plover, sanctions.mode, sanctions.quad_class) == ("COERCE", "restrict", 4)


def test_codes_without_a_plover_type() -> None:
    appeal = cameo_code("0211")
    assert appeal is not None and (appeal.name, appeal.plover, appeal.goldstein) == (
        "Appeal for economic cooperation", None, 3.4,
    )  # fmt: skip
    yield_root = cameo_code("08")
    assert yield_root is not None and yield_root.plover is None
    assert {code.plover for code in ontology().codes.values() if code.root in ("01", "02")} == {None}


def test_unknown_and_malformed_codes() -> None:
    for code in ("42", "0429", "99", "", "abc", "00421"):
        assert cameo_code(code) is None
        assert goldstein(code) is None


def test_every_code_in_the_file_parses(document: dict[str, Any]) -> None:
    codes = document["cameo_codes"]
    assert len(codes) == 313
    for code in codes:
        parsed = cameo_code(code)
        assert parsed is not None and parsed.code == code
        assert 2 <= len(code) <= 4 and code.isdigit(), code
        assert cameo_code(code[:2]) is not None, code
        assert parsed.quad_class == root_quad(code), code
        assert parsed.goldstein is None or -10 <= parsed.goldstein <= 10, code
        assert parsed.plover is None or parsed.plover in EVENT_TYPES, code
        if parsed.mode is not None:
            assert parsed.plover is not None and parsed.mode in event_type(parsed.plover).modes, code
        assert set(parsed.context) <= set(CONTEXTS), code
    assert [code for code, entry in codes.items() if entry["goldstein"] is None] == ["1213", "1214"]


def test_the_file_names_its_sources_and_its_edits(document: dict[str, Any]) -> None:
    urls = " ".join(source["url"] for source in document["sources"])
    assert "gdeltproject.org" in urls and "openeventdata/PLOVER" in urls
    assert all(source["used_for"] for source in document["sources"])
    for edit in document["table_edits"]:
        for code in edit["codes"]:
            parsed = cameo_code(code)
            assert parsed is not None
            if edit["field"] == "mode":
                assert parsed.mode == edit["here"], code
            else:
                assert edit["here"] in parsed.context and edit["table"] not in parsed.context, code


def test_goldstein_scores() -> None:
    assert goldstein("042") == 1.9
    assert goldstein("0874") == 10.0
    assert goldstein("057") == 8.0
    assert goldstein("130") == -4.4
    assert goldstein("2042") == -10.0
    assert goldstein("1213") is None


def test_quad_class_falls_back_on_the_root() -> None:
    assert [quad_class(code) for code in ("042", "18", "08", "16", "0874", "1043")] == [1, 4, 2, 4, 2, 3]
    assert quad_class("0429") == 1
    assert quad_class("1999") == 4
    assert quad_class("99") is None
    assert quad_class("abc") is None
    assert quad_class("0") is None


def test_closest_cameo_by_type_mode_and_context() -> None:
    assert closest_cameo("CONSULT", "phone") == "041"
    assert closest_cameo("CONSULT", "visit") == "042"
    assert closest_cameo("CONSULT", "third-party") == "044"
    assert closest_cameo("AGREE", None, "diplomatic") == "030"
    assert closest_cameo("AGREE", None, "economic") == "0311"
    assert closest_cameo("ACCUSE", "allege", "legal") == "115"
    assert closest_cameo("ACCUSE", "investigate", "human_rights") == "092"
    assert closest_cameo("REQUEST", "yield", "economic") == "1054"
    assert closest_cameo("PROTEST", "riot", "rights_freedoms") == "1453"
    assert closest_cameo("THREATEN", "violence", "military") == "138"
    assert closest_cameo("ASSAULT", "targeted") == "185"


def test_closest_cameo_falls_back_on_type_and_mode_then_on_the_default() -> None:
    assert closest_cameo("ASSAULT", "firearms") == "193"
    assert closest_cameo("PROTEST", "demo", "health") == "141"
    assert closest_cameo("RETREAT", "release") == "0841"
    assert closest_cameo("ASSAULT", "drone") == "180"
    assert closest_cameo("COERCE", None, "health") == "170"
    assert closest_cameo("CONSULT", "no-such-mode") == "040"
    for name in EVENT_TYPES:
        assert closest_cameo(name) == event_type(name).cameo
        for mode in event_type(name).modes:
            found = cameo_code(closest_cameo(name, mode))
            assert found is not None and found.plover == name, (name, mode)


def test_cameo_roots_of_current_types() -> None:
    assert cameo_roots("CONSULT") == {"04"}
    assert cameo_roots("ACCUSE") == {"09", "11"}
    assert cameo_roots("ASSAULT") == {"18", "19", "20"}
    assert cameo_roots("CONCEDE") == cameo_roots("RETREAT") == {"08"}
    covered = set().union(*(cameo_roots(name) for name in EVENT_TYPES))
    assert covered == {f"{root:02d}" for root in range(3, 21)}
    for name in EVENT_TYPES:
        for root in cameo_roots(name) - {"08"}:
            entry = cameo_code(root)
            assert entry is not None and entry.plover == name


def test_cameo_roots_of_legacy_labels() -> None:
    assert cameo_roots("DEMAND") == {"10"}
    assert cameo_roots("DISAPPROVE") == {"11"}
    assert cameo_roots("INVESTIGATE") == {"09"}
    assert cameo_roots("FIGHT") == {"19", "20"}
    assert cameo_roots(" fight ") == {"19", "20"}
    assert cameo_roots("DOCUMENT") == frozenset()
    assert cameo_roots("YIELD") == frozenset()


def test_current_type() -> None:
    assert current_type("DEMAND") == "REQUEST"
    assert current_type("DISAPPROVE") == "ACCUSE"
    assert current_type("INVESTIGATE") == "ACCUSE"
    assert current_type("FIGHT") == "ASSAULT"
    assert current_type("consult") == "CONSULT"
    assert all(current_type(name) == name for name in EVENT_TYPES)
    assert current_type("DOCUMENT") is None
    assert current_type("YIELD") is None
    assert current_type("") is None
    for label in ("DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"):
        now = current_type(label)
        assert now is not None and cameo_roots(label) <= cameo_roots(now)


def test_records_are_frozen_and_loaded_once() -> None:
    assert ontology() is ontology()
    visit = cameo_code("042")
    assert visit is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        visit.goldstein = 2.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        event_type("CONSULT").modes["visit"] = "changed"  # type: ignore[index]


def test_the_data_file_ships_in_the_wheel() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "events/data/*" in settings["tool"]["setuptools"]["package-data"]["dateline"]
