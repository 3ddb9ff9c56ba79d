"""The stage registry: dateline's own stages first, no silent replacement, plugins through entry points."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.pipeline import Pipeline, StageRegistry, Work, stage


def _noop(batch: Sequence[Work], resource: object) -> None:
    return None


def test_a_taken_name_is_refused() -> None:
    registry = StageRegistry(plugins=False)
    with pytest.raises(DatelineError) as caught:
        registry.register(stage("entities", writes=("counts",))(_noop))
    assert caught.value.code == "E019" and "dateline.entities.stage" in str(caught.value)
    assert registry.get("entities").owner == "dateline.entities.stage"


def test_a_user_stage_registered_first_cannot_be_overwritten_by_a_builtin() -> None:
    # The built-ins load before the first registration, so the clash is reported to the user at once.
    registry = StageRegistry(plugins=False)
    with pytest.raises(DatelineError):
        registry.register(stage("times", writes=("counts",))(_noop))
    assert registry.get("times").owner == "dateline.times.stage"


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(DatelineError) as caught:
        StageRegistry(plugins=False).get("nonsense")
    assert caught.value.code == "E012" and "quotes" in str(caught.value)


@pytest.fixture()
def plugin_path(tmp_path: Path) -> Iterator[Path]:
    """A folder on sys.path holding an installed-looking distribution whose entry points name stages."""
    package = tmp_path / "wordcount_plugin.py"
    package.write_text(
        textwrap.dedent(
            '''
            from dateline.pipeline import stage

            @stage("wordcount", reads=("text",), writes=("extra.words",))
            def WORDCOUNT(batch, resource):
                counts = [len(work.article.text.split()) for work in batch]
                for work, count in zip(batch, counts):
                    work.article.extra = {**(work.article.extra or {}), "words": count}

            CLASH = stage("quotes", writes=("extra.quotes",))(lambda batch, resource: None)
            '''
        ),
        encoding="utf-8",
    )
    info = tmp_path / "wordcount_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: wordcount-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[dateline.stages]\nwordcount = wordcount_plugin:WORDCOUNT\nclash = wordcount_plugin:CLASH\n"
        "broken = wordcount_plugin:MISSING\n",
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    sys.modules.pop("wordcount_plugin", None)


def test_a_plugin_stage_registers_through_its_entry_point(plugin_path: Path) -> None:
    registry = StageRegistry()
    assert "wordcount" in registry
    page = Pipeline(["wordcount"], registry=registry).extract("Harbour reopens\n\nVALPARAISO: The port reopened on Monday after a storm.\n")
    assert page.articles[0].extra == {"words": 8}  # the dateline is not part of the text
    assert page.to_dict()["articles"][0]["extra"] == {"words": 8}
    # A plugin that takes a built-in's name, or cannot be loaded, is left out with a warning; the rest still work.
    assert registry.get("quotes").owner == "dateline.quotes.stage"
    assert len(registry.warnings) == 2 and all(w.startswith("[E021]") for w in registry.warnings)
    assert any("clash = wordcount_plugin:CLASH" in w and "E019" in w for w in registry.warnings)
