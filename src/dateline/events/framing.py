"""The CAMEO code of a framed event: "agreed to release", "threatened to impose sanctions", "demanded talks".

A frame (agree, threaten, refuse, demand, an intent) gives the PLOVER type; the event it frames gives the CAMEO
code below that type's root, as the CAMEO codebook's "express intent to", "threaten to", "demand" and "reject"
families do. Codes and names from the CAMEO codebook (Schrodt et al., 1.1b3).
"""

from __future__ import annotations

from dateline.events.lexicon import Coding

ROOTS = {"AGREE": "03", "REQUEST": "10", "REJECT": "12", "THREATEN": "13"}

# (family, framed event's CAMEO code or prefix, longest first) -> code. A prefix of the framed code selects.
_BY_CAMEO: dict[str, tuple[tuple[str, str], ...]] = {
    "AGREE": (
        ("0841", "0353"), ("0842", "0353"), ("085", "0354"), ("087", "0356"), ("0831", "0341"), ("086", "0355"),
        ("081", "0351"), ("082", "0352"), ("045", "039"), ("04", "036"), ("071", "0331"), ("072", "0332"), ("073", "0333"), ("074", "0334"), ("07", "033"), ("06", "031"), ("05", "032"), ("08", "035"), ("03", "030"),
    ),
    "REQUEST": (
        ("0841", "1053"), ("085", "1054"), ("087", "1056"), ("0831", "1041"), ("045", "108"), ("04", "106"),
        ("07", "103"), ("06", "101"), ("05", "102"), ("08", "105"), ("03", "107"),
    ),
    "REJECT": (
        ("0841", "1243"), ("085", "1244"), ("087", "1246"), ("0831", "1231"), ("045", "126"), ("04", "125"),
        ("07", "122"), ("06", "121"), ("08", "124"), ("03", "127"),
    ),
    "THREATEN": (
        ("163", "1312"), ("161", "1313"), ("162", "1311"), ("164", "134"), ("165", "135"), ("166", "136"),
        ("1722", "1322"), ("1723", "1323"), ("1724", "1324"), ("191", "1381"), ("192", "1382"), ("17", "132"),
        ("16", "131"), ("14", "133"), ("18", "1383"), ("19", "1384"), ("20", "1385"),
    ),
}
_MODES = {  # the PLOVER mode a frame's type takes from the framed event's root
    "REQUEST": {"04": "meet", "03": "meet", "06": "assist", "07": "assist", "05": "assist", "08": "yield"},
    "REJECT": {"04": "meet", "03": "meet", "06": "assist", "07": "assist", "08": "yield"},
    "THREATEN": {"16": "relations", "17": "restrict", "18": "violence", "19": "violence", "20": "violence"},
}


def framed(frame_type: str, content: Coding | None) -> Coding:
    """The coding of ``frame_type`` (AGREE, REQUEST, REJECT, THREATEN) framing ``content`` (None: nothing coded)."""
    base = ROOTS[frame_type] + "0"
    if content is None:
        return Coding(frame_type, base)
    code = next((code for prefix, code in _BY_CAMEO[frame_type] if content.cameo.startswith(prefix)), base)
    mode = _MODES.get(frame_type, {}).get(content.cameo[:2])
    if frame_type == "THREATEN" and content.mode in ("curfew", "martial-law", "arrest"):
        mode = "restrict" if content.mode != "arrest" else "arrest"
    return Coding(frame_type, code, mode)


def intent(content: Coding) -> Coding:
    """An intent to do ``content``: AGREE for cooperation and for a retreat or concession announced ("would withdraw
    troops": CAMEO's intent to yield, 035, which the conversion table and the gold standard records code AGREE),
    THREATEN for conflict."""
    if content.type == "REJECT":
        return content  # "said it would defy international pressure": a rejection, now or to come
    return framed("THREATEN" if content.conflict else "AGREE", content)


def refusal(content: Coding) -> Coding:
    """An intent not to do ``content``: "would not allow" rejects; "will not attack" is an agreement to hold off."""
    return framed("AGREE" if content.conflict else "REJECT", content)
