"""Registers the bundled Unicode TrueType font family with ReportLab, once.

DejaVu Sans covers Latin, Greek and Cyrillic, so any name typed in those
scripts prints exactly as typed. `registerFontFamily` is what makes `<b>` in a
paragraph switch to the bold face.
"""

from __future__ import annotations

from functools import lru_cache

from .. import paths

REGULAR = "HandoutSans"
BOLD = "HandoutSans-Bold"
ITALIC = "HandoutSans-Oblique"
BOLD_ITALIC = "HandoutSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


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
