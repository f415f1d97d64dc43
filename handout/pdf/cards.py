"""Exercise cards: a layout whose arrangement is "cards" (the fridge sheet).

Every exercise is a card, picture on top, its name and dose under it,
centred (which reads the same in either direction), and all the cards share
one page: one card across for a single exercise, else two across, in as
many rows as needed; the pictures grow to fill the room the rows leave. A
right-to-left handout starts each row on the right. Whatever the names'
length, the grid is shrunk rather than spilled onto a second page.

The layout's `max_exercises` is checked before the render (`render.py`), so
nothing is ever silently left off.
"""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from .. import figures, sides
from ..model import Item
from ..phrases import ENGLISH
from . import markup
from .blocks import Shrunk, _height, exercise_figure
from .styles import Look
from .text import Paragraph

ROW_GAP = 4 * mm
PAD = 3 * mm  # inside a card's border


def _text(number: int, item: Item, look: Look) -> list[Flowable]:
    """The card's name and dose, centred."""
    styles = look.styles
    name = styles["exercise"].clone("card-name", alignment=1, spaceAfter=1)
    dose_style = styles["dose"].clone("card-dose", alignment=1, spaceAfter=0)
    out: list[Flowable] = [
        Paragraph(f"{number}. {markup.plain(' '.join(item.exercise.name.split()))}", name)]
    dose = sides.dose_line(item, getattr(look, "phrasebook", ENGLISH))
    if dose:
        out.append(Paragraph(markup.plain(dose), dose_style))
    return out


def _picture(item: Item, look: Look, width: float, height: float) -> Flowable:
    """The exercise's picture, as large as fits `width` x `height` in its own shape."""
    if item.exercise.photos:
        return exercise_figure(item, width, look.accent, max_height=height,
                               resources=look.resources)
    aspect = figures.figure_aspect(figures.definition_of(item.exercise))
    width = min(width, height * aspect)
    return exercise_figure(item, width, look.accent, height=width / aspect,
                           resources=look.resources)


def exercise_cards(items: list[Item], look: Look, room: float) -> list[Flowable]:
    """The cards of `items` in a grid no taller than `room` points (the frame's height
    left under the title)."""
    if not items:
        return []
    columns = 1 if len(items) == 1 else max(1, look.metrics.columns)
    rows = math.ceil(len(items) / columns)
    gap = look.metrics.gap
    cell_width = (look.width - gap * (columns - 1)) / columns
    inner = cell_width - 2 * PAD
    cell_height = (room - ROW_GAP * (rows - 1)) / rows
    numbered = list(enumerate(items, start=1))
    grid: list[list] = []
    for start in range(0, len(numbered), columns):
        row = numbered[start:start + columns]
        texts = [_text(number, item, look) for number, item in row]
        # The row's pictures share one height: the tallest text decides it.
        words = max(sum(_height(f, inner) for f in text) for text in texts)
        picture = max(12 * mm, cell_height - words - 2 * PAD - look.metrics.gap)
        cells: list = []
        for (number, item), text in zip(row, texts):
            cells.append([_picture(item, look, inner, picture),
                          Spacer(1, look.metrics.gap * 0.75), *text])
        cells += [""] * (columns - len(cells))
        if look.rtl:  # the first exercise on the right, where the reader starts
            cells.reverse()
        grid.append(cells)
    story: list[Flowable] = []
    for index, cells in enumerate(grid):
        if index:
            story.append(Spacer(1, ROW_GAP))
        story.append(_row(cells, cell_width, gap, look))
    if sum(_height(f, look.width) for f in story) > room:
        # Names too long for the room (a 200-character name): smaller, never a second page.
        return [Shrunk(_stack(story), room)]
    return story


def _row(cards: list, width: float, gap: float, look: Look) -> Table:
    """One row of cards, an empty column of `gap` between them, an accent rule above each."""
    cells: list = []
    widths: list[float] = []
    for index, card in enumerate(cards):
        if index:
            cells.append("")
            widths.append(gap)
        cells.append(card)
        widths.append(width)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
    for column in range(0, len(cells), 2):
        if cells[column] != "":
            style.append(("LINEABOVE", (column, 0), (column, 0), 1.2, look.line))
    row = Table([cells], colWidths=widths)
    row.setStyle(TableStyle(style))
    return row


def _stack(story: list[Flowable]) -> Table:
    """Flowables one above the other as a single flowable (for `Shrunk`)."""
    table = Table([[f] for f in story])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table
