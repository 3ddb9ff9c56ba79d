"""Shared fixtures: paths to the shared data beside the repository, and the output schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "page.txt"
SCHEMA_PATH = ROOT / "docs" / "schema" / "dateline-1.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the seed page is not beside the repository")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def page_schema_validator() -> Callable[[dict[str, Any]], None]:
    """Validate a page object against docs/schema/dateline-1.schema.json, failing with every error listed."""
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    def validate(page: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(page), key=lambda e: list(e.absolute_path))
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)

    return validate


@pytest.fixture(scope="session")
def language_nlp() -> Any:
    """The default spaCy pipeline as the language stage loads it (paragraph breaks included), once per session.

    It is the very model the language stage uses in this process, so pipeline runs in tests never load a second one.
    """
    from dateline.language import load_model, model_name
    from dateline.pipeline import shared_resource

    name = model_name()
    return shared_resource(f"spacy:{name}", lambda: load_model(name))
