"""Paragraph styles, colours and page geometry, from a layout's description.

All text sizes come from the layout's body size and its scales
(`handout.layouts.Layout`), so large print scales everything up together
(body text 16 pt, headings larger) and, being high-contrast, prints black text.
`Look` bundles what every block builder needs: styles, sizes, the frame it
must fit in and the clinic's colours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from .. import layouts
from ..layouts import Layout
from .fonts import BOLD, REGULAR, register_fonts
from .resources import NONE, Resources

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
TEXT = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6670")
RULE = colors.HexColor("#d5dadf")
PANEL = colors.HexColor("#f3f6f7")
DEFAULT_ACCENT = "#2a7f8e"


# The sizes of each layout are data (`handout.layouts`); the renderer reads
# only a description's fields, never its name.
LayoutMetrics = Layout


def metrics_for(layout: str) -> Layout:
    """The layout's description (the standard one for a name this version lacks)."""
    return layouts.get(layout)


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

    layout: str  # the layout's name, for messages only: read `metrics`, never this
    metrics: Layout  # the layout's description: sizes, arrangement, what is shown
    styles: dict[str, ParagraphStyle]
    width: float  # of the text frame, points
    height: float  # of the text frame, points
    accent: str  # the clinic's colour, for pictures and rules
    ink: colors.Color  # colour for accent text: readable on white
    line: colors.Color  # colour for accent rules: visible on white
    resources: Resources = field(default=NONE)  # photos and logo, loaded before the render
    language: str = "en"  # the handout language: every printed word and format follows it

    @property
    def high_contrast(self) -> bool:
        """Every word black, panels boxed rather than tinted (large print)."""
        return self.metrics.high_contrast

    @property
    def shows(self):
        """Which parts of the handout the layout prints (`handout.layouts.Shows`)."""
        return self.metrics.shows

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
    metrics = metrics_for(layout)
    layout = metrics.name
    accent = safe_accent(accent)
    # High contrast (large print): every word is black; colour only decorates.
    ink = colors.black if metrics.high_contrast else readable(accent)
    # Rules need less contrast than text (3:1 is WCAG's for graphics), but a
    # pale yellow line would vanish on a home printer.
    line = readable(accent, 3.0)
    styles = make_styles(metrics, ink)
    from .. import i18n
    direction = i18n.catalog(language).direction
    for style in styles.values():
        # Read by `text.Paragraph`: the paragraph direction and HarfBuzz's language.
        style.direction = direction
        style.language = language
    return Look(layout, metrics, styles, width, height, accent, ink, line, resources,
                language)


def make_styles(metrics: Layout, ink: colors.Color) -> dict[str, ParagraphStyle]:
    register_fonts()
    m = metrics
    size = m.body_size
    text = colors.black if m.high_contrast else TEXT
    muted = colors.black if m.high_contrast else MUTED
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=size * m.leading,
                          textColor=text, spaceAfter=size * m.paragraph_space)
    small = m.small_size
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD,
                                fontSize=size * m.title_scale,
                                leading=size * m.title_leading,
                                textColor=ink, spaceAfter=size * 0.5),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD,
                                  fontSize=size * m.heading_scale,
                                  leading=size * m.heading_scale * 1.25,
                                  spaceBefore=size * m.heading_space,
                                  spaceAfter=size * 0.25, textColor=ink, keepWithNext=1),
        "section": ParagraphStyle("section", parent=base, fontName=BOLD,
                                  fontSize=size * m.section_scale,
                                  leading=size * m.section_scale * 1.25,
                                  spaceBefore=size * m.section_space,
                                  spaceAfter=size * 0.2, textColor=text, keepWithNext=1),
        "exercise": ParagraphStyle("exercise", parent=base, fontName=BOLD,
                                   fontSize=size * m.exercise_scale,
                                   leading=size * m.exercise_scale * 1.22,
                                   spaceAfter=size * 0.25, textColor=text),
        "continued": ParagraphStyle("continued", parent=base, fontName=BOLD,
                                    textColor=muted, keepWithNext=1, spaceBefore=size * 0.3),
        "dose": ParagraphStyle("dose", parent=base, fontName=BOLD, textColor=ink,
                               spaceAfter=size * m.dose_space),
        "step": ParagraphStyle("step", parent=base, leftIndent=size * 1.5,
                               bulletIndent=0, bulletFontName=REGULAR, bulletFontSize=size,
                               spaceAfter=size * m.step_space),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=size * 1.4,
                                 bulletIndent=size * 0.3, bulletFontName=REGULAR,
                                 bulletFontSize=size,
                                 spaceAfter=size * 0.2),
        "note": ParagraphStyle("note", parent=base, textColor=text),
        "small": ParagraphStyle("small", parent=base, fontSize=small, leading=small * 1.3,
                                textColor=muted, spaceAfter=0),
        "caption": ParagraphStyle("caption", parent=base, fontSize=size * m.caption_scale,
                                  leading=size * m.caption_scale * 1.25,
                                  textColor=text, spaceAfter=0, alignment=1),
        "meta": ParagraphStyle("meta", parent=base, textColor=muted, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0,
                               leading=size * 1.2),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=BOLD, spaceAfter=0,
                                   leading=size * 1.2, alignment=1, textColor=text),
    }
