"""Entity ids depend on the pages and their order, never on how a run batched them."""

from __future__ import annotations

from pathlib import Path

from entity_helpers import page

from dateline.model import Page
from dateline.pipeline import Pipeline, Settings

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    page("Reaction in Rome", "ROME: Volkov told reporters on Monday that the talks would go on."),
    page("Talks resume", "GENEVA: Russian Foreign Minister Sergei Volkov met Nicolás Arenas on Tuesday. Volkov said little."),
    page("Strike spreads", "LISBON: Garcia thanked the unions. Prime Minister Ana Garcia met them on Friday."),
    page("Budget vote", "MADRID: Ana Garcia won the vote. Her rival Pablo Garcia conceded."),
    page("Envoys meet", "PARIS: Arenas and Volkov met again; Sergey Volkov later flew to Moscow."),
]


def _ids(tmp_path: Path, batch_size: int) -> list[list[list[tuple[str, str]]]]:
    files = [str(ROOT.parent / "shared" / "seed" / "page.txt"), str(ROOT / "examples" / "page.txt")]
    for n, text in enumerate(PAGES):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    results = list(Pipeline(["entities"], Settings(batch_size=batch_size)).extract_files(files))
    assert all(isinstance(result, Page) for result in results)
    return [
        [[(entity.id, entity.name) for entity in article.entities or []] for article in result.articles]
        for result in results
        if isinstance(result, Page)
    ]


def test_batch_sizes_one_seven_and_sixty_four_give_the_same_ids(tmp_path: Path, language_nlp: object) -> None:
    one, seven, many = (_ids(tmp_path, size) for size in (1, 7, 64))
    assert one == seven == many
    volkov = {entity_id for articles in one[2:] for article in articles for entity_id, name in article if "Volkov" in name}
    assert volkov == {"person:volkov"}  # named first by surname alone: that id stays, the full name is an alias
