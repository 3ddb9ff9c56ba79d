"""Readers for public geoparsing corpora: LGL and TR-News (one XML format), GeoWebNews and GeoVirus.

Each becomes a list of :class:`GoldDocument` with the toponyms that count. What counts is the same for every corpus:
a proper place name with a GeoNames id or coordinates. Adjectival forms ("Russian", "Turkish") are marked
``adjectival``: dateline maps demonyms to countries but does not list them as places, so the scores leave them
out (and say how many). GeoWebNews also annotates common nouns ("the church"), names inside other names ("Russian
Higher School of Economics") and non-places; those are not toponyms to find and are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import DatelineError, Errors
from dateline.places.countries import country_of_demonym, country_of_name

# GeoWebNews types that are proper place names used as places or for their people (not embedded, not common nouns).
GWN_TYPES: frozenset[str] = frozenset(
    {"Literal", "Metonymic", "Mixed", "Coercion", "Literal_Modifier", "Non_Literal_Modifier"}
)
CORPUS_FILES: dict[str, str] = {"lgl.xml": "lgl", "tr-news.xml": "trnews", "gwn.xml": "gwn", "geovirus.xml": "geovirus"}


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    adjectival: bool = False


@dataclass(slots=True)
class GoldDocument:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def corpus_name(path: Path) -> str:
    return CORPUS_FILES.get(path.name.lower(), path.stem.lower())


def corpus_files(path: Path) -> list[Path]:
    """The corpus files under ``path`` (a folder of them, or one file), in a fixed order."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise DatelineError(Errors.E013, path=str(path), what="geoparsing corpus", detail="no such file or folder")
    files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml" and p.stat().st_size > 0)
    if not files:
        raise DatelineError(Errors.E013, path=str(path), what="geoparsing corpus", detail="no .xml corpus file in it")
    return files


def read_corpus(path: Path) -> list[GoldDocument]:
    """Read one corpus file, whichever of the supported formats it is in."""
    root = ET.parse(path).getroot()
    articles = root.findall("article")
    if articles and articles[0].find("toponyms") is not None and articles[0].find("toponyms/toponym/gaztag") is not None:
        return [_read_lgl_article(a, i) for i, a in enumerate(articles)]
    if articles and articles[0].find("locations") is not None:
        return [_read_geovirus_article(a, i) for i, a in enumerate(articles)]
    if articles and any(a.find("toponyms/toponym/extractedName") is not None for a in articles[:5]):
        return [_read_gwn_article(a, i) for i, a in enumerate(articles)]
    return [_read_lgl_article(a, i) for i, a in enumerate(articles)]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _is_adjectival(phrase: str) -> bool:
    return country_of_demonym(phrase) is not None and country_of_name(phrase) is None


def _read_lgl_article(article: ET.Element, index: int) -> GoldDocument:
    document = GoldDocument(id=article.get("docid") or str(index), text=article.findtext("text") or "")
    for toponym in article.iter("toponym"):
        tag = toponym.find("gaztag")
        if tag is None:
            continue  # a name the annotators could not place: nothing to score it against
        phrase = toponym.findtext("phrase") or ""
        geonameid = tag.get("geonameid")
        document.toponyms.append(
            GoldToponym(
                start=int(toponym.findtext("start") or 0),
                end=int(toponym.findtext("end") or 0),
                phrase=phrase,
                geonameid=int(geonameid) if geonameid and geonameid.isdigit() else None,
                lat=_float(tag.findtext("lat")),
                lon=_float(tag.findtext("lon")),
                adjectival=_is_adjectival(phrase),
            )
        )
    return document


def _read_gwn_article(article: ET.Element, index: int) -> GoldDocument:
    document = GoldDocument(id=article.get("file") or str(index), text=article.findtext("text") or "")
    for toponym in article.iter("toponym"):
        if toponym.findtext("type") not in GWN_TYPES or toponym.findtext("nonLocational") == "Yes":
            continue
        geonameid = (toponym.findtext("geonamesID") or "").strip()
        lat, lon = _float(toponym.findtext("latitude")), _float(toponym.findtext("longitude"))
        if not geonameid and lat is None:
            continue
        phrase = toponym.findtext("extractedName") or ""
        document.toponyms.append(
            GoldToponym(
                start=int(toponym.findtext("start") or 0),
                end=int(toponym.findtext("end") or 0),
                phrase=phrase,
                geonameid=int(geonameid) if geonameid.isdigit() else None,
                lat=lat,
                lon=lon,
                adjectival=toponym.findtext("modifierType") == "Adjective" or _is_adjectival(phrase),
            )
        )
    return document


def _read_geovirus_article(article: ET.Element, index: int) -> GoldDocument:
    document = GoldDocument(id=article.findtext("source") or str(index), text=article.findtext("text") or "")
    for location in article.iter("location"):
        phrase = location.findtext("name") or ""
        document.toponyms.append(
            GoldToponym(
                start=int(location.findtext("start") or 0),
                end=int(location.findtext("end") or 0),
                phrase=phrase,
                geonameid=None,
                lat=_float(location.findtext("lat")),
                lon=_float(location.findtext("lon")),
                adjectival=_is_adjectival(phrase),
            )
        )
    return document
