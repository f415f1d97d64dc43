"""Paragraph styles, colours and page geometry for each layout.

All text sizes come from one base body size per layout, so `large-print`
scales everything up together (body text 16 pt, headings larger, black text).
`Look` bundles what every block builder needs: styles, sizes, the frame it
must fit in and the clinic's colours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, REGULAR, register_fonts
from .resources import NONE, Resources

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
TEXT = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6670")
RULE = colors.HexColor("#d5dadf")
PANEL = colors.HexColor("#f3f6f7")
DEFAULT_ACCENT = "#2a7f8e"


@dataclass(frozen=True)
class LayoutMetrics:
    """The sizes that differ between layouts."""

    body_size: float
    figure_width: float  # points; the picture's height is 3/4 of it
    columns: int  # exercises side by side
    margin: float = 15 * mm  # home printers cannot print to the edge
    small_size: float = 7.5  # header, footer and captions
    qr_size: float = 20 * mm  # smallest QR code a phone reads from arm's length
    gap: float = 4 * mm  # between the picture and the text
    logo_height: float = 12 * mm


LAYOUT_METRICS = {
    "standard": LayoutMetrics(body_size=10.5, figure_width=52 * mm, columns=1),
    "compact": LayoutMetrics(body_size=8.5, figure_width=30 * mm, columns=2,
                             margin=13 * mm, small_size=7, gap=3 * mm,
                             logo_height=10 * mm),
    "large-print": LayoutMetrics(body_size=16, figure_width=70 * mm, columns=1,
                                 small_size=12, qr_size=24 * mm, gap=5 * mm,
                                 logo_height=15 * mm),
}


def metrics_for(layout: str) -> LayoutMetrics:
    return LAYOUT_METRICS.get(layout, LAYOUT_METRICS["standard"])


def _luminance(colour: colors.Color) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + \
        0.0722 * channel(colour.blue)


def readable(accent: str, ratio: float = 4.5) -> colors.Color:
    """The accent colour, darkened until text in it is readable on white.

    A clinic may pick a pale brand colour (yellow, light blue); headings in it
    would be hard to read and photocopy badly. 4.5:1 is the WCAG contrast for
    body text.
    """
    try:
        colour = colors.HexColor(accent)
    except (ValueError, TypeError):
        colour = colors.HexColor(DEFAULT_ACCENT)
    for _ in range(40):
        if 1.05 / (_luminance(colour) + 0.05) >= ratio:
            break
        colour = colors.Color(colour.red * 0.9, colour.green * 0.9, colour.blue * 0.9)
    return colour


def safe_accent(accent: str) -> str:
    """The accent as #rrggbb, or the default when it is not a colour at all."""
    try:
        colors.HexColor(accent)
    except (ValueError, TypeError):
        return DEFAULT_ACCENT
    return accent


@dataclass
class Look:
    """Everything a block builder needs to know about the page it is drawn on."""

    layout: str
    metrics: LayoutMetrics
    styles: dict[str, ParagraphStyle]
    width: float  # of the text frame, points
    height: float  # of the text frame, points
    accent: str  # the clinic's colour, for pictures and rules
    ink: colors.Color  # colour for accent text: readable on white
    line: colors.Color  # colour for accent rules: visible on white
    resources: Resources = field(default=NONE)  # photos and logo, loaded before the render
    language: str = "en"  # the handout language: every printed word and format follows it

    @property
    def large(self) -> bool:
        return self.layout == "large-print"

    @property
    def catalog(self):
        """The printed strings, plurals and formats of the handout language."""
        from .. import i18n
        return i18n.catalog(self.language)

    @property
    def rtl(self) -> bool:
        """Arabic and Urdu: the page is mirrored (text on the right, picture on the left)."""
        return self.catalog.direction == "rtl"

    @property
    def phrasebook(self):
        """The dose line's phrases in the handout language (`handout.phrases`)."""
        return phrasebook(self.language)


@lru_cache(maxsize=None)
def phrasebook(language: str):
    """A `handout.phrases.Phrasebook` reading the language's gettext catalogue (one per
    language: the catalogue itself is cached, and a dose line asks for it often)."""
    from .. import i18n
    from ..phrases import ENGLISH, Phrasebook
    if language == "en":
        return ENGLISH
    catalog = i18n.catalog(language)
    from babel.numbers import get_decimal_symbol
    return Phrasebook.from_translations(catalog.translations, language,
                                        get_decimal_symbol(catalog.locale_name))


