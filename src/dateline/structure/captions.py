"""Photo captions and their credits: "(AP)", "(Russian Foreign Ministry Press Service via AP)", "AFP/Getty Images",
"REUTERS/Jane Doe", "Photo: Jane Doe/Reuters", "Image: Getty Images", "FILE PHOTO: …".
"""

from __future__ import annotations

import re

from dateline.lexicon import NEWS_AGENCIES, RUN_ON_AGENCIES, name_alternation
from dateline.model import Caption

# "PA" is also Pennsylvania, and "(Pittsburgh, PA)" ends many captions; only a byline reads it as the agency.
_CREDITING_AGENCIES = name_alternation(agency for agency in NEWS_AGENCIES if agency != "PA")
# Words that make a short run of capitalised words a photo credit rather than an aside: agencies, photo
# agencies, the capitals photo desks print agencies in, and the words of credit lines.
_AGENCY_WORDS = re.compile(
    rf"\b({_CREDITING_AGENCIES}|REUTERS|DPA|Getty|Images?|EPA|Shutterstock|Pool|POOL|Press Service|Handout|HANDOUT|"
    r"Photo|PHOTO|Photograph|Alamy|NurPhoto|SOPA|ZUMA|Zuma|Sipa|SIPA|Press Office|via|Courtesy|courtesy|"
    r"WireImage|Imagn|Contributor|Staff|File|FILE)\b"
)
_PAREN_CREDIT = re.compile(r"\s*\((?P<credit>[^()]{2,90})\)\s*$")
_NAME = r"[A-Z][\w'’\-]*\.?(?: (?:[A-Z][\w'’\-]*\.?|van|von|de|da|del|der|den|la|le|al|el|bin|ibn)){0,4}"
_SLASH_CREDIT = re.compile(
    rf"(?:(?<=[.!?”\"'])|^)\s*(?P<credit>(?:(?:Photo(?:graph)?|Image|Picture)s?:\s*)?{_NAME}\s?/\s?{_NAME}"
    r"(?: (?:file|pool|handout|via [A-Z][\w ]{1,30}))?)\s*$"
)
_TRAILING_AGENCY = re.compile(
    r"(?<=[.!?”\"'])\s+(?P<credit>(?:(?:Photo(?:graph)?|Image|Picture)s?:\s*)?"
    rf"(?:{name_alternation(RUN_ON_AGENCIES)}|REUTERS|AP Photo|Getty Images|EPA|Shutterstock|Alamy))\s*$"
)
CAPTION_PREFIX = re.compile(
    r"^\s*(?P<prefix>(?:file\s+)?(?:photo(?:graph)?|image|picture|pic)s?(?:\s+(?P<part>source|caption|credit))?"
    r"|file\s+photo|caption|(?P<credit_word>credit))\s*(?:[:|\-–—,]|\.{3}|…)\s*",
    re.IGNORECASE,
)


def looks_like_credit(text: str) -> bool:
    """A short run of names that mentions an agency, a photo word or "via"; never a lower-case aside."""
    words = text.split()
    if not words or len(words) > 12 or not text[0].isupper():
        return False
    return bool(_AGENCY_WORDS.search(text))


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a caption into its text and trailing credit, if it has one."""
    stripped = text.strip()
    for pattern in (_PAREN_CREDIT, _SLASH_CREDIT, _TRAILING_AGENCY):
        match = pattern.search(stripped)
        if match and looks_like_credit(_without_photo_word(match.group("credit"))):
            return stripped[: match.start()].rstrip(), _without_photo_word(match.group("credit").strip())
    return stripped, None


def has_trailing_credit(text: str) -> bool:
    return split_credit(text)[1] is not None


def read_caption(line: str, index: int | None = None, total: int | None = None) -> Caption:
    """Build a caption from a line, removing an "Image:"/"Photo:" prefix and splitting off the credit.

    "Image source, Reuters" and "Credit...Jane Doe/AP" are credits alone; "Image caption, …" is text alone.
    """
    body = line.strip()
    prefix = CAPTION_PREFIX.match(body)
    if prefix:
        rest = body[prefix.end() :].strip()
        part = (prefix.group("part") or "").lower()
        if part in {"source", "credit"} or prefix.group("credit_word"):
            return Caption(text="", credit=rest, index=index, total=total)
        if part == "caption":
            return Caption(text=rest, credit=None, index=index, total=total)
        # "Image: Reuters" is a credit with no caption text of its own.
        if looks_like_credit(rest) and len(rest.split()) <= 6 and not re.search(r"[.!?]", rest.rstrip(".")):
            return Caption(text="", credit=rest, index=index, total=total)
        body = rest
    text, credit = split_credit(body)
    return Caption(text=text, credit=credit, index=index, total=total)


def merge_caption_parts(first: Caption, second: Caption) -> Caption | None:
    """Join a credit-only caption and a text-only one printed on adjacent lines (either order); else ``None``."""
    if not first.text and first.credit and second.text and not second.credit:
        return Caption(second.text, first.credit, first.index or second.index, first.total or second.total)
    if first.text and not first.credit and not second.text and second.credit:
        return Caption(first.text, second.credit, first.index or second.index, first.total or second.total)
    return None


def _without_photo_word(credit: str) -> str:
    return re.sub(r"^(?:Photo(?:graph)?|Image|Picture)s?:\s*", "", credit.strip())
