"""Shared fixtures: paths to the shared data beside the repository, and the output schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "page.txt"
SCHEMA_PATH = ROOT / "docs" / "schema" / "dateline-2.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed page is not beside the repository")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def page_schema_validator() -> Callable[[dict[str, Any]], None]:
    """Validate a page object against the page definition of docs/schema/dateline-2.schema.json, failing with every
    error listed (against the page alone, not the page-or-failure root, so errors name the field at fault)."""
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    page_schema = {key: value for key, value in schema.items() if key != "anyOf"}
    validator = jsonschema.Draft202012Validator({**page_schema, "$ref": "#/$defs/Page"})

    def validate(page: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(page), key=lambda e: list(e.absolute_path))
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)

    return validate


@pytest.fixture(scope="session")
def language_nlp() -> Any:
    """The default spaCy pipeline as the language stage loads it (paragraph breaks included), once per session.

    It is the very model the language stage uses in this process, so pipeline runs in tests never load a second one.
    """
    from dateline.language import load_model
    from dateline.pipeline import model_name, shared_resource

    name = model_name()
    return shared_resource(f"spacy:{name}", lambda: load_model(name))


@pytest.fixture(scope="session")
def fuzz_pipeline(language_nlp: Any) -> Any:
    """The default pipeline, made once for the fuzz tests (the model is the session's)."""
    from dateline.pipeline import Pipeline

    return Pipeline()


def _postgres_line() -> str:
    import os

    if os.environ.get("DATELINE_TEST_POSTGRES"):
        return "store tests: SQLite and PostgreSQL (DATELINE_TEST_POSTGRES is set)"
    return "store tests: *** PostgreSQL SKIPPED *** (no DATELINE_TEST_POSTGRES; .ci/run starts a server): SQLite only"


def pytest_report_header(config: Any) -> str:
    return _postgres_line()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    terminalreporter.write_line(_postgres_line())