def make_look(layout: str, accent: str, width: float, height: float,
              resources: Resources = NONE, language: str = "en") -> Look:
    layout = layout if layout in LAYOUT_METRICS else "standard"
    accent = safe_accent(accent)
    # Large print: strong contrast, so every word is black; colour only decorates.
    ink = colors.black if layout == "large-print" else readable(accent)
    metrics = metrics_for(layout)
    # Rules need less contrast than text (3:1 is WCAG's for graphics), but a
    # pale yellow line would vanish on a home printer.
    line = readable(accent, 3.0)
    styles = make_styles(layout, ink)
    from .. import i18n
    direction = i18n.catalog(language).direction
    for style in styles.values():
        # Read by `text.Paragraph`: the paragraph direction and HarfBuzz's language.
        style.direction = direction
        style.language = language
    return Look(layout, metrics, styles, width, height, accent, ink, line, resources,
                language)


def make_styles(layout: str, ink: colors.Color) -> dict[str, ParagraphStyle]:
    register_fonts()
    metrics = metrics_for(layout)
    size = metrics.body_size
    large = layout == "large-print"
    text = colors.black if large else TEXT
    muted = colors.black if large else MUTED
    tight = layout == "compact"
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=size,
                          leading=size * (1.28 if tight else 1.35),
                          textColor=text, spaceAfter=size * (0.3 if tight else 0.45))
    small = metrics.small_size
    heading_scale = 1.25 if large else 1.3
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD,
                                fontSize=size * (1.6 if large else 1.9 if not tight else 1.8),
                                leading=size * (1.95 if large else 2.3 if not tight else 2.15),
                                textColor=ink, spaceAfter=size * 0.5),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD,
                                  fontSize=size * heading_scale,
                                  leading=size * heading_scale * 1.25,
                                  spaceBefore=size * (0.5 if tight else 0.8),
                                  spaceAfter=size * 0.25, textColor=ink, keepWithNext=1),
        "section": ParagraphStyle("section", parent=base, fontName=BOLD,
                                  fontSize=size * (1.35 if large else 1.5),
                                  leading=size * (1.35 if large else 1.5) * 1.25,
                                  spaceBefore=size * (0.6 if tight else 1.0),
                                  spaceAfter=size * 0.2, textColor=text, keepWithNext=1),
        "exercise": ParagraphStyle("exercise", parent=base, fontName=BOLD,
                                   fontSize=size * (1.2 if large else 1.25),
                                   leading=size * (1.2 if large else 1.25) * 1.22,
                                   spaceAfter=size * 0.25, textColor=text),
        "continued": ParagraphStyle("continued", parent=base, fontName=BOLD,
                                    textColor=muted, keepWithNext=1, spaceBefore=size * 0.3),
        "dose": ParagraphStyle("dose", parent=base, fontName=BOLD, textColor=ink,
                               spaceAfter=size * (0.35 if tight else 0.5)),
        "step": ParagraphStyle("step", parent=base, leftIndent=size * 1.5,
                               bulletIndent=0, bulletFontName=REGULAR, bulletFontSize=size,
                               spaceAfter=size * (0.15 if tight else 0.25)),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=size * 1.4,
                                 bulletIndent=size * 0.3, bulletFontName=REGULAR,
                                 bulletFontSize=size,
                                 spaceAfter=size * 0.2),
        "note": ParagraphStyle("note", parent=base, textColor=text),
        "small": ParagraphStyle("small", parent=base, fontSize=small, leading=small * 1.3,
                                textColor=muted, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=base, fontSize=size * (1 if large else 0.85),
                                  leading=size * (1 if large else 0.85) * 1.25,
                                  textColor=text, spaceAfter=0, alignment=1),
        "meta": ParagraphStyle("meta", parent=base, textColor=muted, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0,
                               leading=size * 1.2),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD, spaceAfter=0,
                                   leading=size * 1.2, alignment=1, textColor=text),
    }
