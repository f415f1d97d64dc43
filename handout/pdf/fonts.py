"""The bundled Noto fonts: which face prints which character, registered with
ReportLab only when a handout needs them.

`assets/fonts/fonts.json` (written by tools/build_fonts.py) lists each face
(Latin/Greek/Cyrillic, Arabic Naskh, Urdu Nastaliq, Bengali, Simplified
Chinese, a few more scripts for typed names, symbols) with the characters it
covers, so coverage is known without opening a font file. Only the Latin face
is loaded for an English handout; the 2 MB Chinese face is read the first time
a Chinese character is printed.

`face_for(char, language)` picks the face: the handout language's own face
first (Urdu text in Nastaliq, Arabic in Naskh), then the others in a fixed
order. `unprintable_characters` is what the editor calls before export: what
no shipped face can draw (emoji, rare scripts). `printable` swaps each such
character for a visible box, so nothing ever vanishes from the page unseen.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .. import paths

REGULAR = "HandoutSans"
BOLD = "HandoutSans-Bold"
# Nothing prints in italics; the names stay so `<i>` maps to an upright face.
ITALIC = REGULAR
BOLD_ITALIC = BOLD

BASE_FACE = "latin"
# Printed in place of a character no face has: the familiar "tofu" box, so a
# reader can see that something is missing (the editor warns before export).
MISSING = "\u25a1"

# The face a handout language is written in, when it is not the Latin one.
LANGUAGE_FACES = {"ar": "arabic", "ur": "urdu", "bn": "bengali", "zh_Hans": "chinese"}
# Then every face in this order: Arabic-script names print in Naskh unless
# the handout is in Urdu.
FALLBACK_ORDER = ("latin", "arabic", "bengali", "chinese", "devanagari", "gurmukhi",
                  "gujarati", "tamil", "hebrew", "symbols", "math", "urdu")

# Runs of plain ASCII letters, digits and punctuation need no per-character check.
_SIMPLE = re.compile(r"[\x20-\x7e\n]*")


@dataclass(frozen=True)
class Face:
    """One bundled typeface in two weights, and the code points it covers."""

    name: str
    regular_file: str
    bold_file: str
    starts: tuple[int, ...]  # sorted range starts
    ends: tuple[int, ...]  # matching inclusive range ends

    def covers(self, code: int) -> bool:
        i = bisect.bisect_right(self.starts, code) - 1
        return i >= 0 and code <= self.ends[i]

    def font_name(self, bold: bool = False) -> str:
        """The ReportLab font name of this face (registered on first use)."""
        return _register(self.name, bold)


@lru_cache(maxsize=1)
def faces() -> dict[str, Face]:
    manifest = json.loads((paths.FONTS / "fonts.json").read_text(encoding="utf-8"))
    out = {}
    for name, entry in manifest["faces"].items():
        covers = entry["covers"]
        out[name] = Face(name, entry["regular"], entry["bold"],
                         tuple(lo for lo, _ in covers), tuple(hi for _, hi in covers))
    return out


def face(name: str) -> Face:
    return faces()[name]


@lru_cache(maxsize=64)
def _register(name: str, bold: bool) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name == BASE_FACE:
        register_fonts()
        return BOLD if bold else REGULAR
    entry = faces()[name]
    filename = entry.bold_file if bold else entry.regular_file
    font_name = f"Handout-{name}" + ("-Bold" if bold else "")
    pdfmetrics.registerFont(TTFont(font_name, str(paths.FONTS / filename)))
    return font_name


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the base (Latin) family (idempotent) and return the regular face's name.

    `registerFontFamily` is what makes `<b>` in a paragraph switch to the bold face.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = faces()[BASE_FACE]
    pdfmetrics.registerFont(TTFont(REGULAR, str(paths.FONTS / base.regular_file)))
    pdfmetrics.registerFont(TTFont(BOLD, str(paths.FONTS / base.bold_file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


@lru_cache(maxsize=16)
def face_order(language: str | None = None) -> tuple[str, ...]:
    """The faces to try, best first, for text in a handout in `language`."""
    own = LANGUAGE_FACES.get(language or "")
    order = [own] if own else []
    return tuple(order + [f for f in FALLBACK_ORDER if f != own and f in faces()])


@lru_cache(maxsize=8192)
def face_for(char: str, language: str | None = None) -> str | None:
    """The name of the first face that draws `char`, or None when none does."""
    code = ord(char)
    for name in face_order(language):
        if faces()[name].covers(code):
            return name
    return None


def _ignorable(char: str) -> bool:
    """Characters that print as nothing on purpose: controls, joiners, direction
    marks, variation selectors, skin-tone modifiers (they only modify a neighbour)."""
    category = unicodedata.category(char)
    return (category in ("Cc", "Cf", "Cs", "Co", "Cn", "Me")
            or 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF
            or 0x1F3FB <= ord(char) <= 0x1F3FF)


@lru_cache(maxsize=8192)
def _substitute(char: str) -> str:
    """What to print for one character outside the plain ASCII range."""
    if char == "\t":
        return " "
    if face_for(char) is not None:
        return char
    if char in "\u200c\u200d\u200e\u200f\u061c":
        return char  # joiners and direction marks steer shaping and order
    category = unicodedata.category(char)
    if category.startswith("Z"):
        return " "
    if _ignorable(char):
        return ""
    if category == "Mn":
        return ""  # a mark no font has: its base letter still prints
    return MISSING


def printable(text: str) -> str:
    """`text` with every character no bundled font can draw replaced by a visible box.

    Control characters and invisible modifiers are dropped; unusual spaces
    become plain spaces. The result is safe to hand to the PDF canvas.
    """
    if _SIMPLE.fullmatch(text):
        return text
    return "".join(c if " " <= c <= "~" or c == "\n" else _substitute(c) for c in text)


def unprintable_characters(text: str, language: str | None = None) -> list[str]:
    """The distinct characters of `text` that would print as a box, in order of appearance.

    For the editor to call before export ("the emoji 👍 cannot be printed"):
    nothing here is ever dropped silently. `language` does not change what
    can be printed (every face is available to every handout); it is taken so
    callers need not care whether that ever changes.
    """
    if _SIMPLE.fullmatch(text):
        return []
    seen: list[str] = []
    for char in text:
        if " " <= char <= "~" or char in seen:
            continue
        if _substitute(char) == MISSING:
            seen.append(char)
    return seen
