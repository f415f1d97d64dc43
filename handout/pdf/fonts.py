"""Registers the bundled Unicode TrueType font family with ReportLab, once, and
makes any text printable with it.

DejaVu Sans covers Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols, so
a name typed in those scripts prints exactly as typed. `registerFontFamily`
is what makes `<b>` in a paragraph switch to the bold face.

What the font cannot draw (Chinese, Japanese, some emoji) would otherwise
print as nothing at all, and the patient would never know a word was missing;
`printable` swaps each such character for a visible box instead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import paths

REGULAR = "HandoutSans"
BOLD = "HandoutSans-Bold"
ITALIC = "HandoutSans-Oblique"
BOLD_ITALIC = "HandoutSans-BoldOblique"

# Printed in place of a character the font has no glyph for: the familiar
# "tofu" box, so a reader can see that something is missing.
MISSING = "\u25a1"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# Runs of plain ASCII letters, digits and punctuation need no per-character check.
_SIMPLE = re.compile(r"[\x20-\x7e\n]*")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family (idempotent) and return the regular face's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.FONTS / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points that both the regular and the bold face can draw."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    # Any text may end up bold (headings, names), so only the common set is safe.
    return frozenset(regular) & frozenset(bold)


@lru_cache(maxsize=4096)
def _substitute(char: str) -> str:
    """What to print for one character outside the plain ASCII range."""
    if ord(char) in _covered():
        return char
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn") and char not in "\t\n":
        return ""  # control codes, lone surrogates, unassigned: nothing to print
    if char == "\t":
        return " "
    if category in ("Cf", "Mn", "Me") or 0x1F3FB <= ord(char) <= 0x1F3FF:
        # Joiners, direction marks, variation selectors, combining marks, skin
        # tones: they only modify their neighbour, which is printed or boxed.
        return ""
    if category.startswith("Z"):
        return " "
    return MISSING


def printable(text: str) -> str:
    """`text` with every character the font cannot draw replaced by a visible box.

    Control characters and invisible modifiers are dropped; unusual spaces
    become plain spaces. The result is safe to hand to the PDF canvas.
    """
    if _SIMPLE.fullmatch(text):
        return text
    return "".join(c if " " <= c <= "~" or c == "\n" else _substitute(c) for c in text)
