"""The server-drawn SVG map and timeline: well-formed, drawn where the numbers say, and escaped throughout."""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dateline.service import graphics
from dateline.service.graphics import MapPoint, TimelineBucket, series_slug, timeline_svg, world_map_svg

NS = "{http://www.w3.org/2000/svg}"
ATLAS = Path(graphics.__file__).resolve().parent / "static" / "vendor" / "world-atlas"
HOSTILE = ["<script>alert(1)</script>", '" onload="x', "' onmouseover='x", "</title><script>x</script>"]


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    return root


def by_class(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [el for el in root.iter(f"{NS}{tag}") if cls in (el.get("class") or "").split()]


def title_of(el: ET.Element) -> str:
    title = el.find(f"{NS}title")
    assert title is not None
    return title.text or ""


def assert_csp_clean(root: ET.Element) -> None:
    """Nothing a strict Content Security Policy would block or that could run: no scripts, handlers or styles."""
    for el in root.iter():
        assert el.tag not in (f"{NS}script", f"{NS}style", f"{NS}foreignObject")
        for name in el.attrib:
            assert name != "style" and not name.lower().startswith("on"), (el.tag, name)


# --- the vendored atlas ---------------------------------------------------------------------------------------


def test_atlas_is_vendored_with_its_provenance() -> None:
    package = json.loads((ATLAS / "package.json").read_text(encoding="utf-8"))
    assert (package["name"], package["version"], package["license"]) == ("world-atlas", "2.0.2", "ISC")
    assert "ISC" in (ATLAS / "README.md").read_text(encoding="utf-8")
    assert (ATLAS / "LICENSE").read_text(encoding="utf-8").startswith("Copyright")
    topology = json.loads((ATLAS / "countries-110m.json").read_text(encoding="utf-8"))
    assert len(topology["objects"]["countries"]["geometries"]) == 177


# --- the map --------------------------------------------------------------------------------------------------


def test_map_draws_every_country_with_its_name() -> None:
    root = parse(world_map_svg([]))
    assert root.get("viewBox") == "0 0 960 480"
    assert root.get("role") == "img" and root.get("aria-label")
    countries = by_class(root, "path", "country")
    assert len(countries) == 177
    names = {title_of(path) for path in countries}
    assert {"Russia", "France", "Brazil", "Fiji", "Antarctica", "Côte d'Ivoire"} <= names
    assert_csp_clean(root)


def test_map_coordinates_stay_on_the_map_and_never_jump_across_it() -> None:
    """Countries across the antimeridian (Russia, Fiji) and round the pole (Antarctica) are cut, not smeared."""
    root = parse(world_map_svg([], width=960, height=480))
    for path in by_class(root, "path", "country"):
        for subpath in re.findall(r"M([^MZ]+)Z", path.get("d") or ""):
            points = [tuple(map(float, pair.split(","))) for pair in subpath.split()]
            assert len(points) >= 3
            for (x0, y0), (x1, y1) in zip(points, points[1:]):
                assert -0.1 <= y0 <= 480.1
                # A ring may run a little past an edge (the viewBox clips it), but never across the whole map,
                # except along the map's bottom edge, which is the South Pole, to close Antarctica.
                if not y0 == y1 == 480:
                    assert abs(x1 - x0) < 480, (title_of(path), (x0, y0), (x1, y1))
            # One decimal at most keeps the page small.
            assert all(re.fullmatch(r"-?\d+(\.\d)?", value) for pair in subpath.split() for value in pair.split(","))


def test_point_is_projected_equirectangularly() -> None:
    root = parse(world_map_svg([MapPoint("Sochi", 43.6, 39.7, 3)]))
    (circle,) = by_class(root, "circle", "event-point")
    # x = (39.7 + 180) / 360 * 960, y = (90 - 43.6) / 180 * 480
    assert float(circle.get("cx") or "nan") == pytest.approx(585.9, abs=0.06)
    assert float(circle.get("cy") or "nan") == pytest.approx(123.7, abs=0.06)
    assert title_of(circle) == "Sochi: 3 events"

    corners = world_map_svg([MapPoint("NW", 90, -180, 1), MapPoint("SE", -90, 180, 1)], width=400, height=200)
    cxy = {title_of(c): (c.get("cx"), c.get("cy")) for c in by_class(parse(corners), "circle", "event-point")}
    assert cxy == {"NW: 1 event": ("0", "0"), "SE: 1 event": ("400", "200")}


def test_radius_follows_square_root_of_count_within_bounds() -> None:
    points = [MapPoint("Big", 10, 10, 400), MapPoint("Quarter", 20, 20, 100), MapPoint("Tiny", 30, 30, 1)]
    radii = {
        title_of(c).split(":")[0]: float(c.get("r") or 0)
        for c in by_class(parse(world_map_svg(points)), "circle", "event-point")
    }
    assert radii["Big"] == 14
    assert radii["Quarter"] == 7  # a quarter of the count, half the radius
    assert radii["Tiny"] == 2  # 0.7 by the square root, raised to the floor


def test_out_of_range_and_empty_points_are_skipped() -> None:
    points = [
        MapPoint("Ok", 0, 0, 1),
        MapPoint("North of the pole", 90.5, 0, 1),
        MapPoint("South of the pole", -91, 0, 1),
        MapPoint("Too far east", 0, 180.01, 1),
        MapPoint("Too far west", 0, -200, 1),
        MapPoint("Not a number", math.nan, 0, 1),
        MapPoint("Infinite", 0, math.inf, 1),
        MapPoint("No events", 0, 0, 0),
    ]
    circles = by_class(parse(world_map_svg(points)), "circle", "event-point")
    assert [title_of(c) for c in circles] == ["Ok: 1 event"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_place_name_is_escaped(name: str) -> None:
    svg = world_map_svg([MapPoint(name, 43.6, 39.7, 2, href=f"/places/{name}")])
    assert name not in svg
    assert "<script" not in svg
    root = parse(svg)
    assert_csp_clean(root)
    (circle,) = by_class(root, "circle", "event-point")
    assert title_of(circle) == f"{name}: 2 events"  # escaped, so it reads back exactly as given
    (link,) = root.iter(f"{NS}a")
    assert link.get("href") == f"/places/{name}"


def test_hrefs_are_escaped_and_only_web_links_are_kept() -> None:
    href = '/events?place=Sochi&q="><script>alert(1)</script>'
    points = [
        MapPoint("Linked", 43.6, 39.7, 5, href=href),
        MapPoint("Absolute", 48.9, 2.35, 4, href="https://example.org/a?b=1&c=2"),
        MapPoint("Script", 40.7, -74.0, 3, href="javascript:alert(1)"),
        MapPoint("Data", 35.7, 139.7, 2, href=" DATA:text/html,<b>x</b>"),
        MapPoint("Unlinked", 51.5, -0.1, 1),
    ]
    svg = world_map_svg(points)
    assert '"><script>' not in svg and "javascript:" not in svg and "&c=2" not in svg
    root = parse(svg)
    links = {title_of(a.find(f"{NS}circle")): a.get("href") for a in root.iter(f"{NS}a")}  # type: ignore[arg-type]
    assert links == {"Linked: 5 events": href, "Absolute: 4 events": "https://example.org/a?b=1&c=2"}
    assert len(by_class(root, "circle", "event-point")) == 5


def test_map_size_sets_viewbox_and_projection() -> None:
    root = parse(world_map_svg([MapPoint("Origin", 0, 0, 1)], width=600, height=300))
    assert root.get("viewBox") == "0 0 600 300"
    (circle,) = by_class(root, "circle", "event-point")
    assert (circle.get("cx"), circle.get("cy")) == ("300", "150")


# --- the timeline ---------------------------------------------------------------------------------------------

BUCKETS = [
    TimelineBucket("2019-05", "PROTEST", 3),
    TimelineBucket("2019-05", "ASSAULT", 1),
    TimelineBucket("2019-06", "PROTEST", 6),
    TimelineBucket("2019-06", "ASSAULT", 0),  # nothing to draw
    TimelineBucket("2019-04", "ASSAULT", 2),
    TimelineBucket("2019-04", "ASSAULT", 2),  # the same pair again: added together
]


def test_timeline_draws_one_bar_per_period_and_series_with_events() -> None:
    root = parse(timeline_svg(BUCKETS))
    assert root.get("viewBox") == "0 0 960 240"
    assert root.get("role") == "img" and root.get("aria-label")
    assert_csp_clean(root)
    bars = {title_of(rect): rect for rect in by_class(root, "rect", "bar")}
    assert set(bars) == {"2019-04 · ASSAULT: 4", "2019-05 · ASSAULT: 1", "2019-05 · PROTEST: 3", "2019-06 · PROTEST: 6"}
    assert bars["2019-05 · PROTEST: 3"].get("class") == "bar series-protest"
    assert bars["2019-04 · ASSAULT: 4"].get("class") == "bar series-assault"

    def box(title: str) -> tuple[float, float, float, float]:
        rect = bars[title]
        return tuple(float(rect.get(k) or "nan") for k in ("x", "y", "width", "height"))  # type: ignore[return-value]

    # Heights share one scale: height per event is the same for every bar.
    per_event = {title: box(title)[3] / int(title.rsplit(": ", 1)[1]) for title in bars}
    assert max(per_event.values()) - min(per_event.values()) < 0.1
    # Periods run left to right in time order, whatever order the buckets came in.
    assert box("2019-04 · ASSAULT: 4")[0] < box("2019-05 · ASSAULT: 1")[0] < box("2019-06 · PROTEST: 6")[0]
    # A period's series stack: same column, one directly on top of the other.
    assault, protest = box("2019-05 · ASSAULT: 1"), box("2019-05 · PROTEST: 3")
    assert assault[0] == protest[0]
    assert protest[1] + protest[3] == pytest.approx(assault[1], abs=0.1)


def test_timeline_axes_and_legend() -> None:
    root = parse(timeline_svg(BUCKETS))
    (y_max,) = by_class(root, "text", "y-max")
    assert y_max.text == "6"
    assert [t.text for t in by_class(root, "text", "x-label")] == ["2019-04", "2019-05", "2019-06"]
    swatches = [el.get("class") for el in by_class(root, "rect", "legend-swatch")]
    assert swatches == ["legend-swatch series-assault", "legend-swatch series-protest"]
    assert [t.text for t in by_class(root, "text", "legend-label")] == ["ASSAULT", "PROTEST"]


def test_timeline_thins_x_labels_for_many_periods() -> None:
    buckets = [
        TimelineBucket(f"{year}-{month:02d}", str(q), q)
        for year in range(2000, 2020)
        for month in range(1, 13)
        for q in (1, 2, 3, 4)
    ]
    root = parse(timeline_svg(buckets))
    assert len(by_class(root, "rect", "bar")) == 240 * 4
    labels = [t.text for t in by_class(root, "text", "x-label")]
    assert labels[0] == "2000-01"
    assert 2 <= len(labels) <= 20
    xs = [float(t.get("x") or "nan") for t in by_class(root, "text", "x-label")]
    assert min(b - a for a, b in zip(xs, xs[1:])) >= 7 * 7  # room for a seven-character label
    assert {el.get("class") for el in by_class(root, "rect", "legend-swatch")} == {
        f"legend-swatch series-{q}" for q in "1234"
    }


def test_timeline_empty_input() -> None:
    for buckets in ([], [TimelineBucket("2019-05", "PROTEST", 0)]):
        root = parse(timeline_svg(buckets))
        assert by_class(root, "rect", "bar") == []
        assert [t.text for t in root.iter(f"{NS}text")] == ["No events"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_series_and_period_are_escaped(name: str) -> None:
    svg = timeline_svg([TimelineBucket(name, name, 2), TimelineBucket("2019-05", "PROTEST", 1)])
    assert name not in svg
    assert "<script" not in svg
    root = parse(svg)
    assert_csp_clean(root)
    titles = {title_of(rect) for rect in by_class(root, "rect", "bar")}
    assert f"{name} · {name}: 2" in titles
    assert name in [t.text for t in by_class(root, "text", "legend-label")]
    for rect in by_class(root, "rect", "bar"):
        assert re.fullmatch(r"bar series-[a-z0-9]+(-[a-z0-9]+)*", rect.get("class") or "")


def test_series_slug() -> None:
    assert series_slug("PROTEST") == "protest"
    assert series_slug("Material conflict") == "material-conflict"
    assert series_slug("  Verbal  coöperation!! ") == "verbal-cooperation"
    assert series_slug("3") == "3"
    assert series_slug('" onload="x') == "onload-x"
    assert series_slug("<script>alert(1)</script>") == "script-alert-1-script"
    assert series_slug("") == series_slug("***") == series_slug("日本") == "series"
