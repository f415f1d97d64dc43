"""Paragraph styles and page geometry for each layout.

All sizes come from one base body size per layout, so `large-print` scales
everything up together (body text at least 16 pt).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, REGULAR, register_fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
TEXT = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6670")
RULE = colors.HexColor("#d5dadf")
PANEL = colors.HexColor("#f3f6f7")


@dataclass(frozen=True)
class LayoutMetrics:
    body_size: float
    figure_width: float  # points
    columns: int
    margin: float = 16 * mm  # home printers cannot print to the edge


LAYOUT_METRICS = {
    "standard": LayoutMetrics(body_size=10.5, figure_width=52 * mm, columns=1),
    "compact": LayoutMetrics(body_size=9, figure_width=34 * mm, columns=2),
    "large-print": LayoutMetrics(body_size=16, figure_width=62 * mm, columns=1),
}


def make_styles(layout: str, accent: str) -> dict[str, ParagraphStyle]:
    register_fonts()
    size = LAYOUT_METRICS.get(layout, LAYOUT_METRICS["standard"]).body_size
    accent_colour = colors.HexColor(accent)
    text = colors.black if layout == "large-print" else TEXT
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=size * 1.35,
                          textColor=text, spaceAfter=size * 0.45)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=size * 2.0,
                                leading=size * 2.4, textColor=accent_colour, spaceAfter=size * 0.6),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=size * 1.3,
                                  leading=size * 1.6, spaceBefore=size * 0.8,
                                  spaceAfter=size * 0.3, textColor=accent_colour),
        "section": ParagraphStyle("section", parent=base, fontName=BOLD, fontSize=size * 1.5,
                                  leading=size * 1.9, spaceBefore=size * 1.0,
                                  spaceAfter=size * 0.5, textColor=text),
        "exercise": ParagraphStyle("exercise", parent=base, fontName=BOLD,
                                   fontSize=size * 1.25, leading=size * 1.55,
                                   spaceAfter=size * 0.3, textColor=text),
        "dose": ParagraphStyle("dose", parent=base, fontName=BOLD, textColor=accent_colour,
                               spaceAfter=size * 0.5),
        "step": ParagraphStyle("step", parent=base, leftIndent=size * 1.5,
                               bulletIndent=0, spaceAfter=size * 0.25),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=size * 1.3,
                                 bulletIndent=size * 0.3, spaceAfter=size * 0.25),
        "note": ParagraphStyle("note", parent=base, textColor=text),
        "small": ParagraphStyle("small", parent=base, fontSize=max(size * 0.75, 7.5),
                                leading=max(size * 0.75, 7.5) * 1.3, textColor=MUTED,
                                spaceAfter=0),
        "meta": ParagraphStyle("meta", parent=base, textColor=MUTED, spaceAfter=0),
    }
