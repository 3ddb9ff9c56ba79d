"""The JSON Schema in docs/schema is the one generated from the model's types, and describes every record."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from dateline.model import Failure, stream_record
from dateline.schema import output_schema, schema_text

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "docs" / "schema" / "dateline-2.schema.json"


def test_the_committed_schema_is_the_generated_one() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), (
        "docs/schema/dateline-2.schema.json is stale: run python -m dateline.schema > docs/schema/dateline-2.schema.json"
    )


def test_every_record_kind_has_a_definition() -> None:
    definitions = output_schema()["$defs"]
    for name in ("Page", "Article", "Entity", "EntityMention", "Quote", "QuotePerson", "TimeExpression", "Place",
                 "PlaceMention", "Event", "Count", "Problem", "Failure", "FailureRecord"):  # fmt: skip
        assert name in definitions
    assert "place" in definitions["Entity"]["required"]
    assert "entities" not in definitions["Article"]["required"]  # absent when the stage did not run


def test_failure_lines_validate_and_a_broken_page_does_not() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    failure = Failure(code="E005", message="[E005] No such file or directory: x", path="x")
    assert validator.is_valid(stream_record(failure))
    assert not validator.is_valid({"schema": "dateline/2", "source": {"path": "x"}, "articles": [], "problems": []})
