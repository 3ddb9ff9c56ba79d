"""Server-drawn SVG graphics for the UI: a world map of event places and a stacked timeline of event counts.

Both come back as complete ``<svg>`` strings to put in a page as they are, so the page shows them with no script
and no network: the country outlines are the vendored ``world-atlas`` TopoJSON, read from the package itself.
The page's Content Security Policy forbids inline styles and handlers, so the markup carries classes only and the
style sheet colours it. Names and links come from news text and are untrusted: every one is escaped.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape

__all__ = ["MapPoint", "TimelineBucket", "series_slug", "timeline_svg", "world_map_svg"]

_SVG_NS = "http://www.w3.org/2000/svg"
_ATLAS = Path(__file__).resolve().parent / "static" / "vendor" / "world-atlas" / "countries-110m.json"

# Bounds for a point's radius: small enough that a busy capital doesn't hide its neighbours, large enough to click.
_MIN_RADIUS = 2.0
_MAX_RADIUS = 14.0

LonLat = tuple[float, float]


@dataclass(frozen=True, slots=True)
class MapPoint:
    """A place on the map and how many events it has; ``href`` makes its dot a link."""

    name: str
    lat: float
    lon: float
    count: int
    href: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    """How many events of one series (a PLOVER type, a QuadClass...) fall in one period (``'2019-05'``)."""

    period: str
    series: str
    count: int


def series_slug(name: str) -> str:
    """A CSS-safe token for a series name: lowercase ASCII letters, digits and single dashes (``'series'`` if none).

    The style sheet keys colours on ``series-<slug>``, so the slug must be stable and can never carry quotes,
    spaces or markup from the name into a class attribute.
    """
    # Fold accents first so 'Protést' and 'Protest' share a colour instead of one losing its letters.
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "series"


# --- numbers and attributes -------------------------------------------------------------------------------------


def _num(value: float) -> str:
    """One decimal at most, no trailing '.0' and no '-0': the map has tens of thousands of coordinates."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def _safe_href(href: str | None) -> str | None:
    """The link if it is relative or http(s), else None.

    Escaping stops an href breaking out of its attribute, but a ``javascript:`` URL would still be a link to
    script, so schemes other than the web's are dropped and the dot is drawn without a link.
    """
    if not href:
        return None
    try:
        scheme = urlsplit(href.strip()).scheme.lower()
    except ValueError:
        return None
    return href if scheme in ("", "http", "https") else None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# --- the atlas --------------------------------------------------------------------------------------------------


