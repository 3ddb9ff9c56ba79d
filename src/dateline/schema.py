"""The JSON Schema of dateline's output, generated from the model's types.

``python -m dateline.schema > docs/schema/dateline-2.schema.json`` writes it; a test keeps the file current. One
schema covers what ``dateline extract`` prints: a page (``--format json``, and each line of ``jsonl``) and the
failure lines of a ``jsonl`` stream. Every field of a record is always written, so every field is required, but
for the fields of stages that did not run.
"""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from typing import Any

import msgspec

from dateline import model, records
from dateline.model import SCHEMA_VERSION, STAGE_FIELDS, Failure, Page

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DESCRIPTION = (
    "What `dateline extract` prints: a page (its source, its articles and the problems met), or, in a `jsonl` "
    "stream, a failure for an input that gave no page. Every record that refers to text carries character offsets "
    "into its article's `text`."
)


def output_schema() -> dict[str, Any]:
    """The schema of a page or a failure record, as a JSON-ready dict."""
    (page_ref, failure_ref), definitions = msgspec.json.schema_components([Page, Failure], ref_template="#/$defs/{name}")
    types = {
        name: value for module in (model, records) for name, value in vars(module).items() if is_dataclass(value)
    }
    for name, definition in definitions.items():
        if definition.get("type") != "object" or "properties" not in definition:
            continue
        # In field order, as the output writes them; every field is written, so a default says nothing.
        properties = definition["properties"]
        order = [f.name for f in fields(types[name])] if name in types else list(properties)
        definition["properties"] = {key: _without_default(properties[key]) for key in order if key in properties}
        optional = set(STAGE_FIELDS) if name == "Article" else set()
        definition["required"] = [key for key in definition["properties"] if key not in optional]
        definition["additionalProperties"] = False
    page = definitions["Page"]
    page["properties"] = {"schema": {"const": SCHEMA_VERSION}, **page["properties"]}
    page["required"] = ["schema", *page["required"]]
    definitions["FailureRecord"] = {
        "title": "FailureRecord",
        "description": "A line of a jsonl stream for an input that gave no page.",
        "type": "object",
        "properties": {"schema": {"const": SCHEMA_VERSION}, "failure": failure_ref},
        "required": ["schema", "failure"],
        "additionalProperties": False,
    }
    _tidy_descriptions(definitions)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_VERSION,
        "title": "dateline output",
        "description": _DESCRIPTION,
        "anyOf": [page_ref, {"$ref": "#/$defs/FailureRecord"}],
        "$defs": dict(sorted(definitions.items())),
    }


def _tidy_descriptions(node: Any) -> None:
    """Docstrings as one-line descriptions, with Markdown's code marks rather than reStructuredText's."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = " ".join(value.split()).replace("``", "`")
            else:
                _tidy_descriptions(value)
    elif isinstance(node, list):
        for item in node:
            _tidy_descriptions(item)


def _without_default(property_schema: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in property_schema.items() if key != "default"}


def schema_text() -> str:
    return json.dumps(output_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