def _decode_arcs(topology: dict[str, Any]) -> list[list[LonLat]]:
    """The topology's arcs as absolute longitude/latitude points.

    A quantized topology stores each arc as integer deltas from the previous point; without a ``transform`` the
    positions are already absolute.
    """
    transform = topology.get("transform")
    arcs: list[list[LonLat]] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points: list[LonLat] = []
        for position in arc:
            x += position[0]
            y += position[1]
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indices: Iterable[int], arcs: list[list[LonLat]]) -> list[LonLat]:
    """Join a ring's arcs; a negative index ``~i`` means arc ``i`` walked backwards."""
    ring: list[LonLat] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point; keep it once.
        ring.extend(arc[1:] if ring else arc)
    return ring


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, tuple[tuple[LonLat, ...], ...]], ...]:
    """Each country's name and rings (outer and holes alike), decoded once per process."""
    topology = json.loads(_ATLAS.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue  # a null geometry has nothing to draw
        rings = tuple(
            tuple(flat) for polygon in polygons for ring in polygon for flat in _flat_rings(_ring(ring, arcs))
        )
        name = str((geometry.get("properties") or {}).get("name") or geometry.get("id") or "")
        countries.append((name, rings))
    return tuple(countries)


def _flat_rings(ring: Sequence[LonLat]) -> list[list[LonLat]]:
    """A ring as one or more rings that can be drawn on a flat map spanning longitudes -180..180.

    The atlas is stitched for the sphere: an island across the antimeridian is one ring whose longitude jumps
    from +180 to -180, and Antarctica's outline runs once round the pole. Drawn as it is, each jump would be a
    stroke across the whole map. So the ring is unwrapped to continuous longitudes; a ring round a pole is
    closed along that pole's edge of the map; and whatever then lies past ±180 is drawn again shifted by 360
    degrees, for the viewBox to clip.
    """
    unwrapped: list[LonLat] = []
    offset = 0.0
    for lon, lat in ring:
        if unwrapped:
            step = lon + offset - unwrapped[-1][0]
            if step > 180.0:
                offset -= 360.0
            elif step < -180.0:
                offset += 360.0
        unwrapped.append((lon + offset, lat))
    if len(unwrapped) < 2:
        return [unwrapped]
    winding = unwrapped[-1][0] - unwrapped[0][0]
    if abs(winding) > 180.0:
        mean_lat = sum(lat for _, lat in unwrapped) / len(unwrapped)
        pole = -90.0 if mean_lat < 0 else 90.0
        unwrapped += [(unwrapped[-1][0], pole), (unwrapped[0][0], pole)]
    west = min(lon for lon, _ in unwrapped)
    east = max(lon for lon, _ in unwrapped)
    rings = []
    for shift in (-720.0, -360.0, 0.0, 360.0, 720.0):
        if west + shift < 180.0 and east + shift > -180.0:
            rings.append([(lon + shift, lat) for lon, lat in unwrapped])
    return rings


def _project(lon: float, lat: float, width: int, height: int) -> tuple[float, float]:
    """Equirectangular: longitude and latitude map linearly onto x and y."""
    return (lon + 180.0) / 360.0 * width, (90.0 - lat) / 180.0 * height


@lru_cache(maxsize=8)
def _country_paths(width: int, height: int) -> tuple[str, ...]:
    """The ``<path>`` elements for one map size; every page draws the same outlines, so they are built once."""
    paths = []
    for name, rings in _countries():
        commands = []
        for ring in rings:
            coords: list[str] = []
            for lon, lat in ring:
                x, y = _project(lon, lat, width, height)
                coord = f"{_num(x)},{_num(y)}"
                # At 1/10 px many neighbouring points round together; drawing them again adds bytes, not shape.
                if not coords or coords[-1] != coord:
                    coords.append(coord)
            if len(coords) >= 3:
                commands.append("M" + " ".join(coords) + "Z")
        if commands:
            paths.append(f'<path class="country" d="{"".join(commands)}"><title>{escape(name)}</title></path>')
    return tuple(paths)


# --- the map ----------------------------------------------------------------------------------------------------


def _on_map(point: MapPoint) -> bool:
    return (
        math.isfinite(point.lat)
        and math.isfinite(point.lon)
        and -90.0 <= point.lat <= 90.0
        and -180.0 <= point.lon <= 180.0
        and point.count > 0
    )


def world_map_svg(points: Sequence[MapPoint], *, width: int = 960, height: int = 480) -> str:
    """A world map with one dot per place, its area in proportion to its event count.

    Points with a latitude or longitude out of range (or not a number), or no events, are left out. The largest
    count gets the largest radius; the rest scale by the square root of their share, so a dot's area follows its
    count, and none drops below a size that can still be seen and clicked.
    """
    shown = [point for point in points if _on_map(point)]
    most = max((point.count for point in shown), default=1)
    # Big dots first so that the small ones drawn after stay on top and can be hovered and clicked.
    shown.sort(key=lambda point: -point.count)
    dots = []
    for point in shown:
        x, y = _project(point.lon, point.lat, width, height)
        radius = max(_MIN_RADIUS, _MAX_RADIUS * math.sqrt(point.count / most))
        title = f"{point.name}: {_plural(point.count, 'event')}"
        circle = (
            f'<circle class="event-point" cx="{_num(x)}" cy="{_num(y)}" r="{_num(radius)}">'
            f"<title>{escape(title)}</title></circle>"
        )
        href = _safe_href(point.href)
        dots.append(f'<a href="{escape(href)}">{circle}</a>' if href else circle)
    label = f"World map of event locations: {_plural(len(shown), 'place')}"
    return "".join(
        [
            f'<svg xmlns="{_SVG_NS}" class="world-map" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">',
            f'<rect class="map-background" x="0" y="0" width="{width}" height="{height}"/>',
            '<g class="countries">',
            *_country_paths(width, height),
            "</g>",
            '<g class="event-points">',
            *dots,
            "</g>",
            "</svg>",
        ]
    )


# --- the timeline -----------------------------------------------------------------------------------------------

# Rough width of one character of label text, to lay out the legend and thin the x-axis labels without fonts.
_CHAR_WIDTH = 7.0
_LEGEND_ROW = 18.0
_AXIS_LEFT = 44.0
_AXIS_BOTTOM = 24.0
_PAD = 8.0


def _legend(series: Sequence[str], width: int) -> tuple[list[str], float]:
    """The legend's elements, wrapped into rows across the top, and the height those rows take."""
    items: list[str] = []
    x, y = _AXIS_LEFT, _PAD
    for name in series:
        item_width = 14.0 + len(name) * _CHAR_WIDTH + 16.0
        if x > _AXIS_LEFT and x + item_width > width - _PAD:
            x, y = _AXIS_LEFT, y + _LEGEND_ROW
        slug = series_slug(name)
        items.append(
            f'<g class="legend-item"><rect class="legend-swatch series-{slug}" x="{_num(x)}" y="{_num(y)}" '
            f'width="10" height="10"/><text class="legend-label" x="{_num(x + 14)}" y="{_num(y + 9)}">'
            f"{escape(name)}</text></g>"
        )
        x += item_width
    return items, (y - _PAD + _LEGEND_ROW if items else 0.0)


def timeline_svg(buckets: Sequence[TimelineBucket], *, width: int = 960, height: int = 240) -> str:
    """A stacked bar chart: one bar per period, in period order, stacked by series, in series-name order.

    Periods are ordered as text, which is time order for ISO periods such as ``'2019-05'``; buckets with no
    events are left out and repeated (period, series) pairs are added together. Bar heights share one scale,
    the tallest period's total, which the y axis labels.
    """
    totals: dict[tuple[str, str], int] = {}
    for bucket in buckets:
        if bucket.count > 0:
            key = (bucket.period, bucket.series)
            totals[key] = totals.get(key, 0) + bucket.count
    open_tag = f'<svg xmlns="{_SVG_NS}" class="timeline" viewBox="0 0 {width} {height}" role="img"'
    if not totals:
        return (
            f'{open_tag} aria-label="Timeline of events: no events">'
            f'<text class="empty" x="{_num(width / 2)}" y="{_num(height / 2)}" text-anchor="middle">No events</text>'
            "</svg>"
        )

    periods = sorted({period for period, _ in totals})
    series = sorted({name for _, name in totals})
    period_totals = {period: sum(n for (p, _), n in totals.items() if p == period) for period in periods}
    top = max(period_totals.values())

    legend, legend_height = _legend(series, width)
    plot_top = _PAD + legend_height + _PAD
    plot_bottom = height - _AXIS_BOTTOM
    plot_left, plot_right = _AXIS_LEFT, width - _PAD
    plot_height = max(plot_bottom - plot_top, 1.0)
    band = (plot_right - plot_left) / len(periods)
    bar_width = max(band * 0.8, 1.0)

    bars: list[str] = []
    labels: list[str] = []
    # Label as many periods as fit side by side, evenly spaced, always starting at the first.
    longest = max(len(period) for period in periods)
    fit = max(int((plot_right - plot_left) // (longest * _CHAR_WIDTH + 12.0)), 1)
    step = math.ceil(len(periods) / fit)
    for i, period in enumerate(periods):
        x = plot_left + i * band + (band - bar_width) / 2
        base = plot_bottom
        for name in series:
            count = totals.get((period, name), 0)
            if not count:
                continue
            bar_height = count / top * plot_height
            base -= bar_height
            bars.append(
                f'<rect class="bar series-{series_slug(name)}" x="{_num(x)}" y="{_num(base)}" '
                f'width="{_num(bar_width)}" height="{_num(bar_height)}">'
                f"<title>{escape(f'{period} · {name}: {count}')}</title></rect>"
            )
        if i % step == 0:
            labels.append(
                f'<text class="axis-label x-label" x="{_num(plot_left + (i + 0.5) * band)}" '
                f'y="{_num(plot_bottom + 16)}" text-anchor="middle">{escape(period)}</text>'
            )

    label = (
        f"Timeline of events: {_plural(sum(period_totals.values()), 'event')} over {_plural(len(periods), 'period')}"
    )
    return "".join(
        [
            f'{open_tag} aria-label="{escape(label)}">',
            '<g class="legend">',
            *legend,
            "</g>",
            f'<g class="axis y-axis"><line class="axis-line" x1="{_num(plot_left)}" y1="{_num(plot_top)}" '
            f'x2="{_num(plot_left)}" y2="{_num(plot_bottom)}"/>'
            f'<text class="axis-label y-max" x="{_num(plot_left - 6)}" y="{_num(plot_top + 4)}" '
            f'text-anchor="end">{top}</text>'
            f'<text class="axis-label y-zero" x="{_num(plot_left - 6)}" y="{_num(plot_bottom)}" '
            'text-anchor="end">0</text></g>',
            f'<g class="axis x-axis"><line class="axis-line" x1="{_num(plot_left)}" y1="{_num(plot_bottom)}" '
            f'x2="{_num(plot_right)}" y2="{_num(plot_bottom)}"/>',
            *labels,
            "</g>",
            '<g class="bars">',
            *bars,
            "</g>",
            "</svg>",
        ]
    )
